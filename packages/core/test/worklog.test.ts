import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { withActor, type Actor, type UserActor } from "../src/actor";
import { Counter } from "../src/counter/index";
import { County } from "../src/county/index";
import { db } from "../src/db/service";
import { Officer } from "../src/officer/index";
import { Precinct } from "../src/precinct/index";
import { VisibleError } from "../src/util/errors";
import { Village } from "../src/village/index";
import { WorkLog } from "../src/worklog/index";
import { scale } from "../../../scripts/vitest/scale";

let countyId: string;
let precinctId: string;
let officerA: string;
let officerB: string;
let villageA: string;
let villageA2: string;
let villageB: string;
let asA: Actor;
let asB: Actor;

const officerActor = (officerId: string, villageIds: string[]): UserActor => ({
  type: "user",
  properties: { userId: `user-${officerId}`, role: "officer", countyId, precinctId, officerId, villageIds },
});

beforeAll(async () => {
  countyId = await withActor({ type: "system", properties: {} }, () =>
    County.create({
      slug: "log-county",
      nameZh: "博罗县",
      nameEn: "Boluo",
      cityZh: "惠州市",
      cityEn: "Huizhou",
      divisionCode: "441322",
      joinedOn: "2026-01-01",
    }),
  );
  await withActor({ type: "system", properties: { countyId } }, async () => {
    precinctId = await Precinct.create({ nameZh: "城镇派出所" });
    officerA = await Officer.create({ slug: "xu", nameZh: "徐洁珊", nameEn: "Xu", badge: "100001", precinctId });
    officerB = await Officer.create({ slug: "he", nameZh: "何建国", nameEn: "He", badge: "100002", precinctId });
    villageA = await Village.create({ precinctId, kind: "community", nameZh: "西区社区" });
    villageA2 = await Village.create({ precinctId, kind: "community", nameZh: "北区社区" });
    villageB = await Village.create({ precinctId, kind: "village", nameZh: "东区村" });
    await Village.assignOfficer({ villageId: villageA, officerId: officerA });
    await Village.assignOfficer({ villageId: villageA2, officerId: officerA });
    await Village.assignOfficer({ villageId: villageB, officerId: officerB });
  });
  asA = officerActor(officerA, [villageA, villageA2]);
  asB = officerActor(officerB, [villageB]);
});

const at = (day: string, time = "10:00") => `${day}T${time}`;
const visit = (villageId = villageA, day = "2026-11-20", key: string = randomUUID()) => ({
  idempotencyKey: key,
  villageId,
  gridId: "grid-1",
  occurredAt: at(day),
  details: { category: "visit" as const, household: "12号 王家" },
});

async function totals(scope: string, from = "2026-01-01", to = "2026-12-31") {
  return withActor({ type: "system", properties: { countyId } }, () => Counter.totals({ scope, from, to }));
}

async function rawCounter(scope: string, day: string) {
  const { data } = await db.entities.counter.get({ countyId, scope, day }).go({ data: "raw" } as never);
  return (data as unknown as { Item?: Record<string, number> })?.Item ?? (data as unknown as Record<string, number>);
}

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(VisibleError);
  return error as VisibleError;
}

describe("recording work", () => {
  it("writes the entry and moves the day's counters in every scope, with ranking tallies", async () => {
    const { entryId } = await withActor(asA, () => WorkLog.record(visit(villageA, "2026-03-02")));
    const entry = await withActor(asA, () => WorkLog.get(entryId));
    expect(entry).toMatchObject({ category: "visit", day: "2026-03-02", officerId: officerA, precinctId, version: 1 });
    for (const scope of ["county", `precinct:${precinctId}`, `village:${villageA}`, `officer:${officerA}`]) {
      expect((await totals(scope, "2026-03-02", "2026-03-02")).visit).toBe(1);
    }
    const county = await rawCounter("county", "2026-03-02");
    expect(county[`child_${precinctId}`]).toBe(1);
    const precinct = await rawCounter(`precinct:${precinctId}`, "2026-03-02");
    expect(precinct[`child_${officerA}`]).toBe(1);
  });

  it("buckets days in Asia/Shanghai", async () => {
    // 23:30 in Shanghai on 4 March is 15:30 UTC the same day; 00:30 on 5 March is still 4 March in UTC.
    await withActor(asA, () => WorkLog.record({ ...visit(), occurredAt: at("2026-03-05", "00:30") }));
    expect((await totals(`officer:${officerA}`, "2026-03-05", "2026-03-05")).visit).toBe(1);
  });

  it("accepts every category with its own fields and refuses a category without them", async () => {
    const samples = [
      { category: "opinion", topic: "traffic", summary: "路口缺红绿灯" },
      { category: "hazard", hazardKind: "electrical", description: "楼道飞线充电" },
      { category: "patrol_team", teamName: "西区义务巡逻队", members: 12 },
      { category: "dispute", disputeKind: "neighbour", parties: 2, outcome: "mediated", summary: "漏水纠纷" },
      { category: "help", helpKind: "elderly", summary: "送独居老人就医" },
      { category: "deed", summary: "帮助补办身份证" },
      { category: "grid_check", findings: "无异常" },
      { category: "publicity", topic: "anti_fraud", audience: 80 },
      { category: "team", members: ["辅警 李", "网格员 陈"], purpose: "夜间巡防" },
    ] as const;
    for (const details of samples) {
      await withActor(asA, () =>
        WorkLog.record({
          idempotencyKey: randomUUID(),
          villageId: villageA,
          gridId: "g1",
          occurredAt: at("2026-04-01"),
          details,
        } as never),
      );
    }
    const figures = await totals(`village:${villageA}`, "2026-04-01", "2026-04-01");
    for (const { category } of samples) expect(figures[category]).toBe(1);

    const missing = await failure(
      withActor(asA, () => WorkLog.record({ ...visit(), details: { category: "dispute", parties: 1 } } as never)),
    );
    expect(Object.keys(missing.fieldErrors ?? {})).toEqual(
      expect.arrayContaining(["details.parties", "details.outcome", "details.summary"]),
    );
  });

  it("refuses another officer's village, the future, days before the county joined and non-officers, changing nothing", async () => {
    const before = await totals("county");
    expect((await failure(withActor(asA, () => WorkLog.record(visit(villageB))))).code).toBe(
      "worklog.not_your_village",
    );
    const future = new Date(Date.now() + 3 * 86400_000).toISOString();
    expect((await failure(withActor(asA, () => WorkLog.record({ ...visit(), occurredAt: future })))).code).toBe(
      "worklog.future",
    );
    expect((await failure(withActor(asA, () => WorkLog.record(visit(villageA, "2025-12-31"))))).code).toBe(
      "worklog.before_joined",
    );
    const supervisor: Actor = {
      type: "user",
      properties: { userId: "s", role: "precinct_supervisor", countyId, precinctId, villageIds: [] },
    };
    // Recording is declared for officers only: a supervisor is refused before the input is read.
    expect((await failure(withActor(supervisor, () => WorkLog.record(visit())))).kind).toBe("forbidden");
    expect(await totals("county")).toEqual(before);
  });

  it("applies a retried submission once and refuses a replayed key with a different body", async () => {
    const key = randomUUID();
    const first = await withActor(asA, () => WorkLog.record(visit(villageA, "2026-05-01", key)));
    const again = await withActor(asA, () => WorkLog.record(visit(villageA, "2026-05-01", key)));
    expect(again).toEqual({ entryId: first.entryId, replayed: true });
    expect((await totals(`officer:${officerA}`, "2026-05-01", "2026-05-01")).visit).toBe(1);
    const changed = await failure(
      withActor(asA, () => WorkLog.record({ ...visit(villageA, "2026-05-01", key), notes: "different" })),
    );
    expect(changed.code).toBe("idempotency.mismatch");
  });

  const concurrent = scale(24, 120);
  it(`keeps counters exact under ${concurrent} concurrent submissions, a quarter of them retried`, async () => {
    const keys = Array.from({ length: concurrent }, () => randomUUID());
    const submissions = [...keys, ...keys.slice(0, concurrent / 4)].map((key, index) =>
      withActor(index % 2 ? asA : asB, () => WorkLog.record(visit(index % 2 ? villageA : villageB, "2026-06-15", key))),
    );
    const results = await Promise.allSettled(submissions);
    const replays = results.filter((r) => r.status === "fulfilled" && r.value.replayed).length;
    // Retries of B's keys by A fail the village check or replay; either way nothing is counted twice.
    const county = await totals("county", "2026-06-15", "2026-06-15");
    const entries = new Set(results.flatMap((r) => (r.status === "fulfilled" ? [r.value.entryId] : [])));
    expect(county.visit).toBe(entries.size);
    expect(entries.size).toBe(concurrent);
    expect(replays).toBeGreaterThan(0);
  }, 90_000);
});

describe("recording a batch (a device syncing its offline queue)", () => {
  it("writes every entry in one transaction with merged counters, or none", async () => {
    const entries = [visit(villageA, "2026-10-01"), visit(villageA, "2026-10-01"), visit(villageA2, "2026-10-02")];
    const results = await withActor(asA, () => WorkLog.recordBatch({ entries }));
    expect(results.map((r) => r.replayed)).toEqual([false, false, false]);
    expect((await totals("county", "2026-10-01", "2026-10-02")).visit).toBe(3);
    expect((await rawCounter(`precinct:${precinctId}`, "2026-10-01"))[`child_${officerA}`]).toBe(2);

    const foreign = await failure(
      withActor(asA, () =>
        WorkLog.recordBatch({ entries: [visit(villageA, "2026-10-03"), visit(villageB, "2026-10-03")] }),
      ),
    );
    expect(foreign.code).toBe("worklog.not_your_village");
    expect((await totals("county", "2026-10-03", "2026-10-03")).visit).toBe(0);
  });

  it("splits a batch that spans many days into transactions within DynamoDB's 100-item limit", async () => {
    const entries = Array.from({ length: 40 }, (_, i) =>
      visit(villageA, `2026-02-${String((i % 28) + 1).padStart(2, "0")}`),
    );
    const results = await withActor(asA, () => WorkLog.recordBatch({ entries }));
    expect(new Set(results.map((r) => r.entryId)).size).toBe(40);
    expect((await totals(`officer:${officerA}`, "2026-02-01", "2026-02-28")).visit).toBe(40);
    const again = await withActor(asA, () => WorkLog.recordBatch({ entries }));
    expect(again.every((r) => r.replayed)).toBe(true);
    expect((await totals(`officer:${officerA}`, "2026-02-01", "2026-02-28")).visit).toBe(40);
  });

  it("resolves a batch that repeats an earlier submission entry by entry, exactly once", async () => {
    const sent = visit(villageA, "2026-10-05");
    const first = await withActor(asA, () => WorkLog.record(sent));
    const results = await withActor(asA, () => WorkLog.recordBatch({ entries: [sent, visit(villageA, "2026-10-05")] }));
    expect(results[0]).toEqual({ entryId: first.entryId, replayed: true });
    expect(results[1]!.replayed).toBe(false);
    expect((await totals("county", "2026-10-05", "2026-10-05")).visit).toBe(2);
  });
});

describe("changing work", () => {
  it("moves counters when an entry changes village and day, and refuses a stale version", async () => {
    const { entryId } = await withActor(asA, () => WorkLog.record(visit(villageA, "2026-07-01")));
    const edited = await withActor(asA, () =>
      WorkLog.edit({
        entryId,
        version: 1,
        villageId: villageA2,
        gridId: "g2",
        occurredAt: at("2026-07-02"),
        details: { category: "visit", household: "3号" },
      }),
    );
    expect(edited.version).toBe(2);
    expect((await totals(`village:${villageA}`, "2026-07-01", "2026-07-02")).visit).toBe(0);
    expect((await totals(`village:${villageA2}`, "2026-07-02", "2026-07-02")).visit).toBe(1);
    expect((await totals("county", "2026-07-01", "2026-07-01")).visit).toBe(0);
    const stale = await failure(
      withActor(asA, () =>
        WorkLog.edit({
          entryId,
          version: 1,
          villageId: villageA,
          gridId: "g1",
          occurredAt: at("2026-07-02"),
          details: { category: "visit", household: "x" },
        }),
      ),
    );
    expect(stale.code).toBe("worklog.changed");
  });

  it("lets only one of two racing edits apply", async () => {
    const { entryId } = await withActor(asA, () => WorkLog.record(visit(villageA, "2026-07-10")));
    const edit = (day: string) =>
      withActor(asA, () =>
        WorkLog.edit({
          entryId,
          version: 1,
          villageId: villageA,
          gridId: "g1",
          occurredAt: at(day),
          details: { category: "visit", household: "x" },
        }),
      );
    const results = await Promise.allSettled([edit("2026-07-11"), edit("2026-07-12")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const figures = await totals(`officer:${officerA}`, "2026-07-10", "2026-07-12");
    expect(figures.visit).toBe(1);
  });

  it("moves a hazard forward only, with the fields each state needs, counting its elimination", async () => {
    const { entryId } = await withActor(asA, () =>
      WorkLog.record({
        idempotencyKey: randomUUID(),
        villageId: villageA,
        occurredAt: at("2026-08-01"),
        details: { category: "hazard", hazardKind: "fire", description: "消防通道堵塞" },
      }),
    );
    const hazard = (state: "found" | "rectifying" | "eliminated", extra: object = {}) => ({
      category: "hazard" as const,
      hazardKind: "fire" as const,
      description: "消防通道堵塞",
      state,
      ...extra,
    });
    const jump = await failure(
      withActor(asA, () =>
        WorkLog.edit({
          entryId,
          version: 1,
          villageId: villageA,
          occurredAt: at("2026-08-01"),
          details: hazard("eliminated", { measures: "清理" }),
        }),
      ),
    );
    expect(jump.fieldErrors?.["details.resolution"]).toBeDefined();
    await withActor(asA, () =>
      WorkLog.edit({
        entryId,
        version: 1,
        villageId: villageA,
        occurredAt: at("2026-08-01"),
        details: hazard("eliminated", { measures: "清理杂物", resolution: "通道已畅通" }),
      }),
    );
    const back = await failure(
      withActor(asA, () =>
        WorkLog.edit({
          entryId,
          version: 2,
          villageId: villageA,
          occurredAt: at("2026-08-01"),
          details: hazard("found"),
        }),
      ),
    );
    expect(back.code).toBe("worklog.hazard_backwards");
    const today = Counter.dayOf(Date.now());
    expect((await totals("county", "2026-01-01", today)).hazard_eliminated).toBeGreaterThanOrEqual(1);
  });

  it("removes an entry from every counter, and only its author may", async () => {
    const { entryId } = await withActor(asA, () => WorkLog.record(visit(villageA, "2026-09-09")));
    expect((await failure(withActor(asB, () => WorkLog.remove({ entryId, version: 1 })))).code).toBe(
      "worklog.not_found",
    );
    await withActor(asA, () => WorkLog.remove({ entryId, version: 1 }));
    for (const scope of ["county", `precinct:${precinctId}`, `village:${villageA}`, `officer:${officerA}`]) {
      expect((await totals(scope, "2026-09-09", "2026-09-09")).visit).toBe(0);
    }
  });
});

describe("recounting", () => {
  it("finds no drift after normal work, reports tampered counters, and fixes them", async () => {
    const { recount } = await import("../src/counter/recount");
    const system: Actor = { type: "system", properties: { countyId } };
    const clean = await withActor(system, () => recount());
    expect(clean.drifts).toEqual([]);
    expect(clean.entries).toBeGreaterThan(10);

    await db.entities.counter.update({ countyId, scope: "county", day: "2026-03-02" }).add({ visit: 5, deed: 1 }).go();
    const drifted = await withActor(system, () => recount({ fix: true }));
    expect(drifted.drifts).toEqual(
      expect.arrayContaining([
        { scope: "county", day: "2026-03-02", attribute: "visit", expected: 1, actual: 6 },
        { scope: "county", day: "2026-03-02", attribute: "deed", expected: 0, actual: 1 },
      ]),
    );
    expect((await withActor(system, () => recount())).drifts).toEqual([]);
  });
});
