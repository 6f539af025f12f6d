import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { withActor, type Actor, type UserActor } from "../src/actor";
import { Audit } from "../src/audit/index";
import { County } from "../src/county/index";
import { Excellence } from "../src/excellence/index";
import { Officer } from "../src/officer/index";
import { Precinct } from "../src/precinct/index";
import { Rating, RatingCode } from "../src/rating/index";
import { Task } from "../src/task/index";
import { VisibleError } from "../src/util/errors";
import { Village } from "../src/village/index";
import { WorkLog } from "../src/worklog/index";

/**
 * A small county of six villages, one half-year (2026-07-01 … 2026-12-31) generated through the
 * real write paths (work log, rating codes, ratings, hazard follow-up tasks), evaluated on the
 * half-year's last day with the default criteria: coverage ≥ 80 % of weeks, ≥ 3 verified ratings
 * averaging ≥ 4, no hazard follow-up open more than 30 days.
 *
 * The half-year's weeks (Monday-based) run from Mon 2026-06-29 (the week of 1 July) to
 * Mon 2026-12-28: (Dec 28 − Jun 29) = 182 days = 26 weeks after the first, so 27 weeks.
 *
 * Each officer visits once a week for the first N weeks (Thursdays from 07-02). Other work counts
 * too: the three contacts rated in December are logged on 2026-12-30 (week 27, from Mon 12-28),
 * and a hazard entry on the day it was found: 11-15 (a Sunday, week 20 from Mon 11-09, already a
 * visit week for 北村) and 12-20 (a Sunday, week 25 from Mon 12-14, after 中村's 24 visit weeks).
 *
 * | village | visit weeks | + others  | coverage         | verified ratings | average      | open hazard       | excellent? |
 * |---------|-------------|-----------|------------------|------------------|--------------|-------------------|------------|
 * | 西村 V1 | 27          | (already) | 27/27 = 100 %    | 5, 4, 5          | 14/3 = 4.67  | none              | yes        |
 * | 东村 V2 | 20          | 21 (+27)  | 21/27 = 77.78 %  | 5, 5, 5          | 5.00         | none              | no: coverage |
 * | 南村 V3 | 27          | (already) | 100 %            | 4, 4, 3          | 11/3 = 3.67  | none              | no: satisfaction |
 * | 北村 V4 | 22          | 23 (+27)  | 23/27 = 85.19 %  | 4, 5, 4          | 13/3 = 4.33  | since 11-15: 46 d | no: hazards |
 * | 中村 V5 | 24          | 26 (+25, +27) | 26/27 = 96.30 % | 4, 4, 4          | 4.00 (= min) | since 12-20: 11 d | yes        |
 * | 新村 V6 | no officer  | —         | 0 %              | —                | —            | none              | no: officer, coverage, ratings |
 *
 * By hand: 2 of 6 villages excellent = 33.33 % (target 30 %). After the county admin confirms all
 * six and overrides 东村 to excellent (a reason given), 3 of 6 = 50 %.
 */

const plan = [
  { key: "v1", name: "西村", weeks: 27, ratings: [5, 4, 5] },
  { key: "v2", name: "东村", weeks: 20, ratings: [5, 5, 5] },
  { key: "v3", name: "南村", weeks: 27, ratings: [4, 4, 3] },
  { key: "v4", name: "北村", weeks: 22, ratings: [4, 5, 4], hazardOn: "2026-11-15" },
  { key: "v5", name: "中村", weeks: 24, ratings: [4, 4, 4], hazardOn: "2026-12-20" },
] as const;

let countyId = "";
let system: Actor;
let admin: UserActor;
const villages = new Map<string, string>();
const officers = new Map<string, UserActor>();

/** Asia/Shanghai noon of a day, as an instant (the fake clock's "now"). */
const noon = (day: string) => new Date(`${day}T04:00:00Z`);
const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  // Only Date is faked: the generated half-year is written "as it happened", timers stay real.
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(noon("2026-07-01"));
  countyId = await withActor({ type: "system", properties: {} }, () =>
    County.create({
      slug: "excellence-small",
      nameZh: "小县",
      nameEn: "Small",
      cityZh: "惠州市",
      cityEn: "Huizhou",
      divisionCode: "441322",
      joinedOn: "2026-07-01",
    }),
  );
  system = { type: "system", properties: { countyId } };
  admin = {
    type: "user",
    properties: { userId: `admin-${randomUUID()}`, role: "county_admin", countyId, villageIds: [] },
  };
  await withActor(system, async () => {
    const precinctId = await Precinct.create({ nameZh: "派出所" });
    for (const [i, village] of plan.entries()) {
      const villageId = await Village.create({ precinctId, kind: "village", nameZh: village.name });
      const officerId = await Officer.create({
        slug: `o-${village.key}`,
        nameZh: `民警${i + 1}`,
        nameEn: `Officer ${i + 1}`,
        badge: `90000${i + 1}`,
        precinctId,
      });
      await Village.assignOfficer({ villageId, officerId });
      villages.set(village.key, villageId);
      officers.set(village.key, {
        type: "user",
        properties: {
          userId: `u-${village.key}`,
          role: "officer",
          countyId,
          precinctId,
          officerId,
          villageIds: [villageId],
        },
      });
    }
    villages.set("v6", await Village.create({ precinctId, kind: "village", nameZh: "新村" }));
  });

  // One household visit on the Thursday of each of the first `weeks` weeks (Thu 2026-07-02 is in week 1).
  for (const village of plan) {
    const officer = officers.get(village.key)!;
    const entries = Array.from({ length: village.weeks }, (_, week) => ({
      idempotencyKey: randomUUID(),
      villageId: villages.get(village.key)!,
      gridId: "g1",
      occurredAt: `${addDays("2026-07-02", week * 7)}T10:00`,
      details: { category: "visit" as const, household: `${week + 1}号` },
    }));
    vi.setSystemTime(noon("2026-12-31"));
    await withActor(officer, () => WorkLog.recordBatch({ entries }));
  }

  // Hazard follow-ups still open on 31 December, opened on the day the hazard was found.
  for (const village of plan) {
    if (!("hazardOn" in village)) continue;
    vi.setSystemTime(noon(village.hazardOn));
    const officer = officers.get(village.key)!;
    const entry = await withActor(officer, () =>
      WorkLog.record({
        idempotencyKey: randomUUID(),
        villageId: villages.get(village.key)!,
        gridId: "g1",
        occurredAt: `${village.hazardOn}T09:00`,
        details: { category: "hazard", hazardKind: "electrical", state: "found", description: "电线裸露" },
      }),
    );
    await withActor(system, () =>
      Task.create({
        title: "整改电线",
        dueDate: addDays(village.hazardOn, 7),
        villageId: villages.get(village.key)!,
        officerIds: [officer.properties.officerId!],
        source: { kind: "hazard", workLogId: entry.entryId },
      }),
    );
  }

  // Verified ratings (a code from a logged contact) in December: they count toward 2026-h2.
  vi.setSystemTime(noon("2026-12-31"));
  for (const village of plan) {
    const officer = officers.get(village.key)!;
    for (const [i, overall] of village.ratings.entries()) {
      const contact = await withActor(officer, () =>
        WorkLog.record({
          idempotencyKey: randomUUID(),
          villageId: villages.get(village.key)!,
          gridId: "g1",
          occurredAt: `2026-12-30T1${i}:00`,
          details: { category: "help", helpKind: "certificate", summary: "帮助办理证件" },
        }),
      );
      const { code } = await withActor(officer, () => RatingCode.issue({ workLogId: contact.entryId }));
      await withActor({ type: "public", properties: { countyId } }, () =>
        Rating.submit({
          officerId: officer.properties.officerId!,
          idempotencyKey: randomUUID(),
          code,
          overall,
          responsiveness: overall,
          courtesy: overall,
          solved: "yes",
          ip: `10.1.${i}.${village.key.slice(1)}`,
        }),
      );
    }
  }
}, 240_000);

afterAll(() => {
  vi.useRealTimers();
});

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(VisibleError);
  return error as VisibleError;
}

describe("excellent villages", () => {
  it("evaluates the half-year from counters and ratings as computed by hand", async () => {
    const progress = await withActor(admin, () => Excellence.evaluate({ period: "2026-h2" }));
    // Computed: 2 of 6 proposed; nothing decided yet, so nothing is excellent yet.
    expect(progress).toMatchObject({ villages: 6, proposed: 2, decided: 0, excellent: 0, target: 30 });

    const { items } = await withActor(admin, () => Excellence.board({ period: "2026-h2" }));
    const byName = Object.fromEntries(items.map((r) => [r.nameZh, r]));
    expect(byName["西村"]).toMatchObject({
      weeks: 27,
      weeksWorked: 27,
      coverage: 100,
      verifiedRatings: 3,
      staleHazards: 0,
      meets: true,
      misses: [],
    });
    expect(byName["西村"]!.satisfaction).toBeCloseTo(14 / 3, 5);
    expect(byName["东村"]).toMatchObject({ weeksWorked: 21, meets: false, misses: ["coverage"] });
    expect(byName["东村"]!.coverage).toBeCloseTo((100 * 21) / 27, 5);
    expect(byName["南村"]).toMatchObject({ coverage: 100, meets: false, misses: ["satisfaction"] });
    expect(byName["南村"]!.satisfaction).toBeCloseTo(11 / 3, 5);
    expect(byName["北村"]).toMatchObject({ weeksWorked: 23, staleHazards: 1, meets: false, misses: ["hazards"] });
    expect(byName["北村"]!.coverage).toBeCloseTo((100 * 23) / 27, 5);
    expect(byName["中村"]).toMatchObject({ weeksWorked: 26, satisfaction: 4, staleHazards: 0, meets: true });
    expect(byName["新村"]).toMatchObject({ coverage: 0, meets: false, misses: ["officer", "coverage", "ratings"] });
  });

  it("counts a village as excellent once the county admin confirms or overrides it, with an audit trail", async () => {
    for (const villageId of villages.values()) {
      await withActor(admin, () => Excellence.decide({ decision: "confirm", period: "2026-h2", villageId }));
    }
    let board = await withActor(admin, () => Excellence.board({ period: "2026-h2" }));
    // Hand-verified: 2 / 6 = 33.33 %.
    expect(board.progress).toMatchObject({ villages: 6, decided: 6, excellent: 2 });
    expect(board.progress.share).toBeCloseTo(33.333, 2);

    const missingReason = await failure(
      withActor(admin, () =>
        Excellence.decide({
          decision: "override",
          period: "2026-h2",
          villageId: villages.get("v2")!,
          excellent: true,
          reason: "",
        }),
      ),
    );
    expect(missingReason.fieldErrors).toHaveProperty("reason");
    await withActor(admin, () =>
      Excellence.decide({
        decision: "override",
        period: "2026-h2",
        villageId: villages.get("v2")!,
        excellent: true,
        reason: "汛期停工两个月，经县局核实",
      }),
    );
    board = await withActor(admin, () => Excellence.board({ period: "2026-h2" }));
    // Hand-verified: 3 / 6 = 50 %.
    expect(board.progress).toMatchObject({ excellent: 3, share: 50 });

    const publicList = await withActor({ type: "public", properties: { countyId } }, () => Excellence.published());
    expect(publicList.period).toBe("2026-h2");
    expect(publicList.villages.map((v) => v.nameZh).sort()).toEqual(["东村", "中村", "西村"].sort());

    // The county page reads the same progress off the roster, without another request.
    const roster = await withActor({ type: "public", properties: { countyId } }, () => County.roster());
    expect(Excellence.progressOf(roster.county, roster.excellence)).toEqual({
      period: "2026-h2",
      villages: 6,
      excellent: 3,
      share: 50,
      target: 30,
    });

    const events = await Audit.list(countyId, new Date().toISOString().slice(0, 7));
    const override = events.find((e) => e.action === "excellence.overridden");
    expect(override?.detail).toMatchObject({ excellent: true, computed: false, reason: "汛期停工两个月，经县局核实" });
    expect(events.filter((e) => e.action === "excellence.confirmed")).toHaveLength(6);
  });

  it("keeps decisions when a re-evaluation gives the same outcome, and lets only county admins decide", async () => {
    await withActor(admin, () => Excellence.evaluate({ period: "2026-h2" }));
    const board = await withActor(admin, () => Excellence.board({ period: "2026-h2" }));
    expect(board.progress).toMatchObject({ decided: 6, excellent: 3 });
    const officer = officers.get("v1")!;
    expect((await failure(withActor(officer, () => Excellence.evaluate({ period: "2026-h2" })))).kind).toBe(
      "forbidden",
    );
    const bad = await failure(withActor(admin, () => Excellence.evaluate({ period: "2026-h3" })));
    expect(bad.fieldErrors).toHaveProperty("period");
  });

  it("shows a supervisor their own precinct's results only, and lets them decide nothing", async () => {
    const supervisorOf = (precinctId: string): Actor => ({
      type: "user",
      properties: { userId: `sup-${precinctId}`, role: "precinct_supervisor", countyId, precinctId, villageIds: [] },
    });
    const own = supervisorOf(officers.get("v1")!.properties.precinctId!);
    const board = await withActor(own, () => Excellence.board({ period: "2026-h2" }));
    expect(board.items).toHaveLength(6);
    expect(board.progress).toMatchObject({ villages: 6, excellent: 3 });
    expect((await withActor(own, () => Excellence.criteria())).lastPeriod).toBe("2026-h2");

    const elsewhere = await withActor(system, () => Precinct.create({ nameZh: "另一派出所" }));
    const other = await withActor(supervisorOf(elsewhere), () => Excellence.board({ period: "2026-h2" }));
    expect(other.items).toEqual([]);
    expect(other.progress).toMatchObject({ villages: 0, excellent: 0 });
    const villageId = villages.get("v1")!;
    expect(
      (await failure(withActor(own, () => Excellence.decide({ decision: "confirm", period: "2026-h2", villageId }))))
        .kind,
    ).toBe("forbidden");
  });
});
