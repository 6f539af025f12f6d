import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { withActor, type Actor, type UserActor } from "../src/actor";
import { County } from "../src/county/index";
import { Dashboard, minimumSample } from "../src/dashboard/index";
import { Officer } from "../src/officer/index";
import { Precinct } from "../src/precinct/index";
import { VisibleError } from "../src/util/errors";
import { Village } from "../src/village/index";
import { WorkLog } from "../src/worklog/index";

let countyId: string;
let precinctId: string;
let otherPrecinctId: string;
let busy: string;
let quiet: string;
let villageBusy: string;
let villageQuiet: string;
let unassigned: string;
const admin = (): Actor => ({
  type: "user",
  properties: { userId: "a", role: "county_admin", countyId, villageIds: [] },
});
const officer = (officerId: string, villageIds: string[]): UserActor => ({
  type: "user",
  properties: { userId: `u-${officerId}`, role: "officer", countyId, precinctId, officerId, villageIds },
});

beforeAll(async () => {
  countyId = await withActor({ type: "system", properties: {} }, () =>
    County.create({
      slug: "dash",
      nameZh: "仲恺",
      nameEn: "Zhongkai",
      cityZh: "惠州市",
      cityEn: "Huizhou",
      divisionCode: "441372",
      joinedOn: "2026-01-01",
    }),
  );
  await withActor({ type: "system", properties: { countyId } }, async () => {
    precinctId = await Precinct.create({ nameZh: "陈江派出所" });
    otherPrecinctId = await Precinct.create({ nameZh: "惠环派出所" });
    busy = await Officer.create({ slug: "zhou", nameZh: "周究伟", nameEn: "Zhou", badge: "200001", precinctId });
    quiet = await Officer.create({ slug: "li", nameZh: "李青", nameEn: "Li", badge: "200002", precinctId });
    villageBusy = await Village.create({ precinctId, kind: "village", nameZh: "友嘉村" });
    villageQuiet = await Village.create({ precinctId, kind: "village", nameZh: "陈江村" });
    unassigned = await Village.create({ precinctId: otherPrecinctId, kind: "village", nameZh: "新村" });
    await Village.assignOfficer({ villageId: villageBusy, officerId: busy });
    await Village.assignOfficer({ villageId: villageQuiet, officerId: quiet });
  });
  const days = ["2026-03-02", "2026-03-03", "2026-03-10", "2026-03-17"];
  for (let i = 0; i < minimumSample + 4; i++) {
    await withActor(officer(busy, [villageBusy]), () =>
      WorkLog.record({
        idempotencyKey: randomUUID(),
        villageId: villageBusy,
        occurredAt: `${days[i % days.length]}T09:00`,
        details:
          i % 3
            ? { category: "dispute", disputeKind: "land", parties: 3, outcome: "mediated", summary: "宅基地" }
            : { category: "opinion", topic: "safety", summary: "路灯" },
      }),
    );
  }
  await withActor(officer(quiet, [villageQuiet]), () =>
    WorkLog.record({
      idempotencyKey: randomUUID(),
      villageId: villageQuiet,
      occurredAt: "2026-03-03T09:00",
      details: { category: "deed", summary: "修路灯" },
    }),
  );
});

const range = { from: "2026-01-01", to: "2026-06-30" };

describe("dashboards on counters", () => {
  it("gives a county its totals, a weekly trend, the precinct ranking and villages without an officer", async () => {
    const board = await withActor(admin(), () => Dashboard.forScope({ scope: "county", ...range }));
    expect(board.totals.dispute + board.totals.opinion + board.totals.deed).toBe(minimumSample + 5);
    expect(board.weeks[0]!.week).toBe("2025-12-29");
    const week = board.weeks.find((w) => w.week === "2026-03-02")!;
    expect(week.totals.dispute + week.totals.opinion + week.totals.deed).toBeGreaterThan(0);
    expect(board.ranking.map((r) => [r.name, r.entries, r.enough])).toEqual([
      ["陈江派出所", minimumSample + 5, true],
      ["惠环派出所", 0, false],
    ]);
    expect(board.villagesWithoutOfficer.map((v) => v.villageId)).toEqual([unassigned]);
  });

  it("ranks a precinct's officers, leaving those under the minimum sample unranked", async () => {
    const board = await withActor(admin(), () => Dashboard.forScope({ scope: `precinct:${precinctId}`, ...range }));
    expect(board.ranking.map((r) => [r.name, r.enough])).toEqual([
      ["周究伟", true],
      ["李青", false],
    ]);
  });

  it("defaults an officer to their own figures for the current half-year, and keeps them in their patch", async () => {
    const own = await withActor(officer(quiet, [villageQuiet]), () => Dashboard.forScope({ ...range }));
    expect(own.scope).toBe(`officer:${quiet}`);
    expect(own.totals.deed).toBe(1);
    const current = await withActor(officer(quiet, [villageQuiet]), () => Dashboard.forScope({}));
    expect(current.from <= current.to).toBe(true);
    const outside = await withActor(officer(quiet, [villageQuiet]), () =>
      Dashboard.forScope({ scope: `officer:${busy}`, ...range }).catch((e: unknown) => e),
    );
    expect(outside).toBeInstanceOf(VisibleError);
    expect((outside as VisibleError).code).toBe("dashboard.out_of_patch");
    const unknown = await withActor(admin(), () =>
      Dashboard.forScope({ scope: "village:nope", ...range }).catch((e: unknown) => e),
    );
    expect((unknown as VisibleError).code).toBe("dashboard.scope_not_found");
  });

  it("refuses backwards and overlong ranges", async () => {
    const backwards = await withActor(admin(), () =>
      Dashboard.forScope({ from: "2026-06-01", to: "2026-01-01" }).catch((e: unknown) => e),
    );
    expect((backwards as VisibleError).fieldErrors?.to).toBeDefined();
    const long = await withActor(admin(), () =>
      Dashboard.forScope({ from: "2020-01-01", to: "2026-01-01" }).catch((e: unknown) => e),
    );
    expect((long as VisibleError).fieldErrors?.from).toBeDefined();
  });
});
