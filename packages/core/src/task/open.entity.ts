import { Entity } from "electrodb";
import { entityConfig, service } from "../db/entity";
import { summaryAttributes } from "./summary";

/**
 * The open-task queue of a scope: one entry per active (open or in-progress) task and scope,
 * sorted by due date, then priority. Scopes are `county`, `precinct:<id>` and `officer:<id>` — one
 * officer entry per assignee, so a team task shows for each member. Entries exist only while the
 * task is active, so "overdue" is a key range (due date before today) and can be counted without
 * reading anything else. Written, updated and removed in the task's own transactions.
 */
export const TaskOpenEntity = new Entity(
  {
    model: { entity: "taskOpen", version: "1", service },
    attributes: {
      countyId: { type: "string", required: true, readOnly: true },
      taskScope: { type: "string", required: true, readOnly: true },
      ...summaryAttributes,
      dueDate: { ...summaryAttributes.dueDate, readOnly: true },
      /** `priorityRank` of the priority: a (urgent) … d (low). */
      rank: { type: "string", required: true, readOnly: true },
    },
    indexes: {
      byDue: {
        pk: { field: "pk", composite: ["countyId", "taskScope"] },
        sk: { field: "sk", composite: ["dueDate", "rank", "taskId"] },
      },
    },
  },
  entityConfig,
);
