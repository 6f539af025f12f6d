import { describe, expect, it } from "vitest";
import { roles } from "@cunjing/core/actor";
import { policy } from "../../src/api/policy";
import { appRouter } from "../../src/api/root";
import { createCallerFactory } from "../../src/api/trpc";

const procedures = Object.keys(appRouter._def.procedures);

describe("the policy table", () => {
  it("has an entry, with a decision for every role and for anonymous callers, for every procedure", () => {
    const missing = procedures.filter((path) => !(path in policy));
    expect(missing, `procedures without a policy entry: ${missing.join(", ")}`).toEqual([]);
    for (const path of procedures) {
      for (const caller of [...roles, "anonymous"] as const) {
        expect(["allow", "scoped", "deny"], `${path} × ${caller}`).toContain(policy[path]![caller]);
      }
    }
  });

  it("names no procedure that does not exist", () => {
    expect(Object.keys(policy).filter((path) => !procedures.includes(path))).toEqual([]);
  });

  it("refuses mutations that do not come from our own pages", async () => {
    const caller = createCallerFactory(appRouter)({
      actor: { type: "user", properties: { userId: "u", role: "county_admin", countyId: "c", villageIds: [] } },
      sameOrigin: false,
    });
    await expect(
      caller.user.invite({ username: "x.y", displayName: "X", role: "health_liaison" }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "Cross-origin requests are refused",
    });
  });
});
