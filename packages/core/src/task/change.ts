import * as z from "zod";
import { useScope } from "../access";
import { useActor, useCounty } from "../actor";
import { Audit } from "../audit/index";
import { db } from "../db/service";
import { assertCommitted } from "../db/transaction";
import { ConflictError, ForbiddenError } from "../util/errors";
import { fn } from "../util/fn";
import { id } from "../util/schemas";
import { canCancel, currentPerson, isAssignee, movers, workers } from "./access";
import { loadVisible, type TaskItem } from "./load";
import { canMove, isActive, priorityRank, type TaskState } from "./rules";
import { scopesOf } from "./scope";
import { summaryFields } from "./summary";

/** The version the caller last saw; a change based on an older one is refused as stale. */
const version = z.number().int().min(1);
const note = z.string().trim().max(500, "Use at most 500 characters");

export const transitionSchema = z.object({
  taskId: id,
  version,
  to: z.enum(["in_progress", "done"]),
  /** Optional words on the change, e.g. how the task was resolved. */
  note: note.optional(),
});

export const cancelSchema = z.object({
  taskId: id,
  version,
  reason: note.min(1, "Required"),
});

export type ChangeResult = { task: TaskItem; changed: boolean };

/**
 * An assignee moves the task open → in_progress → done; for a team task any member moves it, and
 * every member's queue follows in the same transaction. Asking for the state the task is already
 * in changes nothing and succeeds, so a retried request is harmless.
 */
export const transitionTask = fn(movers, transitionSchema, async (input): Promise<ChangeResult> => {
  const task = await loadVisible(input.taskId);
  if (task.state === input.to) return { task, changed: false };
  assertMove(task.state, input.to);
  if (useScope() !== "system" && !isAssignee(useActor(), task)) {
    throw new ForbiddenError("task.not_assignee", "Only the officers assigned to this task may change its state");
  }
  assertVersion(task, input.version);
  return { task: await move(task, input.to, input.note), changed: true };
});

/** The assigner, the precinct's supervisor or a county admin cancels an active task, saying why. */
export const cancelTask = fn(workers, cancelSchema, async (input): Promise<ChangeResult> => {
  const task = await loadVisible(input.taskId);
  if (task.state === "cancelled") return { task, changed: false };
  assertMove(task.state, "cancelled");
  if (!canCancel(task)) {
    throw new ForbiddenError("task.cannot_cancel", "Only whoever assigned this task, or a supervisor, may cancel it");
  }
  assertVersion(task, input.version);
  return { task: await move(task, "cancelled", input.reason), changed: true };
});

function assertMove(from: TaskState, to: TaskState) {
  if (!canMove(from, to)) {
    throw new ConflictError(
      "task.illegal_transition",
      `A task that is ${from.replace("_", " ")} cannot become ${to.replace("_", " ")}`,
    );
  }
}

function assertVersion(task: TaskItem, expected: number) {
  if (task.version !== expected) throw staleTask();
}

function staleTask() {
  return new ConflictError("task.stale", "Someone changed this task in the meantime; reload it and try again");
}

/**
 * Writes the move in one transaction: the task (only if it is still at the version and state it
 * was read at) and its queue entries — updated while the task stays active, moved from the open
 * queues to the closed histories when it closes.
 */
async function move(task: TaskItem, to: TaskState, text: string | undefined): Promise<TaskItem> {
  const countyId = useCounty();
  const person = await currentPerson();
  const now = Date.now();
  const next = task.version + 1;
  const entry = { state: to, at: now, by: person.id, byName: person.name, ...(text ? { note: text } : {}) };
  const closing = !isActive(to);
  const summary = { ...pickSummary(task), state: to, version: next };
  const keyOf = (taskScope: string) => ({
    countyId,
    taskScope,
    dueDate: task.dueDate,
    rank: priorityRank[task.priority],
    taskId: task.taskId,
  });
  const scopes = scopesOf(task);

  const result = await db.transaction
    .write(({ task: tasks, taskOpen, taskClosed }) => [
      tasks
        .patch({ countyId, taskId: task.taskId })
        .set({ state: to, version: next, ...(closing ? { closedAt: now } : {}) })
        .append({ history: [entry] })
        .where((a, op) => `${op.eq(a.version, task.version)} AND ${op.eq(a.state, task.state)}`)
        .commit(),
      ...(closing
        ? scopes.map((taskScope) => taskOpen.delete(keyOf(taskScope)).commit())
        : scopes.map((taskScope) => taskOpen.patch(keyOf(taskScope)).set({ state: to, version: next }).commit())),
      ...(closing
        ? scopes.map((taskScope) =>
            taskClosed.create({ ...summary, countyId, taskScope, closedAt: new Date(now).toISOString() }).commit(),
          )
        : []),
    ])
    .go();
  // A concurrent writer cancels the transaction (TransactionConflict) or fails its condition: stale either way.
  if (result.canceled && result.data.some((reason) => reason.code === "TransactionConflict")) throw staleTask();
  assertCommitted(result, () => staleTask());

  await Audit.record({
    countyId,
    action: "task.state_changed",
    subject: task.taskId,
    detail: { from: task.state, to, version: next },
  });
  return {
    ...task,
    state: to,
    version: next,
    history: [...task.history, entry],
    ...(closing ? { closedAt: now } : {}),
    updatedAt: now,
  };
}

function pickSummary(task: TaskItem) {
  return Object.fromEntries(
    summaryFields.filter((field) => task[field] !== undefined).map((field) => [field, task[field]]),
  ) as Pick<TaskItem, (typeof summaryFields)[number]>;
}
