import type { EntityItem } from "electrodb";
import * as z from "zod";
import { useActor, useCounty } from "../actor";
import { Counter } from "../counter/index";
import { db } from "../db/service";
import { fn } from "../util/fn";
import { id } from "../util/schemas";
import { canSee, ownQueue, permissionsOf, readers, workers } from "./access";
import { checkCursor } from "../db/cursor";
import { taskNotFound } from "./load";
import type { TaskOpenEntity } from "./open.entity";
import { noOfficer, readableScope, scopeSchema, taskScope } from "./scope";
import type { TaskState } from "./rules";
import { summaryFields } from "./summary";

type Entry = EntityItem<typeof TaskOpenEntity>;
/** The fields a queue entry copies from its task. */
export type TaskSummary = Pick<Entry, (typeof summaryFields)[number]>;

/** A task as lists show it; closed ones say when they closed (ISO instant). */
export type ListedTask = TaskSummary & { closedAt?: string };

export function toSummary(entry: ListedTask): ListedTask {
  const summary = Object.fromEntries(
    summaryFields.filter((field) => entry[field] !== undefined).map((field) => [field, entry[field]]),
  ) as TaskSummary;
  return entry.closedAt ? { ...summary, closedAt: entry.closedAt } : summary;
}

/** A task with its comments, oldest first, and what the caller may do with it: one Query. */
export const getTask = fn(readers, id, async (taskId) => {
  const { data } = await db.collections.taskThread({ countyId: useCounty(), taskId }).go({ pages: "all" });
  const task = data.task[0];
  if (!task || !canSee(task)) throw taskNotFound();
  return { task, comments: data.taskComment, can: permissionsOf(task) };
});

export const listStates = ["active", "open", "in_progress", "closed", "done", "cancelled"] as const;

export const listSchema = z
  .object({
    /** Defaults to the caller's reach: the county, their precinct, or their own queue. */
    scope: scopeSchema.optional(),
    /** Active tasks list by due date and priority; closed ones newest first. */
    state: z.enum(listStates).default("active"),
    cursor: z.string().max(2000).optional(),
    limit: z.number().int().min(1).max(100).default(50),
  })
  .prefault({});

/** One page of a queue: one Query. */
export const listTasks = fn(workers, listSchema, async (input) => {
  const { scope, precinctId } = readableScope(input.scope);
  const key = { countyId: useCounty(), taskScope: scope };
  const state = input.state === "active" || input.state === "closed" ? undefined : input.state;
  const filter = { state, precinctId };
  const open = input.state === "active" || input.state === "open" || input.state === "in_progress";
  const { data, cursor } = open ? await openPage(key, filter, input) : await closedPage(key, filter, input);
  return { items: data.map(toSummary), cursor };
});

type QueueKey = { countyId: string; taskScope: string };
type Filter = { state?: TaskState; precinctId?: string };
type Page = { cursor?: string; limit: number };

function openPage(key: QueueKey, filter: Filter, page: Page) {
  const query = db.entities.taskOpen.query
    .byDue(key)
    .where((a, op) =>
      [filter.state && op.eq(a.state, filter.state), filter.precinctId && op.eq(a.precinctId, filter.precinctId)]
        .filter(Boolean)
        .join(" AND "),
    );
  return query.go({ cursor: checkCursor(page.cursor, query.params()), limit: page.limit });
}

function closedPage(key: QueueKey, filter: Filter, page: Page) {
  const query = db.entities.taskClosed.query
    .byClosed(key)
    .where((a, op) =>
      [filter.state && op.eq(a.state, filter.state), filter.precinctId && op.eq(a.precinctId, filter.precinctId)]
        .filter(Boolean)
        .join(" AND "),
    );
  return query.go({ cursor: checkCursor(page.cursor, query.params()), limit: page.limit, order: "desc" });
}

/** How many active tasks an officer's "today" view shows at most. */
const todayLimit = 200;

/**
 * The signed-in officer's day: overdue tasks first (oldest first), then those due today, then the
 * rest by due date — each group by priority within a day — and the last few closed. Two Queries.
 */
export const todayTasks = fn(ownQueue, z.void(), async () => {
  const actor = useActor();
  const officerId = actor.type === "user" ? actor.properties.officerId : undefined;
  if (!officerId) throw noOfficer();
  const key = { countyId: useCounty(), taskScope: taskScope.officer(officerId) };
  const today = Counter.dayOf(Date.now());
  const [open, closed] = await Promise.all([
    db.entities.taskOpen.query.byDue(key).go({ limit: todayLimit }),
    db.entities.taskClosed.query.byClosed(key).go({ limit: 5, order: "desc" }),
  ]);
  const items = open.data.map(toSummary);
  return {
    today,
    overdue: items.filter((task) => task.dueDate < today),
    dueToday: items.filter((task) => task.dueDate === today),
    upcoming: items.filter((task) => task.dueDate > today),
    recentlyClosed: closed.data.map(toSummary),
    truncated: !!open.cursor,
  };
});
