import { Auth } from "@cunjing/core/auth/index";
import { beforeAll, describe, expect, it } from "vitest";
import { withActor } from "@cunjing/core/actor";
import { Counter } from "@cunjing/core/counter/index";
import { demoId } from "../../../scripts/seed/index";
import { copyDemo } from "../../../scripts/vitest/demo-copy";
import { demoPassword } from "../../../scripts/seed/demo-data";
import { handleTrpcRequest } from "../src/api/fetch";

/** The task procedures over HTTP, as the console's islands and other clients call them. */
const base = "http://localhost";
const cookies: Record<string, string> = {};

beforeAll(async () => {
  await copyDemo();
  for (const username of ["boluo.supervisor", "xu-jieshan", "boluo.health"]) {
    const { sessionId } = await withActor({ type: "public", properties: {} }, () =>
      Auth.signIn({ county: "boluo", username, password: demoPassword, ip: "127.0.0.9" }),
    );
    cookies[username] = `cunjing_session=${sessionId}`;
  }
});

async function call(user: string, path: string, input: unknown, kind: "query" | "mutation", origin = base) {
  const url = `${base}/api/trpc/${path}${kind === "query" ? `?input=${encodeURIComponent(JSON.stringify(input))}` : ""}`;
  const response = await handleTrpcRequest(
    new Request(url, {
      method: kind === "query" ? "GET" : "POST",
      headers: { cookie: cookies[user]!, origin, "content-type": "application/json" },
      body: kind === "mutation" ? JSON.stringify(input) : undefined,
    }),
  );
  return { status: response.status, body: (await response.json()) as any };
}

const inTwoDays = () => Counter.dayOf(Date.now() + 2 * 86_400_000);
const xu = demoId("boluo", "officer", "xu-jieshan");
const he = demoId("boluo", "officer", "he-jianguo");
const xiqu = demoId("boluo", "village", "xiqu");

describe("the task router", () => {
  it("assigns, lists, moves and comments, with the version guarding every change", async () => {
    const created = await call(
      "boluo.supervisor",
      "task.create",
      { title: "API 派发", dueDate: inTwoDays(), villageId: xiqu, officerIds: [xu, he] },
      "mutation",
    );
    expect(created.status).toBe(200);
    const taskId = created.body.result.data as string;

    const today = await call("xu-jieshan", "task.today", undefined, "query");
    expect(today.body.result.data.upcoming.map((t: { taskId: string }) => t.taskId)).toContain(taskId);

    const started = await call("xu-jieshan", "task.transition", { taskId, version: 1, to: "in_progress" }, "mutation");
    expect(started.body.result.data).toMatchObject({ changed: true, task: { state: "in_progress", version: 2 } });

    const stale = await call("boluo.supervisor", "task.cancel", { taskId, version: 1, reason: "改派" }, "mutation");
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({
      message: "Someone changed this task in the meantime; reload it and try again",
      data: { errorCode: "task.stale" },
    });

    const skip = await call("xu-jieshan", "task.transition", { taskId, version: 2, to: "in_progress" }, "mutation");
    expect(skip.body.result.data.changed).toBe(false);

    await call("xu-jieshan", "task.comment", { taskId, text: "收到" }, "mutation");
    const got = await call("boluo.supervisor", "task.get", taskId, "query");
    expect(got.body.result.data.comments.map((c: { text: string }) => c.text)).toEqual(["收到"]);
    expect(got.body.result.data.can).toMatchObject({ cancel: true, start: false, finish: false });

    const board = await call("boluo.supervisor", "task.list", { state: "in_progress" }, "query");
    expect(board.body.result.data.items.map((t: { taskId: string }) => t.taskId)).toContain(taskId);
    const overdue = await call(
      "boluo.supervisor",
      "task.overdue",
      { scope: `precinct:${demoId("boluo", "precinct", "chengzhen")}` },
      "query",
    );
    expect(overdue.body.result.data.count).toBeGreaterThanOrEqual(1);
  });

  it("answers bad input with 400 and field errors, the wrong role with 403, and other origins with 403", async () => {
    const four = await call(
      "boluo.supervisor",
      "task.create",
      { title: "x", dueDate: inTwoDays(), villageId: xiqu, officerIds: ["a1", "a2", "a3", "a4"] },
      "mutation",
    );
    expect(four.status).toBe(400);
    expect(four.body.error.data.fieldErrors.officerIds).toEqual(["A team has at most 3 officers"]);
    const officer = await call(
      "xu-jieshan",
      "task.create",
      { title: "x", dueDate: inTwoDays(), villageId: xiqu, officerIds: [xu] },
      "mutation",
    );
    expect(officer.status).toBe(403);
    expect(officer.body.error.data.errorCode).toBe("task.officer_cannot_assign");
    const health = await call("boluo.health", "task.list", {}, "query");
    expect(health.status).toBe(403);
    const forged = await call(
      "boluo.supervisor",
      "task.create",
      { title: "x", dueDate: inTwoDays(), villageId: xiqu, officerIds: [xu] },
      "mutation",
      "https://evil.example",
    );
    expect(forged.status).toBe(403);
    expect(forged.body.error.message).toBe("Cross-origin requests are refused");
  });
});
