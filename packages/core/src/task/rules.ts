/** Task states, priorities and the transitions between states. */

export const taskStates = ["open", "in_progress", "done", "cancelled"] as const;
export type TaskState = (typeof taskStates)[number];

/** Open and in-progress tasks are active: they sit in the due-date queues and can become overdue. */
export const activeStates = ["open", "in_progress"] as const satisfies readonly TaskState[];
export const closedStates = ["done", "cancelled"] as const satisfies readonly TaskState[];
export type ActiveState = (typeof activeStates)[number];
export type ClosedState = (typeof closedStates)[number];

export function isActive(state: TaskState): state is ActiveState {
  return (activeStates as readonly TaskState[]).includes(state);
}

export const priorities = ["urgent", "high", "normal", "low"] as const;
export type Priority = (typeof priorities)[number];

/** Sort-key rank of a priority: within a due date, urgent tasks sort first. */
export const priorityRank: Record<Priority, string> = { urgent: "a", high: "b", normal: "c", low: "d" };

/**
 * The allowed moves. Assignees move a task open → in_progress → done; the assigner, the precinct's
 * supervisor or a county admin may cancel an active task. Done and cancelled are final.
 */
export const transitions: Record<TaskState, readonly TaskState[]> = {
  open: ["in_progress", "cancelled"],
  in_progress: ["done", "cancelled"],
  done: [],
  cancelled: [],
};

export function canMove(from: TaskState, to: TaskState): boolean {
  return transitions[from].includes(to);
}

/** A team is one to three officers. */
export const maxTeamSize = 3;
