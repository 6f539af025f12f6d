import type { Role } from "@cunjing/core/actor";

/**
 * Who may call what. `allow`: the role may call it; `scoped`: the role may call it and core
 * narrows it to the role's patch (own villages, own precinct, own county); `deny` otherwise.
 * `public` marks procedures whose answers are public directory data (for the tenancy harness).
 * Every procedure of the router must be here: the middleware refuses unknown paths and a test
 * fails the suite.
 */
export type Decision = "allow" | "scoped" | "deny";
export type Caller = Role | "anonymous";
export type PolicyEntry = { public?: boolean } & Record<Caller, Decision>;

const everyone: Record<Caller, Decision> = {
  anonymous: "allow",
  platform_admin: "allow",
  county_admin: "allow",
  precinct_supervisor: "allow",
  officer: "allow",
  health_liaison: "allow",
};
const signedIn: Record<Caller, Decision> = { ...everyone, anonymous: "deny" };
const nobody: Record<Caller, Decision> = {
  anonymous: "deny",
  platform_admin: "deny",
  county_admin: "deny",
  precinct_supervisor: "deny",
  officer: "deny",
  health_liaison: "deny",
};

export const policy: Record<string, PolicyEntry> = {
  "county.list": { ...everyone, public: true },
  "county.bySlug": { ...everyone, public: true },
  "auth.me": signedIn,
  "user.list": { ...nobody, county_admin: "scoped" },
  "user.invite": { ...nobody, county_admin: "scoped", platform_admin: "allow" },
  "user.setRole": { ...nobody, county_admin: "scoped" },
};

export function decide(path: string, caller: Caller): Decision {
  return policy[path]?.[caller] ?? "deny";
}
