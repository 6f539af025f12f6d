import { Entity } from "electrodb";
import { entityConfig, service, timestamps } from "../db/entity";
import { taskStates } from "./rules";
import { summaryAttributes } from "./summary";

/**
 * A task assigned to one officer or a team of up to three. The item lives in its own partition
 * with its comments (the `taskThread` collection: one Query reads both). Lists never read these
 * items: they read the queue entries (`taskOpen`, `taskClosed`) written in the same transactions.
 */
export const TaskEntity = new Entity(
  {
    model: { entity: "task", version: "1", service },
    attributes: {
      countyId: { type: "string", required: true, readOnly: true },
      ...summaryAttributes,
      precinctId: { ...summaryAttributes.precinctId, readOnly: true },
      villageId: { ...summaryAttributes.villageId, readOnly: true },
      description: { type: "string", required: true, default: "" },
      /** The hazard entry a follow-up task was opened from. */
      source: {
        type: "map",
        properties: {
          kind: { type: ["hazard"] as const, required: true },
          workLogId: { type: "string", required: true },
        },
      },
      assignedByRole: { type: "string", required: true },
      /** Every state the task has been in, oldest first. */
      history: {
        type: "list",
        required: true,
        default: () => [],
        items: {
          type: "map",
          properties: {
            state: { type: taskStates, required: true },
            at: { type: "number", required: true },
            by: { type: "string", required: true },
            byName: { type: "string", required: true },
            note: { type: "string" },
          },
        },
      },
      /** Set when the task is done or cancelled (epoch milliseconds). */
      closedAt: { type: "number" },
      ...timestamps,
    },
    indexes: {
      byId: {
        collection: "taskThread",
        pk: { field: "pk", composite: ["countyId", "taskId"] },
        sk: { field: "sk", composite: [] },
      },
    },
  },
  entityConfig,
);
