import { beforeAll, describe, expect, it } from "vitest";
import { Audit } from "../src/audit/index";
import { db } from "../src/db/service";
import { Task } from "../src/task/index";
import { WorkLog } from "../src/worklog/index";
import { as, asSystem, buildWorld, day, rejection, taskInput, type World } from "./task/fixture";
import { randomToken } from "../../../scripts/vitest/random";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

describe("assigning a task", () => {
  it("lets a supervisor assign to an officer of the precinct, with queue entries for county, precinct and officer", async () => {
    const taskId = await as(w.supervisor, () => Task.create(taskInput({ title: "排查出租屋", priority: "high" })));
    const { task, comments, can } = await as(w.supervisor, () => Task.get(taskId));
    expect(task).toMatchObject({
      state: "open",
      version: 1,
      precinctId: "p1",
      villageId: "v1",
      villageNameZh: "v1村",
      officerIds: ["o1"],
      assignees: [{ officerId: "o1", nameZh: "民警o1", nameEn: "Officer o1" }],
      assignedByName: "sup-p1 名",
      assignedByRole: "precinct_supervisor",
      priority: "high",
    });
    expect(task.history).toEqual([expect.objectContaining({ state: "open", byName: "sup-p1 名" })]);
    expect(comments).toEqual([]);
    expect(can).toEqual({ start: false, finish: false, cancel: true, comment: true });

    for (const scope of ["county", "precinct:p1", "officer:o1"]) {
      const { data } = await db.entities.taskOpen.query.byDue({ countyId: w.a, taskScope: scope }).go();
      expect(
        data.map((entry) => entry.taskId),
        scope,
      ).toContain(taskId);
    }
    const events = await Audit.list(w.a, new Date().toISOString().slice(0, 7));
    expect(events.find((event) => event.subject === taskId)).toMatchObject({
      action: "task.assigned",
      actorRole: "precinct_supervisor",
    });
  });

  it("lets a county admin assign a team across precincts; the task belongs to the village's precinct", async () => {
    const taskId = await as(w.admin, () => Task.create(taskInput({ villageId: "v3", officerIds: ["o1", "o5"] })));
    const { task } = await as(w.admin, () => Task.get(taskId));
    expect(task.precinctId).toBe("p2");
    expect(task.officerIds).toEqual(["o1", "o5"]);
  });

  it("refuses officers, who only open follow-ups of their own hazards", async () => {
    const error = await rejection(as(w.o1, () => Task.create(taskInput())));
    expect(error).toMatchObject({ kind: "forbidden", code: "task.officer_cannot_assign" });
  });

  it("refuses other roles", async () => {
    expect((await rejection(as(w.health, () => Task.create(taskInput())))).kind).toBe("forbidden");
    expect(
      (await rejection(as({ type: "public", properties: { countyId: w.a } }, () => Task.create(taskInput())))).kind,
    ).toBe("unauthorized");
  });

  it("keeps a supervisor inside the precinct", async () => {
    const village = await rejection(as(w.supervisor, () => Task.create(taskInput({ villageId: "v3" }))));
    expect(village).toMatchObject({ kind: "forbidden", code: "task.village_outside_precinct" });
    const officer = await rejection(as(w.supervisor, () => Task.create(taskInput({ officerIds: ["o1", "o5"] }))));
    expect(officer).toMatchObject({ kind: "forbidden", code: "task.officer_outside_precinct" });
  });

  it("refuses a team of four, an empty team and the same officer twice", async () => {
    const four = await rejection(
      as(w.supervisor, () => Task.create(taskInput({ officerIds: ["o1", "o2", "o3", "o4"] }))),
    );
    expect(four).toMatchObject({ kind: "input", code: "input.invalid" });
    expect(four.fieldErrors?.officerIds).toEqual(["A team has at most 3 officers"]);
    const none = await rejection(as(w.supervisor, () => Task.create(taskInput({ officerIds: [] }))));
    expect(none.fieldErrors?.officerIds).toEqual(["Choose at least one officer"]);
    const twice = await rejection(as(w.supervisor, () => Task.create(taskInput({ officerIds: ["o1", "o1"] }))));
    expect(twice.fieldErrors?.officerIds).toEqual(["Choose each officer once"]);
  });

  it("answers another county's officer or village with 'not found'", async () => {
    const officer = await rejection(as(w.admin, () => Task.create(taskInput({ officerIds: ["bo1"] }))));
    expect(officer).toMatchObject({ kind: "not_found", code: "officer.not_found" });
    const village = await rejection(as(w.admin, () => Task.create(taskInput({ villageId: "bv1" }))));
    expect(village).toMatchObject({ kind: "not_found", code: "village.not_found" });
    // County B's own admin does see them; county A's ids are unknown there.
    const fromB = await rejection(as(w.bAdmin, () => Task.create(taskInput({ villageId: "v1", officerIds: ["bo1"] }))));
    expect(fromB.code).toBe("village.not_found");
  });

  it("checks titles, due dates and priorities", async () => {
    const past = await rejection(as(w.supervisor, () => Task.create(taskInput({ dueDate: day(-1) }))));
    expect(past).toMatchObject({
      kind: "input",
      code: "task.due_in_past",
      fieldErrors: { dueDate: ["The due date has passed"] },
    });
    const far = await rejection(as(w.supervisor, () => Task.create(taskInput({ dueDate: day(400) }))));
    expect(far.code).toBe("task.due_too_far");
    const bad = await rejection(
      as(w.supervisor, () =>
        Task.create(taskInput({ title: " ", dueDate: "2026-02-30", priority: "whenever" as never })),
      ),
    );
    expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["dueDate", "priority", "title"]);
    // Due today is fine; the system actor may also backdate (imports, seeding).
    await as(w.supervisor, () => Task.create(taskInput({ dueDate: day(0) })));
    await asSystem(w.a, () => Task.create(taskInput({ dueDate: day(-30) })));
  });
});

describe("follow-up tasks of hazard entries", () => {
  async function logHazard(actor = w.o1, villageId = "v1") {
    const { entryId } = await as(actor, () =>
      WorkLog.record({
        idempotencyKey: `hazard-${randomToken()}`,
        villageId,
        occurredAt: Date.now() - 60_000,
        details: { category: "hazard", hazardKind: "electrical", state: "found", description: "楼道电线老化" },
      }),
    );
    return entryId;
  }
  const followUp = (workLogId: string, overrides = {}) =>
    taskInput({ title: "跟进整改", source: { kind: "hazard", workLogId }, ...overrides });

  it("lets the officer who logged a hazard open one follow-up task for themselves", async () => {
    const workLogId = await logHazard();
    const taskId = await as(w.o1, () => Task.create(followUp(workLogId)));
    const { task } = await as(w.o1, () => Task.get(taskId));
    expect(task).toMatchObject({
      source: { kind: "hazard", workLogId },
      sourceKind: "hazard",
      officerIds: ["o1"],
      assignedByRole: "officer",
    });
    const again = await rejection(as(w.o1, () => Task.create(followUp(workLogId))));
    expect(again).toMatchObject({ kind: "conflict", code: "task.follow_up_exists" });
    // The supervisor can see and cancel it; the officer who opened it can too.
    expect((await as(w.supervisor, () => Task.get(taskId))).can.cancel).toBe(true);
    expect((await as(w.o1, () => Task.get(taskId))).can).toMatchObject({ start: true, cancel: true });
  });

  it("refuses follow-ups for someone else, of someone else's hazard, or elsewhere", async () => {
    const workLogId = await logHazard();
    const forOthers = await rejection(as(w.o1, () => Task.create(followUp(workLogId, { officerIds: ["o1", "o2"] }))));
    expect(forOthers.code).toBe("task.follow_up_self_only");
    const notMine = await rejection(
      as(w.o2, () => Task.create(followUp(workLogId, { villageId: "v2", officerIds: ["o2"] }))),
    );
    expect(notMine).toMatchObject({ kind: "not_found", code: "task.source_not_found" });
    const otherVillage = await rejection(
      as(w.o2, () => Task.create(followUp(workLogId, { villageId: "v1", officerIds: ["o2"] }))),
    );
    expect(otherVillage.code).toBe("task.village_outside_patch");
    const unknown = await rejection(as(w.o1, () => Task.create(followUp("nosuchentry"))));
    expect(unknown.code).toBe("task.source_not_found");
  });

  it("lets a supervisor open the follow-up of a hazard in the precinct for the team they choose", async () => {
    const workLogId = await logHazard();
    const taskId = await as(w.supervisor, () => Task.create(followUp(workLogId, { officerIds: ["o1", "o2"] })));
    expect((await as(w.o2, () => Task.get(taskId))).task.source).toEqual({ kind: "hazard", workLogId });
    const inV2 = await logHazard(w.o2, "v2");
    const wrongVillage = await rejection(as(w.supervisor, () => Task.create(followUp(inV2))));
    expect(wrongVillage.code).toBe("task.source_not_found");
  });
});
