import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { withActor, type Actor, type UserActor } from "../src/actor";
import { Counter } from "../src/counter/index";
import { recount } from "../src/counter/recount";
import { County } from "../src/county/index";
import { Officer } from "../src/officer/index";
import { Precinct } from "../src/precinct/index";
import { VisibleError } from "../src/util/errors";
import { Village } from "../src/village/index";
import { WorkLog } from "../src/worklog/index";

let countyId: string;
let precinctId: string;
let officerId: string;
let villages: string[];
let asOfficer: UserActor;
let asSystem: Actor;

beforeAll(async () => {
  countyId = await withActor({ type: "system", properties: {} }, () =>
    County.create({
      slug: "counter-props",
      nameZh: "龙门县",
      nameEn: "Longmen",
      cityZh: "惠州市",
      cityEn: "Huizhou",
      divisionCode: "441324",
      joinedOn: "2026-01-01",
    }),
  );
  asSystem = { type: "system", properties: { countyId } };
  await withActor(asSystem, async () => {
    precinctId = await Precinct.create({ nameZh: "龙城派出所" });
    officerId = await Officer.create({ slug: "lin", nameZh: "林志强", nameEn: "Lin", badge: "200001", precinctId });
    villages = [];
    for (const nameZh of ["一村", "二村", "三村"]) {
      const villageId = await Village.create({ precinctId, kind: "village", nameZh });
      await Village.assignOfficer({ villageId, officerId });
      villages.push(villageId);
    }
  });
  asOfficer = {
    type: "user",
    properties: { userId: "u-lin", role: "officer", countyId, precinctId, officerId, villageIds: villages },
  };
});

// Fixed past days: the test means the same next month as today.
const days = ["2026-03-02", "2026-03-03", "2026-06-30", "2026-07-01"];
const states = ["found", "rectifying", "eliminated"] as const;
type State = (typeof states)[number];

function detailsOf(category: "hazard" | "visit" | "opinion", state: State, text: string) {
  if (category === "hazard") {
    return {
      category,
      hazardKind: "electrical" as const,
      state,
      description: `楼道飞线${text}`,
      ...(state !== "found" ? { measures: "拆除飞线" } : {}),
      ...(state === "eliminated" ? { resolution: "已整改" } : {}),
    };
  }
  if (category === "visit") return { category, household: `${text}号 王家` };
  return { category, topic: "traffic" as const, summary: `路口${text}` };
}

const fields = {
  village: fc.nat({ max: 2 }),
  day: fc.nat({ max: days.length - 1 }),
  state: fc.nat({ max: 2 }),
  text: fc.constantFrom("一", "二", "三"),
  notes: fc.option(fc.constantFrom("夜间", "复查"), { nil: undefined }),
  photo: fc.option(fc.constant("/media/p/1.webp"), { nil: undefined }),
  grid: fc.constantFrom("g-01", "g-02"),
};
const command = fc.oneof(
  fc.record({ op: fc.constant("record" as const), category: fc.constantFrom("hazard", "visit", "opinion"), ...fields }),
  fc.record({ op: fc.constant("edit" as const), target: fc.nat(), ...fields }),
  fc.record({ op: fc.constant("remove" as const), target: fc.nat() }),
);

type Live = { entryId: string; version: number; category: "hazard" | "visit" | "opinion"; state: State };

async function assertNoDrift() {
  const { drifts } = await withActor(asSystem, () => recount());
  expect(drifts).toEqual([]);
}

async function assertAllZero() {
  const scopes = [
    "county",
    Counter.scope.precinct(precinctId),
    Counter.scope.officer(officerId),
    ...villages.map(Counter.scope.village),
  ];
  for (const scope of scopes) {
    const totals = await withActor(asSystem, () => Counter.totals({ scope, from: "2000-01-01", to: "2999-12-31" }));
    expect(totals, scope).toEqual(Counter.zero());
  }
}

async function fieldErrorOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(VisibleError);
  return (error as VisibleError).fieldErrors;
}

describe("work-log counters", () => {
  it("move with an eliminated hazard to another village, and are zero everywhere once it is removed", async () => {
    const { entryId } = await withActor(asOfficer, () =>
      WorkLog.record({
        idempotencyKey: randomUUID(),
        villageId: villages[0]!,
        occurredAt: "2026-03-02T10:00",
        details: detailsOf("hazard", "eliminated", "一"),
      }),
    );
    const moved = await withActor(asOfficer, () =>
      WorkLog.edit({
        entryId,
        version: 1,
        villageId: villages[1]!,
        occurredAt: "2026-03-02T10:00",
        details: detailsOf("hazard", "eliminated", "一"),
      }),
    );
    const inNew = await withActor(asSystem, () =>
      Counter.totals({ scope: Counter.scope.village(villages[1]!), from: "2026-03-02", to: "2026-03-02" }),
    );
    expect(inNew).toMatchObject({ hazard: 1, hazard_eliminated: 1 });
    await assertNoDrift();
    await withActor(asOfficer, () => WorkLog.remove({ entryId, version: moved.version }));
    await assertAllZero();
    await assertNoDrift();
  });

  it("stay equal to a rebuild from the entries over any sequence of record, edit and remove", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 7 }), async (commands) => {
        const live: Live[] = [];
        for (const c of commands) {
          if (c.op === "record") {
            const state = c.category === "hazard" ? states[c.state]! : "found";
            const { entryId } = await withActor(asOfficer, () =>
              WorkLog.record({
                idempotencyKey: randomUUID(),
                villageId: villages[c.village]!,
                gridId: c.grid,
                occurredAt: `${days[c.day]}T09:30`,
                notes: c.notes,
                photoUrl: c.photo,
                details: detailsOf(c.category, state, c.text),
              }),
            );
            live.push({ entryId, version: 1, category: c.category, state });
          } else if (live.length) {
            const index = c.target % live.length;
            const entry = live[index]!;
            if (c.op === "remove") {
              await withActor(asOfficer, () => WorkLog.remove({ entryId: entry.entryId, version: entry.version }));
              live.splice(index, 1);
            } else {
              // A hazard's state only moves forward.
              const state =
                entry.category === "hazard" ? states[Math.max(c.state, states.indexOf(entry.state))]! : "found";
              const { version } = await withActor(asOfficer, () =>
                WorkLog.edit({
                  entryId: entry.entryId,
                  version: entry.version,
                  villageId: villages[c.village]!,
                  gridId: c.grid,
                  occurredAt: `${days[c.day]}T16:45`,
                  notes: c.notes,
                  photoUrl: c.photo,
                  details: detailsOf(entry.category, state, c.text),
                }),
              );
              Object.assign(entry, { version, state });
            }
          }
          await assertNoDrift();
        }
        for (const entry of live) {
          await withActor(asOfficer, () => WorkLog.remove({ entryId: entry.entryId, version: entry.version }));
        }
        await assertAllZero();
        await assertNoDrift();
      }),
      { seed: 20261203, numRuns: 10 },
    );
  });

  it("refuses impossible dates with a field error and changes nothing", async () => {
    const impossible = [
      "2026-02-30T10:00",
      "2025-02-29T10:00",
      "2026-04-31T08:00",
      "2026-03-02T24:00",
      "2026-13-01T10:00",
    ];
    for (const occurredAt of impossible) {
      const errors = await fieldErrorOf(
        withActor(asOfficer, () =>
          WorkLog.record({
            idempotencyKey: randomUUID(),
            villageId: villages[0]!,
            occurredAt,
            details: detailsOf("opinion", "found", "一"),
          }),
        ),
      );
      expect(errors, occurredAt).toHaveProperty("occurredAt");
    }
    const { entryId } = await withActor(asOfficer, () =>
      WorkLog.record({
        idempotencyKey: randomUUID(),
        villageId: villages[0]!,
        occurredAt: "2026-02-28T10:00",
        details: detailsOf("hazard", "found", "一"),
      }),
    );
    const edit = { entryId, version: 1, villageId: villages[0]!, occurredAt: "2026-02-30T10:00" };
    expect(
      await fieldErrorOf(
        withActor(asOfficer, () => WorkLog.edit({ ...edit, details: detailsOf("hazard", "found", "一") })),
      ),
    ).toHaveProperty("occurredAt");
    const badRectifyBy = { ...detailsOf("hazard", "found", "一"), rectifyBy: "2026-02-30" };
    expect(
      await fieldErrorOf(
        withActor(asOfficer, () => WorkLog.edit({ ...edit, occurredAt: "2026-02-28T10:00", details: badRectifyBy })),
      ),
    ).toHaveProperty(["details.rectifyBy"]);
    const entry = await withActor(asOfficer, () => WorkLog.get(entryId));
    expect(entry).toMatchObject({ version: 1, day: "2026-02-28" });
    expect(
      await fieldErrorOf(
        withActor({ type: "system", properties: {} }, () =>
          County.create({
            slug: "no-such-day",
            nameZh: "惠东县",
            nameEn: "Huidong",
            cityZh: "惠州市",
            cityEn: "Huizhou",
            divisionCode: "441323",
            joinedOn: "2026-02-30",
          }),
        ),
      ),
    ).toHaveProperty("joinedOn");
    await withActor(asOfficer, () => WorkLog.remove({ entryId, version: 1 }));
    await assertAllZero();
  });
});
