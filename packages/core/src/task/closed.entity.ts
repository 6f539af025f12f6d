import { Entity } from "electrodb";
import { entityConfig, service } from "../db/entity";
import { summaryAttributes } from "./summary";

/**
 * The closed-task history of a scope (same scopes as `taskOpen`): one entry per done or cancelled
 * task and scope, newest first by closing time. Written when a task leaves the open queue.
 */
export const TaskClosedEntity = new Entity(
  {
    model: { entity: "taskClosed", version: "1", service },
    attributes: {
      countyId: { type: "string", required: true, readOnly: true },
      taskScope: { type: "string", required: true, readOnly: true },
      ...summaryAttributes,
      /** ISO instant of closing. */
      closedAt: { type: "string", required: true, readOnly: true },
    },
    indexes: {
      byClosed: {
        pk: { field: "pk", composite: ["countyId", "taskScope"] },
        sk: { field: "sk", composite: ["closedAt", "taskId"] },
      },
    },
  },
  entityConfig,
);
