import type { EntityItem } from "electrodb";
import { assignableFor } from "./assignable";
import { cancelTask, transitionTask } from "./change";
import { commentOnTask, type TaskComment } from "./comment";
import type { TaskEntity } from "./task.entity";
import { createTask } from "./create";
import { overdueTasks } from "./overdue";
import { getTask, listStates, listTasks, todayTasks, type ListedTask } from "./read";
import {
  activeStates,
  canMove,
  closedStates,
  maxTeamSize,
  priorities,
  taskStates,
  type Priority,
  type TaskState,
} from "./rules";
import { scopeSchema, taskScope } from "./scope";

/**
 * Tasks a supervisor (or county admin) assigns to an officer or a team of up to three, with a due
 * day, priority and village; states open → in_progress → done, or cancelled. Keys, all starting
 * with the county:
 * - `task` and its `taskComment`s share the partition (countyId, taskId): one Query reads a thread;
 * - `taskOpen` entries, per scope (county, precinct, each assignee), sorted by due date and
 *   priority, exist while the task is active: an officer's open tasks, a precinct's tasks by due
 *   date and every scope's overdue tasks are single key ranges;
 * - `taskClosed` entries, per scope, newest first, keep the history once a task is closed.
 * Every change writes the task and all its entries in one transaction, guarded by the version.
 */
export namespace Task {
  export type Info = EntityItem<typeof TaskEntity>;
  /** A task as lists show it. */
  export type Summary = ListedTask;
  export type Comment = TaskComment;
  export type State = TaskState;
  export type PriorityName = Priority;
  export type ListFilter = (typeof listStates)[number];

  export const states = taskStates;
  export const active = activeStates;
  export const closed = closedStates;
  export const priorityNames = priorities;
  export const teamSize = maxTeamSize;
  export const listFilters = listStates;
  export const scope = taskScope;
  export const scopeFormat = scopeSchema;
  export const allows = canMove;

  export const create = createTask;
  export const get = getTask;
  export const list = listTasks;
  export const today = todayTasks;
  export const overdue = overdueTasks;
  export const transition = transitionTask;
  export const cancel = cancelTask;
  export const comment = commentOnTask;
  export const assignable = assignableFor;
}
