import * as z from "zod";
import { useActor } from "../actor";
import { ForbiddenError } from "../util/errors";

/** `county`, `precinct:<id>` or `officer:<id>`: the queues a task is listed in. */
export const scopeSchema = z.string().regex(/^(county|(precinct|officer):[a-z0-9-]{1,40})$/, "Not a valid task scope");

export const taskScope = {
  county: () => "county",
  precinct: (precinctId: string) => `precinct:${precinctId}`,
  officer: (officerId: string) => `officer:${officerId}`,
};

/** Every queue a task appears in: the county, its precinct, and each assignee. */
export function scopesOf(task: { precinctId: string; officerIds: string[] }): string[] {
  return [taskScope.county(), taskScope.precinct(task.precinctId), ...task.officerIds.map(taskScope.officer)];
}

/**
 * The queue the actor may read, defaulting to the actor's own patch. A supervisor reads their
 * precinct, or one officer's queue narrowed to tasks of their precinct (`precinctId` filter); an
 * officer reads their own queue; county admins and the system read any queue of their county.
 */
export function readableScope(requested: string | undefined): { scope: string; precinctId?: string } {
  const actor = useActor();
  if (actor.type === "system") return { scope: requested ?? taskScope.county() };
  if (actor.type !== "user") throw new ForbiddenError();
  const { role, precinctId, officerId } = actor.properties;
  switch (role) {
    case "county_admin":
      return { scope: requested ?? taskScope.county() };
    case "precinct_supervisor": {
      if (!precinctId) throw noPrecinct();
      const own = taskScope.precinct(precinctId);
      const scope = requested ?? own;
      if (scope === own) return { scope };
      if (scope.startsWith("officer:")) return { scope, precinctId };
      throw new ForbiddenError("task.outside_precinct", "You may only see tasks of your own police station");
    }
    case "officer": {
      if (!officerId) throw noOfficer();
      const own = taskScope.officer(officerId);
      if ((requested ?? own) !== own) throw new ForbiddenError("task.not_own", "You may only see your own tasks");
      return { scope: own };
    }
    default:
      throw new ForbiddenError();
  }
}

export function noPrecinct() {
  return new ForbiddenError("task.no_precinct", "Your account is not linked to a police station");
}

export function noOfficer() {
  return new ForbiddenError("task.no_officer_record", "Your account is not linked to an officer record");
}
