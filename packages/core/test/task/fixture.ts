import { expect } from "vitest";
import { withActor, type Actor, type Role } from "../../src/actor";
import { Auth } from "../../src/auth/index";
import { Counter } from "../../src/counter/index";
import { County } from "../../src/county/index";
import { Officer } from "../../src/officer/index";
import { Precinct } from "../../src/precinct/index";
import { Task } from "../../src/task/index";
import { VisibleError } from "../../src/util/errors";
import { Village } from "../../src/village/index";

/**
 * Two counties. County A has precinct p1 (villages v1, v2; officers o1–o4, o1 serving v1 and o2
 * serving v2) and precinct p2 (village v3, officer o5 serving it); county B has one of each.
 * Every actor has a user record, so names appear in history and comments.
 */
export type World = Awaited<ReturnType<typeof buildWorld>>;

const system = (countyId?: string): Actor => ({ type: "system", properties: { countyId } });

export function asSystem<T>(countyId: string, callback: () => Promise<T>) {
  return withActor(system(countyId), callback);
}

export async function buildWorld() {
  const a = await withActor(system(), () =>
    County.create({
      slug: "county-a",
      nameZh: "甲县",
      nameEn: "County A",
      cityZh: "惠州市",
      cityEn: "Huizhou",
      divisionCode: "441322",
    }),
  );
  const b = await withActor(system(), () =>
    County.create({
      slug: "county-b",
      nameZh: "乙县",
      nameEn: "County B",
      cityZh: "惠州市",
      cityEn: "Huizhou",
      divisionCode: "441302",
    }),
  );
  await asSystem(a, async () => {
    for (const p of ["p1", "p2"]) await Precinct.create({ precinctId: p, nameZh: `${p}派出所` });
    const officers: Array<[string, string]> = [
      ["o1", "p1"],
      ["o2", "p1"],
      ["o3", "p1"],
      ["o4", "p1"],
      ["o5", "p2"],
    ];
    for (const [o, p] of officers) {
      await Officer.create({
        officerId: o,
        slug: `officer-${o}`,
        nameZh: `民警${o}`,
        nameEn: `Officer ${o}`,
        badge: `A${o}0000`,
        precinctId: p,
      });
    }
    for (const [v, p, o] of [
      ["v1", "p1", "o1"],
      ["v2", "p1", "o2"],
      ["v3", "p2", "o5"],
    ] as const) {
      await Village.create({ villageId: v, precinctId: p, kind: "village", nameZh: `${v}村`, nameEn: `${v} Village` });
      await Village.assignOfficer({ villageId: v, officerId: o });
    }
  });
  await asSystem(b, async () => {
    await Precinct.create({ precinctId: "bp1", nameZh: "乙派出所" });
    await Officer.create({
      officerId: "bo1",
      slug: "officer-bo1",
      nameZh: "乙民警",
      nameEn: "B officer",
      badge: "B00001",
      precinctId: "bp1",
    });
    await Village.create({ villageId: "bv1", precinctId: "bp1", kind: "village", nameZh: "乙村", nameEn: "B Village" });
  });

  const user = async (
    countyId: string,
    username: string,
    role: Role,
    extra: { precinctId?: string; officerId?: string; villageIds?: string[] } = {},
  ): Promise<Actor> => {
    const { villageIds = [], ...links } = extra;
    const userId = await Auth.createUser({
      countyId,
      username,
      displayName: `${username} 名`,
      password: "task-test-password",
      role,
      ...links,
    });
    return { type: "user", properties: { userId, role, countyId, villageIds, ...links } };
  };
  return {
    a,
    b,
    admin: await user(a, "admin-a", "county_admin"),
    supervisor: await user(a, "sup-p1", "precinct_supervisor", { precinctId: "p1" }),
    supervisor2: await user(a, "sup-p2", "precinct_supervisor", { precinctId: "p2" }),
    o1: await user(a, "o1", "officer", { officerId: "o1", precinctId: "p1", villageIds: ["v1"] }),
    o2: await user(a, "o2", "officer", { officerId: "o2", precinctId: "p1", villageIds: ["v2"] }),
    o3: await user(a, "o3", "officer", { officerId: "o3", precinctId: "p1" }),
    o5: await user(a, "o5", "officer", { officerId: "o5", precinctId: "p2", villageIds: ["v3"] }),
    health: await user(a, "health-a", "health_liaison"),
    bAdmin: await user(b, "admin-b", "county_admin"),
  };
}

/** A day relative to today in Asia/Shanghai: `day(-2)` is the day before yesterday. */
export function day(offset: number): string {
  return Counter.dayOf(Date.now() + offset * 86_400_000);
}

export function as<T>(actor: Actor, callback: () => Promise<T>): Promise<T> {
  return withActor(actor, callback);
}

export const taskInput = (overrides: Partial<Parameters<typeof Task.create>[0]> = {}) => ({
  title: "走访独居老人",
  description: "了解近况，登记需求",
  dueDate: day(3),
  priority: "normal" as const,
  villageId: "v1",
  officerIds: ["o1"],
  ...overrides,
});

/** The error a call rejects with; fails the test if it resolves or throws something else. */
export async function rejection(promise: Promise<unknown>): Promise<VisibleError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(VisibleError);
  return error as VisibleError;
}
