import { AsyncLocalStorage } from "node:async_hooks";
import { ForbiddenError } from "./util/errors";

export const roles = ["platform_admin", "county_admin", "precinct_supervisor", "officer", "health_liaison"] as const;
export type Role = (typeof roles)[number];

export type PublicActor = { type: "public"; properties: { countyId?: string } };
export type UserActor = {
  type: "user";
  properties: {
    userId: string;
    role: Role;
    /** Absent only for platform admins, who act on counties as tenants. */
    countyId?: string;
    precinctId?: string;
    /** The officer record an officer account acts as. */
    officerId?: string;
    villageIds: string[];
  };
};
export type SystemActor = { type: "system"; properties: { countyId?: string } };
export type Actor = PublicActor | UserActor | SystemActor;

const storage = new AsyncLocalStorage<Actor>();

export function withActor<T>(actor: Actor, callback: () => T): T {
  return storage.run(actor, callback);
}

/** The actor of the current call, if any (for infrastructure that must not throw without one). */
export function currentActor(): Actor | undefined {
  return storage.getStore();
}

export function useActor(): Actor {
  const actor = storage.getStore();
  if (!actor) throw new Error("No actor in context: wrap the call in withActor()");
  return actor;
}

/** The tenant of the current request. Core reads it from here, never from a caller's argument. */
export function useCounty(): string {
  const countyId = useActor().properties.countyId;
  if (!countyId) throw new ForbiddenError("actor.no_county", "This action needs a county");
  return countyId;
}
