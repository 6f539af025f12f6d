import { beforeAll, describe, expect, it } from "vitest";
import { dynamo } from "../src/db/client";
import { Task } from "../src/task/index";
import { as, asSystem, buildWorld, day, rejection, taskInput, type World } from "./task/fixture";
import { randomToken } from "../../../scripts/vitest/random";

let w: World;
const ids: Record<string, string> = {};

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

beforeAll(async () => {
  w = await buildWorld();
  // Backdated by the system actor, as an import would; officer o1 in p1 unless said otherwise.
  const make = (key: string, overrides: Parameters<typeof taskInput>[0]) =>
    asSystem(w.a, () => Task.create(taskInput({ title: key, ...overrides }))).then((id) => (ids[key] = id));
  await make("late-10-low", { dueDate: day(-10), priority: "low" });
  await make("late-10-urgent", { dueDate: day(-10), priority: "urgent" });
  await make("late-3", { dueDate: day(-3), priority: "normal" });
  await make("late-1-team", { dueDate: day(-1), priority: "high", officerIds: ["o1", "o2"] });
  await make("late-5-p2", { dueDate: day(-5), villageId: "v3", officerIds: ["o5"] });
  await make("late-2-o1-in-p2", { dueDate: day(-2), villageId: "v3", officerIds: ["o1"] });
  await make("today-normal", { dueDate: day(0), priority: "normal" });
  await make("today-urgent", { dueDate: day(0), priority: "urgent" });
  await make("soon", { dueDate: day(2), priority: "low" });
  await make("later", { dueDate: day(20), priority: "urgent" });
  await make("late-done", { dueDate: day(-4) });
  await make("late-cancelled", { dueDate: day(-6) });
  await as(w.o1, () => Task.transition({ taskId: ids["late-done"]!, version: 1, to: "in_progress" }));
  await as(w.o1, () => Task.transition({ taskId: ids["late-done"]!, version: 2, to: "done" }));
  await asSystem(w.a, () => Task.cancel({ taskId: ids["late-cancelled"]!, version: 1, reason: "作废" }));
  await as(w.o1, () => Task.transition({ taskId: ids["late-3"]!, version: 1, to: "in_progress" }));
  // Another county's overdue task never counts.
  await asSystem(w.b, () => Task.create(taskInput({ dueDate: day(-1), villageId: "bv1", officerIds: ["bo1"] })));
});

const titles = (items: Array<{ taskId: string }>) =>
  items.map((item) => Object.entries(ids).find(([, id]) => id === item.taskId)?.[0]);

describe("Task.overdue", () => {
  it("counts the active tasks due before today per scope, most overdue first, urgent first within a day", async () => {
    const county = await as(w.admin, () => Task.overdue({ scope: "county" }));
    expect(county).toMatchObject({ today: day(0), count: 6, exact: true });
    expect(titles(county.items)).toEqual([
      "late-10-urgent",
      "late-10-low",
      "late-5-p2",
      "late-3",
      "late-2-o1-in-p2",
      "late-1-team",
    ]);
    // A team task counts once in the county and the precinct, and once for each member.
    expect((await as(w.admin, () => Task.overdue({ scope: "precinct:p1" }))).count).toBe(4);
    expect((await as(w.admin, () => Task.overdue({ scope: "precinct:p2" }))).count).toBe(2);
    expect((await as(w.admin, () => Task.overdue({ scope: "officer:o1" }))).count).toBe(5);
    expect((await as(w.admin, () => Task.overdue({ scope: "officer:o2" }))).count).toBe(1);
    expect((await as(w.admin, () => Task.overdue({ scope: "officer:o3" }))).count).toBe(0);
    expect((await as(w.bAdmin, () => Task.overdue({ scope: "county" }))).count).toBe(1);
  });

  it("uses one Query when everything fits in `first`, and two (items, then COUNT) when it does not", async () => {
    const all = await countRequests(() => as(w.admin, () => Task.overdue({ scope: "county", first: 10 })));
    expect(all.commands).toEqual(["QueryCommand"]);
    for (const scope of ["county", "precinct:p1", "officer:o1"]) {
      const some = await countRequests(() => as(w.admin, () => Task.overdue({ scope, first: 2 })));
      expect(some.commands, scope).toEqual(["QueryCommand", "QueryCommand"]);
      expect(some.result.items, scope).toHaveLength(2);
    }
    const some = await as(w.admin, () => Task.overdue({ scope: "county", first: 2 }));
    expect({ count: some.count, exact: some.exact, first: titles(some.items) }).toEqual({
      count: 6,
      exact: true,
      first: ["late-10-urgent", "late-10-low"],
    });
  });

  it("keeps each role to its patch", async () => {
    expect((await as(w.supervisor, () => Task.overdue({ scope: "precinct:p1" }))).count).toBe(4);
    // A supervisor sees an officer's overdue tasks of their own precinct only: o1 has one in p2.
    const o1 = await as(w.supervisor, () => Task.overdue({ scope: "officer:o1" }));
    expect(o1.count).toBe(4);
    expect(titles(o1.items)).not.toContain("late-2-o1-in-p2");
    // The same with the COUNT request, which applies the same filter.
    const firstOnly = await as(w.supervisor, () => Task.overdue({ scope: "officer:o1", first: 1 }));
    expect({ count: firstOnly.count, first: titles(firstOnly.items) }).toEqual({ count: 4, first: ["late-10-urgent"] });
    expect((await rejection(as(w.supervisor, () => Task.overdue({ scope: "county" })))).code).toBe(
      "task.outside_precinct",
    );
    expect((await rejection(as(w.supervisor, () => Task.overdue({ scope: "precinct:p2" })))).code).toBe(
      "task.outside_precinct",
    );
    expect((await as(w.o1, () => Task.overdue({ scope: "officer:o1" }))).count).toBe(5);
    expect((await rejection(as(w.o1, () => Task.overdue({ scope: "officer:o2" })))).code).toBe("task.not_own");
    expect((await rejection(as(w.o1, () => Task.overdue({ scope: "precinct:p1" })))).code).toBe("task.not_own");
    expect((await rejection(as(w.health, () => Task.overdue({ scope: "county" })))).kind).toBe("forbidden");
    expect((await rejection(as(w.admin, () => Task.overdue({ scope: "village:v1" })))).code).toBe("input.invalid");
  });
});

describe("Task.today", () => {
  it("puts overdue first, then today's, then the rest by due date and priority, and the last closed", async () => {
    const today = await as(w.o1, () => Task.today());
    expect(titles(today.overdue)).toEqual([
      "late-10-urgent",
      "late-10-low",
      "late-3",
      "late-2-o1-in-p2",
      "late-1-team",
    ]);
    expect(titles(today.dueToday)).toEqual(["today-urgent", "today-normal"]);
    expect(titles(today.upcoming)).toEqual(["soon", "later"]);
    expect(titles(today.recentlyClosed)).toEqual(["late-cancelled", "late-done"]);
    expect(today.overdue.find((t) => t.taskId === ids["late-3"])).toMatchObject({ state: "in_progress", version: 2 });
    expect(today.truncated).toBe(false);
  });

  it("needs an officer record", async () => {
    expect((await rejection(as(w.supervisor, () => Task.today()))).code).toBe("task.no_officer_record");
  });
});

describe("Task.list", () => {
  it("lists a precinct's active tasks by due date, filters by state and pages with a cursor", async () => {
    const active = await as(w.supervisor, () => Task.list({}));
    expect(titles(active.items)).toEqual([
      "late-10-urgent",
      "late-10-low",
      "late-3",
      "late-1-team",
      "today-urgent",
      "today-normal",
      "soon",
      "later",
    ]);
    const progressing = await as(w.supervisor, () => Task.list({ state: "in_progress" }));
    expect(titles(progressing.items)).toEqual(["late-3"]);
    const done = await as(w.supervisor, () => Task.list({ state: "done" }));
    expect(titles(done.items)).toEqual(["late-done"]);
    const closed = await as(w.supervisor, () => Task.list({ state: "closed" }));
    expect(titles(closed.items)).toEqual(["late-cancelled", "late-done"]);

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await as(w.supervisor, () => Task.list({ limit: 3, cursor }));
      seen.push(...page.items.map((item) => item.taskId));
      cursor = page.cursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(active.items.map((item) => item.taskId));
  });

  it("refuses a cursor made for another queue", async () => {
    const page = await as(w.admin, () => Task.list({ scope: "county", limit: 1 }));
    expect(page.cursor).toBeTruthy();
    const error = await rejection(as(w.supervisor, () => Task.list({ cursor: page.cursor! })));
    expect(error).toMatchObject({ kind: "input", code: "input.invalid_cursor" });
    const forged = Buffer.from(JSON.stringify({ pk: "$cunjing#countyid_other", sk: "x" })).toString("base64url");
    expect((await rejection(as(w.admin, () => Task.list({ cursor: forged })))).code).toBe("input.invalid_cursor");
    expect((await rejection(as(w.admin, () => Task.list({ cursor: "not-a-cursor" })))).code).toBe(
      "input.invalid_cursor",
    );
  });

  it("shows officers their own queue only", async () => {
    const mine = await as(w.o2, () => Task.list({}));
    expect(titles(mine.items)).toEqual(["late-1-team"]);
    expect((await rejection(as(w.o2, () => Task.list({ scope: "officer:o1" })))).code).toBe("task.not_own");
  });
});

describe("Task.assignable", () => {
  it("offers a supervisor the officers and villages of the precinct", async () => {
    const options = await as(w.supervisor, () => Task.assignable({}));
    expect(options.officers.map((o) => o.officerId).sort()).toEqual(["o1", "o2", "o3", "o4"]);
    expect(options.villages.map((v) => v.villageId).sort()).toEqual(["v1", "v2"]);
    expect((await rejection(as(w.supervisor, () => Task.assignable({ precinctId: "p2" })))).code).toBe(
      "task.outside_precinct",
    );
    const county = await as(w.admin, () => Task.assignable({}));
    expect(county.officers).toHaveLength(5);
    expect((await as(w.admin, () => Task.assignable({ precinctId: "p2" }))).villages.map((v) => v.villageId)).toEqual([
      "v3",
    ]);
    expect((await rejection(as(w.o1, () => Task.assignable({})))).kind).toBe("forbidden");
  });
});
