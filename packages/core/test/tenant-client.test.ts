import { describe, expect, it } from "vitest";
import { withActor, type Actor } from "../src/actor";
import { withPlatformAccess } from "../src/db/client";
import { db } from "../src/db/service";
import { tenantTagValue } from "../src/db/tenant-credentials";
import { leadingKeysOf, TenantKeyDeniedError } from "../src/db/tenant-keys";

/**
 * The test setup sets CUNJING_TENANT_KEYS=enforce: every request made inside a county's actor is held
 * to the production tenant role's LeadingKeys condition before it reaches DynamoDB Local, so the
 * whole suite proves that no code path of a county request leaves its county's partitions.
 */
const inCounty = (countyId: string): Actor => ({ type: "public", properties: { countyId } });
/** "denied" when DynamoDB (here: the in-process condition) refused the request as outside the county. */
const denied = (promise: Promise<unknown>) =>
  promise.then(
    () => "allowed",
    (error: { cause?: unknown }) =>
      error instanceof TenantKeyDeniedError || error.cause instanceof TenantKeyDeniedError ? "denied" : String(error),
  );

describe("requests confined to the actor's county", () => {
  it("reach the county's own items and refuse another county's", async () => {
    await withActor(inCounty("ccaaa1"), () =>
      db.entities.precinct
        .create({ countyId: "ccaaa1", precinctId: "p1", nameZh: "城镇派出所", nameEn: "Town" } as never)
        .go(),
    );
    await withActor(inCounty("ccbbb2"), () =>
      db.entities.precinct
        .create({ countyId: "ccbbb2", precinctId: "p1", nameZh: "城镇派出所", nameEn: "Town" } as never)
        .go(),
    );
    expect(
      await denied(
        withActor(inCounty("ccaaa1"), () => db.entities.precinct.get({ countyId: "ccaaa1", precinctId: "p1" }).go()),
      ),
    ).toBe("allowed");
    expect(
      await denied(
        withActor(inCounty("ccaaa1"), () => db.entities.precinct.get({ countyId: "ccbbb2", precinctId: "p1" }).go()),
      ),
    ).toBe("denied");
    expect(
      await denied(withActor(inCounty("ccaaa1"), () => db.entities.precinct.query.byId({ countyId: "ccbbb2" }).go())),
    ).toBe("denied");
    // A county whose id merely starts with the actor's is another county.
    expect(
      await denied(
        withActor(inCounty("ccaaa"), () => db.entities.precinct.get({ countyId: "ccaaa1", precinctId: "p1" }).go()),
      ),
    ).toBe("denied");
  });

  it("refuse a transaction that mixes the county's items with another's", async () => {
    const result = withActor(inCounty("ccaaa1"), () =>
      db.transaction
        .write(({ precinct }) => [
          precinct.patch({ countyId: "ccaaa1", precinctId: "p1" }).set({ nameEn: "Town" }).commit(),
          precinct.patch({ countyId: "ccbbb2", precinctId: "p1" }).set({ nameEn: "Town" }).commit(),
        ])
        .go(),
    );
    expect(await denied(result)).toBe("denied");
  });

  it("reach platform-wide items only inside an explicit platform scope", async () => {
    const session = () => db.entities.session.get({ sessionKey: "no-such-session" }).go();
    expect(await denied(withActor(inCounty("ccaaa1"), session))).toBe("denied");
    expect(await denied(withActor(inCounty("ccaaa1"), () => withPlatformAccess(session)))).toBe("allowed");
    // Without a county (platform admin, sign-in before the county is known) the function's own role applies.
    expect(await denied(withActor({ type: "public", properties: {} }, session))).toBe("allowed");
  });

  it("read the partition of a Query on an index, and treat a Scan as outside every county", () => {
    const query = db.entities.officer.query.bySlug({ countyId: "ccaaa1", slug: "xu" }).params();
    expect(leadingKeysOf("QueryCommand", query)).toEqual([expect.stringMatching(/^\$cunjing#countyid_ccaaa1/)]);
    expect(leadingKeysOf("ScanCommand", { TableName: "t" })).toBeUndefined();
  });

  it("never tag a session with the platform's pseudo-county", () => {
    expect(() => tenantTagValue("platform")).toThrow(/Not a county id/);
  });
});
