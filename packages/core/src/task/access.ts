import { useScope, type Access } from "../access";
import { useActor, type Actor } from "../actor";
import { db } from "../db/service";
import { platformTenant } from "../user/user.entity";

type Subject = { taskId?: string; precinctId: string; officerIds: string[]; assignedBy: string };

/** Who assigns: county admins in the county; supervisors in their own precinct. */
export const managers: Access = { county_admin: "county", precinct_supervisor: "precinct" };
/**
 * Who works tasks: the managers, and officers with their own (the tasks assigned to them or that
 * they assigned).
 */
export const workers: Access = { ...managers, officer: "own" };
/** Who opens a task: the managers, and officers (follow-ups of their hazards, in villages of their patch). */
export const assigners: Access = { ...managers, officer: "patch" };
/** Who reads a task: whoever works tasks, and the health liaison the verification tasks of red alerts. */
export const readers: Access = { ...workers, health_liaison: "alerts" };
/** Who moves a task open → in_progress → done: its assignees (a supervisor is refused unless assigned). */
export const movers: Access = { precinct_supervisor: "precinct", officer: "own" };
/** Whose own queue "today" shows: an officer's (a supervisor without an officer record is told so). */
export const ownQueue: Access = { precinct_supervisor: "own", officer: "own" };

/** Whether the actor's officer record is one of the task's assignees. */
export function isAssignee(actor: Actor, task: Subject): boolean {
  return actor.type === "user" && !!actor.properties.officerId && task.officerIds.includes(actor.properties.officerId);
}

/** Whether the caller assigned the task. */
function assignedIt(actor: Actor, task: Subject): boolean {
  return actor.type === "user" && task.assignedBy === actor.properties.userId;
}

/** Whether the caller runs the task's queue: the whole county, or the task's own precinct. */
function managesQueue(task: Subject): boolean {
  const scope = useScope();
  const actor = useActor();
  if (scope === "system" || scope === "county") return true;
  return scope === "precinct" && actor.type === "user" && actor.properties.precinctId === task.precinctId;
}

/**
 * Whether the running verb's caller sees a task: whoever runs its queue, and every caller the tasks
 * they are assigned and those they assigned. The alerts scope (the health liaison) reaches the
 * verification tasks that red alerts opened (`alert-<id>`), and no other.
 */
export function canSee(task: Subject): boolean {
  if (useScope() === "alerts") return task.taskId?.startsWith("alert-") === true;
  const actor = useActor();
  return managesQueue(task) || isAssignee(actor, task) || assignedIt(actor, task);
}

/** The assigner, the precinct's supervisor or a county admin may cancel. */
export function canCancel(task: Subject): boolean {
  return managesQueue(task) || (useScope() !== "alerts" && assignedIt(useActor(), task));
}

/** What the caller may do with a task they can see, for pages and clients to offer only that. */
export function permissionsOf(task: Subject & { state: string }) {
  const active = task.state === "open" || task.state === "in_progress";
  const assignee = useScope() === "system" || isAssignee(useActor(), task);
  return {
    start: assignee && task.state === "open",
    finish: assignee && task.state === "in_progress",
    cancel: active && canCancel(task),
    comment: true,
  };
}

/** The person acting, as written into history and comments. */
export async function currentPerson(): Promise<{ id: string; name: string; role: string }> {
  const actor = useActor();
  if (actor.type !== "user") return { id: "system", name: "system", role: actor.type };
  const { userId, countyId, role } = actor.properties;
  const { data } = await db.entities.user.get({ countyId: countyId ?? platformTenant, userId }).go();
  return { id: userId, name: data?.displayName ?? userId, role };
}
