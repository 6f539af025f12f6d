import { AsyncLocalStorage } from "node:async_hooks";
import { useActor, type Actor, type Role } from "./actor";
import { ForbiddenError, UnauthorizedError } from "./util/errors";

/**
 * How far a caller reaches with one verb: the platform, the whole county, their own precinct, their
 * patch (the villages assigned to them), their own records, the registrations that raised a red
 * alert, or what the public portal shows.
 */
export type Scope = "platform" | "county" | "precinct" | "patch" | "own" | "alerts" | "public";

/**
 * Who may call a verb, and how far each role reaches. `public` admits every caller, signed in or
 * not, with the scope "public"; a role that is absent is refused. The system actor (background
 * jobs, seeds, migrations) may call every verb and reaches its whole county.
 */
export type Access = Partial<Record<Role, Exclude<Scope, "public">>> & { public?: true };

export type Reach = Scope | "system";

const reach = new AsyncLocalStorage<Reach>();

/** The scope the actor holds under a declaration, or undefined when the declaration refuses them. */
export function scopeUnder(who: Access, actor: Actor): Reach | undefined {
  if (actor.type === "system") return "system";
  if (actor.type === "user") return who[actor.properties.role] ?? (who.public ? "public" : undefined);
  return who.public ? "public" : undefined;
}

/** Refuses an actor the declaration does not admit: 401 for a visitor, 403 for a signed-in user. */
export function assertAdmitted(who: Access, actor: Actor): Reach {
  const scope = scopeUnder(who, actor);
  if (scope) return scope;
  throw actor.type === "user" ? new ForbiddenError() : new UnauthorizedError();
}

/** Runs a verb's body with the caller's scope under its declaration. */
export function withScope<T>(scope: Reach, callback: () => T): T {
  return reach.run(scope, callback);
}

/** The scope of the verb that is running: a verb narrows what it reads and changes by it. */
export function useScope(): Reach {
  const scope = reach.getStore();
  if (!scope) throw new Error("No verb is running: scopes exist only inside fn()");
  return scope;
}

export type Place = { precinctId?: string; villageId?: string; officerId?: string };

/**
 * Whether the running verb's scope reaches a record in the caller's county: county-wide scopes reach
 * all of it; a precinct scope its precinct; a patch its villages (or, for a record without a village,
 * the officer's own); an own scope the officer's own records. Alerts and public scopes reach no staff record.
 */
export function reaches(place: Place): boolean {
  return reachOf(useScope(), useActor(), place);
}

/** Whether a caller may reach a record under a verb's declaration, for a page that offers choices. */
export function reachesUnder(who: Access, actor: Actor, place: Place): boolean {
  const scope = scopeUnder(who, actor);
  return scope !== undefined && reachOf(scope, actor, place);
}

function reachOf(scope: Reach, actor: Actor, place: Place): boolean {
  if (scope === "system" || scope === "platform" || scope === "county") return true;
  if (actor.type !== "user") return false;
  const { precinctId, villageIds, officerId } = actor.properties;
  switch (scope) {
    case "precinct":
      return !!precinctId && place.precinctId === precinctId;
    case "patch":
      return place.villageId !== undefined
        ? villageIds.includes(place.villageId)
        : !!officerId && place.officerId === officerId;
    case "own":
      return !!officerId && place.officerId === officerId;
    default:
      return false;
  }
}

/** Refuses a record beyond the caller's scope as if it did not exist. */
export function assertReaches(place: Place, notFound: () => Error): void {
  if (!reaches(place)) throw notFound();
}

/** Every signed-in user, each reaching their own role's natural scope; for verbs about oneself. */
export const signedIn: Access = {
  platform_admin: "platform",
  county_admin: "county",
  precinct_supervisor: "precinct",
  officer: "own",
  health_liaison: "alerts",
};
