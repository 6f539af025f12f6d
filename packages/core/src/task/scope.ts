import * as z from "zod";
import { useScope } from "../access";
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
 * The queue the caller may read, defaulting to the caller's own: a precinct scope reads its
 * precinct, or one officer's queue narrowed to tasks of the precinct (`precinctId` filter); an own
 * scope reads the officer's own queue; county-wide scopes and the system read any queue of the county.
 */
export function readableScope(requested: string | undefined): { scope: string; precinctId?: string } {
  const reach = useScope();
  const actor = useActor();
  const precinctId = actor.type === "user" ? actor.properties.precinctId : undefined;
  const officerId = actor.type === "user" ? actor.properties.officerId : undefined;
  switch (reach) {
    case "system":
    case "county":
      return { scope: requested ?? taskScope.county() };
    case "precinct": {
      if (!precinctId) throw noPrecinct();
      const own = taskScope.precinct(precinctId);
      const scope = requested ?? own;
      if (scope === own) return { scope };
      if (scope.startsWith("officer:")) return { scope, precinctId };
      throw new ForbiddenError("task.outside_precinct", "You may only see tasks of your own police station");
    }
    case "own": {
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
