import { describe, expect, it } from "vitest";
import { withActor, type Actor } from "../src/actor";
import { Counter } from "../src/counter/index";
import { dynamo } from "../src/db/client";
import { db } from "../src/db/service";
import { Feature } from "../src/feature/index";
import { VisibleError } from "../src/util/errors";
import { randomToken } from "../../../scripts/vitest/random";

const reader = (countyId: string): Actor => ({ type: "public", properties: { countyId } });

async function add(countyId: string, scope: string, day: string, by: Partial<Counter.Totals>) {
  await db.entities.counter.update({ countyId, scope, day }).add(by).go();
}

/** Counts the DynamoDB commands sent while the callback runs. */
async function countRequests<T>(callback: () => Promise<T>): Promise<{ result: T; commands: string[] }> {
  const commands: string[] = [];
  const name = `count-${randomToken()}`;
  dynamo.middlewareStack.add(
    (next, context) => async (args) => {
      commands.push(context.commandName ?? "unknown");
      return next(args);
    },
    { step: "initialize", name },
  );
  try {
    return { result: await callback(), commands };
  } finally {
    dynamo.middlewareStack.remove(name);
  }
}

describe("Counter.totals", () => {
  it("sums each category over the days of a range, in one Query", async () => {
    const scope = Counter.scope.officer("o1");
    await add("c1", scope, "2026-01-01", { visit: 3, help: 1 });
    await add("c1", scope, "2026-01-01", { visit: 2 });
    await add("c1", scope, "2026-03-15", { dispute: 4, grid_check: 7 });
    await add("c1", scope, "2026-06-30", { visit: 10 });
    await add("c1", scope, "2025-12-31", { visit: 100 }); // before the range
    await add("c1", scope, "2026-07-01", { visit: 100 }); // after the range
    await add("c1", Counter.scope.officer("o2"), "2026-02-02", { visit: 100 }); // another scope
    await add("c2", scope, "2026-02-02", { visit: 100 }); // another county

    const { result, commands } = await countRequests(() =>
      withActor(reader("c1"), () => Counter.totals({ scope, from: "2026-01-01", to: "2026-06-30" })),
    );
    expect(result).toEqual({ ...Counter.zero(), visit: 15, help: 1, dispute: 4, grid_check: 7 });
    expect(commands).toEqual(["QueryCommand"]);
  });

  it("gives zeros for a scope without counters", async () => {
    const totals = await withActor(reader("c1"), () =>
      Counter.totals({ scope: "county", from: "2026-01-01", to: "2026-12-31" }),
    );
    expect(totals).toEqual(Counter.zero());
    expect(Object.keys(totals)).toEqual([...Counter.figures]);
  });

  it("refuses malformed scopes and days, reversed ranges, and actors without a county", async () => {
    const attempts = [
      { scope: "officer", from: "2026-01-01", to: "2026-01-02" },
      { scope: "officer:ABC", from: "2026-01-01", to: "2026-01-02" },
      { scope: "county", from: "2026-02-30", to: "2026-03-01" },
      { scope: "county", from: "2026-1-1", to: "2026-03-01" },
      { scope: "county", from: "2026-03-02", to: "2026-03-01" },
    ];
    for (const range of attempts) {
      const error = await withActor(reader("c1"), () => Counter.totals(range)).catch((e: unknown) => e);
      expect(error, JSON.stringify(range)).toBeInstanceOf(VisibleError);
      expect((error as VisibleError).code).toBe("input.invalid");
    }
    const noCounty = await withActor({ type: "public", properties: {} }, () =>
      Counter.totals({ scope: "county", from: "2026-01-01", to: "2026-01-02" }),
    ).catch((e: unknown) => e);
    expect((noCounty as VisibleError).kind).toBe("forbidden");
  });
});

describe("days and half-years in Asia/Shanghai", () => {
  it("buckets an instant by its Shanghai date", () => {
    expect(Counter.dayOf(Date.UTC(2026, 5, 30, 15, 59, 59))).toBe("2026-06-30");
    expect(Counter.dayOf(Date.UTC(2026, 5, 30, 16, 0, 0))).toBe("2026-07-01");
    expect(Counter.dayOf(new Date("2026-12-31T23:30:00+08:00"))).toBe("2026-12-31");
  });

  it("splits the year into January–June and July–December at Shanghai midnight", () => {
    expect(Counter.halfYear(Date.UTC(2026, 0, 1, 0))).toEqual({
      year: 2026,
      half: 1,
      from: "2026-01-01",
      to: "2026-06-30",
    });
    expect(Counter.halfYear(Date.UTC(2026, 5, 30, 15, 59, 59))).toMatchObject({ half: 1, to: "2026-06-30" });
    expect(Counter.halfYear(Date.UTC(2026, 5, 30, 16))).toEqual({
      year: 2026,
      half: 2,
      from: "2026-07-01",
      to: "2026-12-31",
    });
    // 31 December 2025 at 16:00 UTC is already New Year's Day in Shanghai.
    expect(Counter.halfYear(Date.UTC(2025, 11, 31, 16))).toEqual({
      year: 2026,
      half: 1,
      from: "2026-01-01",
      to: "2026-06-30",
    });
    expect(Counter.halfYear(Date.UTC(2025, 11, 31, 15, 59))).toMatchObject({ year: 2025, half: 2 });
  });

  it("names the scopes a work-log entry counts toward", () => {
    expect(Counter.scopesOf({ precinctId: "p1", villageId: "v1", officerId: "o1" })).toEqual([
      "county",
      "precinct:p1",
      "village:v1",
      "officer:o1",
    ]);
  });
});

describe("Feature.withTotals", () => {
  it("reads a scope's figures for the range and what features it in one Query", async () => {
    const scope = Counter.scope.village("v9");
    await add("c3", scope, "2026-07-02", { patrol_team: 2 });
    await add("c3", scope, "2026-06-30", { patrol_team: 50 });
    await add("c3", scope, "2027-01-01", { patrol_team: 50 });
    const feature = { countyId: "c3", scope, slug: "s", title: "标题", summary: "摘要" };
    await db.entities.feature.create({ ...feature, kind: "story", refId: "r1", publishedAt: 1 }).go();
    await db.entities.feature.create({ ...feature, kind: "story", refId: "r2", publishedAt: 2 }).go();
    await db.entities.feature.create({ ...feature, kind: "brand", refId: "r3", publishedAt: 3 }).go();

    const { result, commands } = await countRequests(() =>
      withActor(reader("c3"), () => Feature.withTotals({ scope, from: "2026-07-01", to: "2026-12-31" })),
    );
    expect(commands).toEqual(["QueryCommand"]);
    expect(result.totals).toEqual({ ...Counter.zero(), patrol_team: 2 });
    expect(result.stories.map((s) => s.refId)).toEqual(["r2", "r1"]);
    expect(result.brands.map((b) => b.refId)).toEqual(["r3"]);
  });
});
