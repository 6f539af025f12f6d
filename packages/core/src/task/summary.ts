import { priorities, taskStates } from "./rules";

/**
 * What a task list shows of a task, copied onto every queue entry of the task so that a list is
 * one Query with no follow-up reads. Every state change rewrites the entries in the same
 * transaction as the task, so the copies never drift.
 */
export const summaryAttributes = {
  taskId: { type: "string", required: true, readOnly: true },
  title: { type: "string", required: true },
  priority: { type: priorities, required: true },
  state: { type: taskStates, required: true },
  dueDate: { type: "string", required: true },
  /** The task's version when the entry was written; forms on lists post it back. */
  version: { type: "number", required: true },
  precinctId: { type: "string", required: true },
  villageId: { type: "string", required: true },
  villageNameZh: { type: "string", required: true },
  villageNameEn: { type: "string", required: true },
  officerIds: { type: "list", items: { type: "string" }, required: true },
  assignees: {
    type: "list",
    required: true,
    items: {
      type: "map",
      properties: {
        officerId: { type: "string", required: true },
        nameZh: { type: "string", required: true },
        nameEn: { type: "string", required: true },
      },
    },
  },
  assignedBy: { type: "string", required: true },
  assignedByName: { type: "string", required: true },
  sourceKind: { type: ["hazard"] as const },
  /** When the task was assigned (epoch milliseconds). */
  assignedAt: { type: "number", required: true },
} as const;

export const summaryFields = Object.keys(summaryAttributes) as Array<keyof typeof summaryAttributes>;
