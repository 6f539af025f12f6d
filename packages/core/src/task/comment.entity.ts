import { Entity } from "electrodb";
import { entityConfig, service } from "../db/entity";

/** A comment on a task, stored in the task's partition and read with it, oldest first. */
export const TaskCommentEntity = new Entity(
  {
    model: { entity: "taskComment", version: "1", service },
    attributes: {
      countyId: { type: "string", required: true, readOnly: true },
      taskId: { type: "string", required: true, readOnly: true },
      /** ISO instant; with `commentId` it orders the thread. */
      at: { type: "string", required: true, readOnly: true },
      commentId: { type: "string", required: true, readOnly: true },
      authorId: { type: "string", required: true, readOnly: true },
      authorName: { type: "string", required: true, readOnly: true },
      authorRole: { type: "string", required: true, readOnly: true },
      text: { type: "string", required: true, readOnly: true },
    },
    indexes: {
      byTask: {
        collection: "taskThread",
        pk: { field: "pk", composite: ["countyId", "taskId"] },
        sk: { field: "sk", composite: ["at", "commentId"] },
      },
    },
  },
  entityConfig,
);
