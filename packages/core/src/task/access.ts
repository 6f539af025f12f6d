import { useActor, type Actor } from "../actor";
import { db } from "../db/service";
import { platformTenant } from "../user/user.entity";

type Subject = { taskId?: string; precinctId: string; officerIds: string[]; assignedBy: string };

/** Whether the actor's officer record is one of the task's assignees. */
export function isAssignee(actor: Actor, task: Subject): boolean {
  return actor.type === "user" && !!actor.properties.officerId && task.officerIds.includes(actor.properties.officerId);
}

/**
 * Who sees a task: county admins (and the system) all of their county's, a supervisor those of
 * their precinct, every officer the tasks they are assigned, and whoever assigned it. The health
 * liaison follows the verification tasks that red alerts opened (`alert-<id>`), and no other.
 */
export function canSee(actor: Actor, task: Subject): boolean {
  if (actor.type === "system") return true;
  if (actor.type !== "user") return false;
  const { role, precinctId, userId } = actor.properties;
  if (role === "county_admin") return true;
  if (role === "precinct_supervisor" && precinctId === task.precinctId) return true;
  if (role === "health_liaison") return task.taskId?.startsWith("alert-") === true;
  if (role === "platform_admin") return false;
  return isAssignee(actor, task) || task.assignedBy === userId;
}

/** The assigner, the precinct's supervisor or a county admin may cancel. */
export function canCancel(actor: Actor, task: Subject): boolean {
  if (actor.type === "system") return true;
  if (actor.type !== "user") return false;
  const { role, precinctId, userId } = actor.properties;
  if (role === "county_admin") return true;
  if (role === "precinct_supervisor" && precinctId === task.precinctId) return true;
  return role !== "health_liaison" && role !== "platform_admin" && task.assignedBy === userId;
}

/** What the actor may do with a task they can see, for pages and clients to offer only that. */
export function permissionsOf(actor: Actor, task: Subject & { state: string }) {
  const active = task.state === "open" || task.state === "in_progress";
  const assignee = actor.type === "system" || isAssignee(actor, task);
  return {
    start: assignee && task.state === "open",
    finish: assignee && task.state === "in_progress",
    cancel: active && canCancel(actor, task),
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
