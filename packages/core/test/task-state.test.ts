import { beforeAll, describe, expect, it } from "vitest";
import { Audit } from "../src/audit/index";
import { Task } from "../src/task/index";
import { as, buildWorld, rejection, taskInput, type World } from "./task/fixture";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

const assign = (overrides = {}) => as(w.supervisor, () => Task.create(taskInput(overrides)));

describe("task states", () => {
  it("moves open → in_progress → done for an assignee, bumping the version and recording history", async () => {
    const taskId = await assign();
    const started = await as(w.o1, () => Task.transition({ taskId, version: 1, to: "in_progress" }));
    expect(started).toMatchObject({ changed: true, task: { state: "in_progress", version: 2 } });
    const done = await as(w.o1, () => Task.transition({ taskId, version: 2, to: "done", note: "已走访" }));
    expect(done.task).toMatchObject({ state: "done", version: 3 });
    const { task, can } = await as(w.supervisor, () => Task.get(taskId));
    expect(task.closedAt).toBeTypeOf("number");
    expect(task.history.map((h) => [h.state, h.byName, h.note])).toEqual([
      ["open", "sup-p1 名", undefined],
      ["in_progress", "o1 名", undefined],
      ["done", "o1 名", "已走访"],
    ]);
    expect(can).toEqual({ start: false, finish: false, cancel: false, comment: true });
    const events = (await Audit.list(w.a, new Date().toISOString().slice(0, 7))).filter((e) => e.subject === taskId);
    expect(events.map((e) => [e.action, e.detail]).reverse()).toEqual([
      ["task.assigned", expect.objectContaining({ officerIds: "o1" })],
      ["task.state_changed", { from: "open", to: "in_progress", version: 2 }],
      ["task.state_changed", { from: "in_progress", to: "done", version: 3 }],
    ]);
  });

  it("refuses illegal transitions with a clear conflict", async () => {
    const taskId = await assign();
    const skip = await rejection(as(w.o1, () => Task.transition({ taskId, version: 1, to: "done" })));
    expect(skip).toMatchObject({
      kind: "conflict",
      code: "task.illegal_transition",
      message: "A task that is open cannot become done",
    });
    await as(w.o1, () => Task.transition({ taskId, version: 1, to: "in_progress" }));
    await as(w.o1, () => Task.transition({ taskId, version: 2, to: "done" }));
    const reopen = await rejection(as(w.o1, () => Task.transition({ taskId, version: 3, to: "in_progress" })));
    expect(reopen.message).toBe("A task that is done cannot become in progress");
    const cancelDone = await rejection(as(w.supervisor, () => Task.cancel({ taskId, version: 3, reason: "重复" })));
    expect(cancelDone.code).toBe("task.illegal_transition");

    const cancelled = await assign();
    await as(w.supervisor, () => Task.cancel({ taskId: cancelled, version: 1, reason: "任务取消" }));
    for (const to of ["in_progress", "done"] as const) {
      const error = await rejection(as(w.o1, () => Task.transition({ taskId: cancelled, version: 2, to })));
      expect(error.code).toBe("task.illegal_transition");
    }
    const bogus = await rejection(as(w.o1, () => Task.transition({ taskId, version: 3, to: "cancelled" as never })));
    expect(bogus.code).toBe("input.invalid");
  });

  it("lets only assignees move a task, and only those who may cancel cancel it", async () => {
    const taskId = await assign();
    const supervisorMoves = await rejection(
      as(w.supervisor, () => Task.transition({ taskId, version: 1, to: "in_progress" })),
    );
    expect(supervisorMoves).toMatchObject({ kind: "forbidden", code: "task.not_assignee" });
    const otherOfficer = await rejection(as(w.o2, () => Task.transition({ taskId, version: 1, to: "in_progress" })));
    expect(otherOfficer).toMatchObject({ kind: "not_found", code: "task.not_found" });
    const officerCancels = await rejection(as(w.o1, () => Task.cancel({ taskId, version: 1, reason: "不想做" })));
    expect(officerCancels).toMatchObject({ kind: "forbidden", code: "task.cannot_cancel" });
    const otherPrecinct = await rejection(as(w.supervisor2, () => Task.cancel({ taskId, version: 1, reason: "x" })));
    expect(otherPrecinct.code).toBe("task.not_found");
    const noReason = await rejection(as(w.supervisor, () => Task.cancel({ taskId, version: 1, reason: "  " })));
    expect(noReason.fieldErrors).toEqual({ reason: ["Required"] });
    const fromB = await rejection(as(w.bAdmin, () => Task.cancel({ taskId, version: 1, reason: "x" })));
    expect(fromB.code).toBe("task.not_found");
    const cancelled = await as(w.admin, () => Task.cancel({ taskId, version: 1, reason: "县局统一安排" }));
    expect(cancelled.task).toMatchObject({ state: "cancelled", version: 2 });
    expect(cancelled.task.history.at(-1)).toMatchObject({
      state: "cancelled",
      note: "县局统一安排",
      byName: "admin-a 名",
    });
  });

  it("treats asking for the current state again as done, so retries are harmless", async () => {
    const taskId = await assign();
    await as(w.o1, () => Task.transition({ taskId, version: 1, to: "in_progress" }));
    const retry = await as(w.o1, () => Task.transition({ taskId, version: 1, to: "in_progress" }));
    expect(retry).toMatchObject({ changed: false, task: { state: "in_progress", version: 2 } });
  });
});

describe("optimistic concurrency", () => {
  it("refuses a change based on a stale version", async () => {
    const taskId = await assign();
    await as(w.o1, () => Task.transition({ taskId, version: 1, to: "in_progress" }));
    const stale = await rejection(as(w.supervisor, () => Task.cancel({ taskId, version: 1, reason: "改派" })));
    expect(stale).toMatchObject({
      kind: "conflict",
      code: "task.stale",
      message: "Someone changed this task in the meantime; reload it and try again",
    });
    expect((await as(w.supervisor, () => Task.get(taskId))).task).toMatchObject({ state: "in_progress", version: 2 });
  });

  it("lets exactly one of two racing changes win", async () => {
    for (let round = 0; round < 5; round++) {
      const taskId = await assign({ officerIds: ["o1", "o2"] });
      await as(w.o1, () => Task.transition({ taskId, version: 1, to: "in_progress" }));
      const outcomes = await Promise.allSettled([
        as(w.o2, () => Task.transition({ taskId, version: 2, to: "done" })),
        as(w.supervisor, () => Task.cancel({ taskId, version: 2, reason: "改派" })),
      ]);
      const won = outcomes.filter((o) => o.status === "fulfilled");
      expect(won).toHaveLength(1);
      const lost = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
      expect(["task.stale", "task.illegal_transition"]).toContain(lost.reason.code);
      const { task } = await as(w.admin, () => Task.get(taskId));
      expect(task.version).toBe(3);
      expect(task.history).toHaveLength(3);
      const open = await as(w.admin, () => Task.list({ scope: "county" }));
      expect(open.items.map((item) => item.taskId)).not.toContain(taskId);
    }
  });
});

describe("team tasks", () => {
  it("shows a team task to each member, and moves every member's copy together", async () => {
    const taskId = await assign({ officerIds: ["o1", "o2", "o3"], title: "联合巡逻" });
    for (const officer of [w.o1, w.o2, w.o3]) {
      const today = await as(officer, () => Task.today());
      expect([...today.overdue, ...today.dueToday, ...today.upcoming].find((t) => t.taskId === taskId)).toMatchObject({
        state: "open",
        version: 1,
      });
    }
    await as(w.o2, () => Task.transition({ taskId, version: 1, to: "in_progress" }));
    for (const officer of [w.o1, w.o2, w.o3]) {
      const { items } = await as(officer, () => Task.list({ state: "in_progress" }));
      expect(items.find((t) => t.taskId === taskId)).toMatchObject({ state: "in_progress", version: 2 });
    }
    // Any member may finish it with the version they now see.
    await as(w.o3, () => Task.transition({ taskId, version: 2, to: "done" }));
    for (const officer of [w.o1, w.o2, w.o3]) {
      const today = await as(officer, () => Task.today());
      expect([...today.overdue, ...today.dueToday, ...today.upcoming].map((t) => t.taskId)).not.toContain(taskId);
      expect(today.recentlyClosed[0]).toMatchObject({ taskId, state: "done", version: 3 });
      const { items } = await as(officer, () => Task.list({ state: "done" }));
      expect(items.map((t) => t.taskId)).toContain(taskId);
    }
    const precinct = await as(w.supervisor, () => Task.list({ state: "closed" }));
    expect(precinct.items.filter((t) => t.taskId === taskId)).toHaveLength(1);
  });
});

describe("comments", () => {
  it("keeps comments under the task, oldest first, from anyone who may see it", async () => {
    const taskId = await assign({ officerIds: ["o1", "o2"] });
    await as(w.o1, () => Task.comment({ taskId, text: "已联系村委，明天上门" }));
    await as(w.supervisor, () => Task.comment({ taskId, text: "  注意安全  " }));
    await as(w.o2, () => Task.comment({ taskId, text: "我一起去" }));
    const { comments } = await as(w.o1, () => Task.get(taskId));
    expect(comments.map((c) => [c.authorName, c.authorRole, c.text])).toEqual([
      ["o1 名", "officer", "已联系村委，明天上门"],
      ["sup-p1 名", "precinct_supervisor", "注意安全"],
      ["o2 名", "officer", "我一起去"],
    ]);
    expect(comments.every((c) => typeof c.at === "string" && c.authorId)).toBe(true);
  });

  it("refuses empty and over-long comments, and comments on tasks one may not see", async () => {
    const taskId = await assign();
    const empty = await rejection(as(w.o1, () => Task.comment({ taskId, text: "   " })));
    expect(empty.fieldErrors).toEqual({ text: ["Required"] });
    const long = await rejection(as(w.o1, () => Task.comment({ taskId, text: "长".repeat(1001) })));
    expect(long.fieldErrors).toEqual({ text: ["Use at most 1000 characters"] });
    await as(w.o1, () => Task.comment({ taskId, text: "长".repeat(1000) }));
    expect((await rejection(as(w.o2, () => Task.comment({ taskId, text: "hi" })))).code).toBe("task.not_found");
    expect((await rejection(as(w.bAdmin, () => Task.comment({ taskId, text: "hi" })))).code).toBe("task.not_found");
    expect((await rejection(as(w.health, () => Task.comment({ taskId, text: "hi" })))).kind).toBe("forbidden");
  });
});
