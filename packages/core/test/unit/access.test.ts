import { describe, expect, it } from "vitest";
import * as z from "zod";
import { reaches, reachesUnder, scopeUnder, useScope, type Access } from "../../src/access";
import { withActor, type Actor } from "../../src/actor";
import { allows, fn } from "../../src/util/fn";

const user = (role: Extract<Actor, { type: "user" }>["properties"]["role"], more = {}): Actor => ({
  type: "user",
  properties: { userId: `u-${role}`, role, countyId: "c1", villageIds: [], ...more },
});
const supervisor = user("precinct_supervisor", { precinctId: "p1" });
const officer = user("officer", { officerId: "o1", villageIds: ["v1", "v2"] });
const admin = user("county_admin");
const visitor: Actor = { type: "public", properties: { countyId: "c1" } };
const system: Actor = { type: "system", properties: { countyId: "c1" } };
const readers: Access = { county_admin: "county", precinct_supervisor: "precinct", officer: "patch" };

describe("a verb's declaration", () => {
  it("gives each admitted caller their scope, the system everything, and nobody else anything", () => {
    expect(scopeUnder(readers, admin)).toBe("county");
    expect(scopeUnder(readers, supervisor)).toBe("precinct");
    expect(scopeUnder(readers, officer)).toBe("patch");
    expect(scopeUnder(readers, user("health_liaison"))).toBeUndefined();
    expect(scopeUnder(readers, visitor)).toBeUndefined();
    expect(scopeUnder(readers, system)).toBe("system");
    expect(scopeUnder({ public: true }, visitor)).toBe("public");
    expect(scopeUnder({ public: true, county_admin: "county" }, admin)).toBe("county");
    expect(scopeUnder({}, admin)).toBeUndefined();
  });

  it("refuses before reading the input: 401 for a visitor, 403 for a user of another role", async () => {
    let ran = false;
    const verb = fn({ county_admin: "county" }, z.string().min(3), async () => {
      ran = true;
    });
    await expect(withActor(visitor, () => verb("x"))).rejects.toMatchObject({ kind: "unauthorized" });
    await expect(withActor(officer, () => verb("x"))).rejects.toMatchObject({ kind: "forbidden" });
    await expect(withActor(admin, () => verb("x"))).rejects.toMatchObject({ kind: "input" });
    expect(ran).toBe(false);
    await withActor(admin, () => verb("xyz"));
    expect(ran).toBe(true);
    expect(allows(verb, admin)).toBe(true);
    expect(allows(verb, officer)).toBe(false);
  });

  it("runs the body with the caller's scope, and a nested verb with its own", async () => {
    const inner = fn({ precinct_supervisor: "own" }, z.void(), async () => useScope());
    const outer = fn(readers, z.void(), async () => [useScope(), await inner(), useScope()]);
    expect(await withActor(supervisor, () => outer())).toEqual(["precinct", "own", "precinct"]);
  });
});

describe("reaching a record", () => {
  const place = { precinctId: "p1", villageId: "v1", officerId: "o1" };
  const elsewhere = { precinctId: "p2", villageId: "v9", officerId: "o9" };
  const check = (actor: Actor, who: Access, target: typeof place) =>
    withActor(actor, () => fn(who, z.void(), async () => reaches(target))());

  it("is the whole county for county scopes, the own precinct, patch or records otherwise", async () => {
    expect(await check(admin, readers, elsewhere)).toBe(true);
    expect(await check(system, readers, elsewhere)).toBe(true);
    expect(await check(supervisor, readers, place)).toBe(true);
    expect(await check(supervisor, readers, elsewhere)).toBe(false);
    expect(await check(officer, readers, place)).toBe(true);
    expect(await check(officer, readers, { ...elsewhere, officerId: "o1" })).toBe(false);
    expect(await check(officer, { officer: "own" }, { ...elsewhere, officerId: "o1" })).toBe(true);
    expect(await check(visitor, { public: true }, place)).toBe(false);
  });

  it("is the same for a page asking outside a verb", () => {
    expect(reachesUnder(readers, supervisor, place)).toBe(true);
    expect(reachesUnder(readers, supervisor, elsewhere)).toBe(false);
    expect(reachesUnder(readers, user("health_liaison"), place)).toBe(false);
  });
});
