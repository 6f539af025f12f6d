import { describe, expect, it } from "vitest";
import { roles } from "@cunjing/core/actor";
import { accessOf, policy } from "../../src/api/policy";
import { appRouter } from "../../src/api/root";
import { createCallerFactory } from "../../src/api/trpc";

const procedures = Object.keys(appRouter._def.procedures);
const scopes = ["platform", "county", "precinct", "patch", "own", "alerts"];

describe("the procedures' declarations", () => {
  it("come from the verb each procedure calls, for every procedure", () => {
    const undeclared = procedures.filter((path) => !accessOf(path));
    expect(undeclared, `procedures without a verb declaration: ${undeclared.join(", ")}`).toEqual([]);
    for (const path of procedures) {
      for (const [role, scope] of Object.entries(accessOf(path)!).filter(([key]) => key !== "public")) {
        expect(roles, `${path}: ${role}`).toContain(role);
        expect(scopes, `${path} × ${role}`).toContain(scope);
      }
    }
  });

  it("mark as public only the directory", () => {
    expect(procedures.filter((path) => policy[path]!.public)).toEqual(["county.list", "county.bySlug"]);
  });

  it("refuses a procedure whose verb does not admit the caller before reading its input", async () => {
    const caller = createCallerFactory(appRouter)({
      actor: { type: "user", properties: { userId: "u", role: "officer", countyId: "c", villageIds: [] } },
      sameOrigin: true,
    });
    await expect(caller.settings.update({ excellenceTarget: "not a number" } as never)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const visitor = createCallerFactory(appRouter)({ actor: { type: "public", properties: {} }, sameOrigin: true });
    await expect(visitor.precinct.get("x")).rejects.toMatchObject({ code: "UNAUTHORIZED" });
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
