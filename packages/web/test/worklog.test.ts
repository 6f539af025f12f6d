import { describe, expect, it } from "vitest";
import { useDemoServer } from "./portal";

const server = useDemoServer();

const signIn = (username: string) => server.signIn(username);

const dashboardOn = async (cookie: string, day: string) =>
  (await fetch(`${server.base}/console/dashboard?from=${day}&to=${day}`, { headers: { cookie } })).text();

/** The household-visit figure on a dashboard page. */
function visitsOn(html: string): number {
  return Number(
    /<strong[^>]*>([\d,]+)<\/strong>\s*<span[^>]*>走访群众（户）<\/span>/.exec(html)![1]!.replace(/,/g, ""),
  );
}

const post = (cookie: string, path: string, fields: Record<string, string>) =>
  fetch(server.base + path, {
    method: "POST",
    redirect: "manual",
    headers: { cookie, origin: server.base, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields),
  });

describe("the officer's work console", () => {
  it("records a visit from the form once, even when the form is submitted twice, and shows it on the dashboard", async () => {
    const cookie = await signIn("xu-jieshan");
    const form = await (await fetch(`${server.base}/console/log?category=visit`, { headers: { cookie } })).text();
    const idempotencyKey = /name="idempotencyKey" value="([^"]+)"/.exec(form)![1]!;
    const villageId = /<select id="villageId" name="villageId"[^>]*>\s*<option value="([a-z0-9]+)"/.exec(form)![1]!;
    expect(form).toContain("西区社区");

    const visitsBefore = visitsOn(await dashboardOn(cookie, "2026-11-02"));
    const fields = {
      idempotencyKey,
      category: "visit",
      villageId,
      gridId: "01",
      occurredAt: "2026-11-02T10:30",
      household: "12号 王家",
      purpose: "routine",
    };
    const first = await post(cookie, "/console/log", fields);
    expect(first.status).toBe(303);
    const again = await post(cookie, "/console/log", fields);
    expect(again.status).toBe(303);
    expect(again.headers.get("location")).toBe(first.headers.get("location"));

    const board = await dashboardOn(cookie, "2026-11-02");
    expect(board).toContain("徐洁珊");
    expect(visitsOn(board) - visitsBefore).toBe(1);
    const home = await (await fetch(`${server.base}/console`, { headers: { cookie } })).text();
    expect(home).toContain("走访群众");
  });

  it("offers the village's grid cells and refuses a grid of no cell there, or a missing one, in Chinese", async () => {
    const cookie = await signIn("xu-jieshan");
    const form = await (await fetch(`${server.base}/console/log?category=visit`, { headers: { cookie } })).text();
    const picker = /<select id="gridId" name="gridId"[^>]*>([\s\S]*?)<\/select>/.exec(form)![1]!;
    expect([...picker.matchAll(/<option value="([^"]*)"/g)].map((match) => match[1])).toEqual(["", "01", "02", "03"]);
    const villageId = /<select id="villageId" name="villageId"[^>]*>\s*<option value="([a-z0-9]+)"/.exec(form)![1]!;
    const visit = {
      category: "visit",
      villageId,
      occurredAt: "2026-11-03T09:00",
      household: "5号 李家",
      purpose: "routine",
    };

    const wrong = await post(cookie, "/console/log", { ...visit, idempotencyKey: "grid-wrong-1", gridId: "1" });
    expect(wrong.status).toBe(400);
    const wrongHtml = await wrong.text();
    expect(wrongHtml).toContain("这个网格不属于所选的村（社区）");
    expect(wrongHtml).toMatch(/class="field-error"[^>]*>请选择本村（社区）的网格</);

    const missing = await post(cookie, "/console/log", { ...visit, idempotencyKey: "grid-missing-1", gridId: "" });
    expect(missing.status).toBe(400);
    const missingHtml = await missing.text();
    expect(missingHtml).toMatch(/class="field-error"[^>]*>请选择网格</);
    expect(missingHtml).not.toContain("Choose the grid cell");

    // A device's batch is held to the same cells, and nothing of it is saved.
    const batch = await fetch(`${server.base}/api/trpc/workLog.recordBatch`, {
      method: "POST",
      headers: { cookie, origin: server.base, "content-type": "application/json" },
      body: JSON.stringify({
        entries: [
          {
            idempotencyKey: "grid-batch-ok",
            villageId,
            gridId: "01",
            occurredAt: "2026-11-03T09:00",
            details: { category: "visit", household: "5号", purpose: "routine" },
          },
          {
            idempotencyKey: "grid-batch-wrong",
            villageId,
            gridId: "1",
            occurredAt: "2026-11-03T09:05",
            details: { category: "visit", household: "6号", purpose: "routine" },
          },
        ],
      }),
    });
    expect(batch.status).toBe(400);
    const refusal = (await batch.json()) as { error: { data: { fieldErrors: Record<string, string[]> } } };
    expect(Object.keys(refusal.error.data.fieldErrors)).toEqual(["gridId"]);
    const retry = await post(cookie, "/console/log", { ...visit, idempotencyKey: "grid-batch-ok", gridId: "01" });
    expect(retry.status).toBe(303);
    expect(retry.headers.get("location")).toMatch(/saved=/);
  });

  it("answers a form without its required fields with 400 and field errors, saving nothing", async () => {
    const cookie = await signIn("xu-jieshan");
    const response = await post(cookie, "/console/log", {
      idempotencyKey: "missing-fields-1",
      category: "dispute",
      villageId: "x",
      occurredAt: "2026-11-02T10:30",
    });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toMatch(/field-error/);
  });

  it("refuses an impossible date with a Chinese field error, saving nothing", async () => {
    const cookie = await signIn("xu-jieshan");
    const form = await (await fetch(`${server.base}/console/log?category=opinion`, { headers: { cookie } })).text();
    const villageId = /<select id="villageId" name="villageId"[^>]*>\s*<option value="([a-z0-9]+)"/.exec(form)![1]!;
    const response = await post(cookie, "/console/log", {
      idempotencyKey: "impossible-date-1",
      category: "opinion",
      villageId,
      occurredAt: "2026-02-30T10:00",
      topic: "traffic",
      summary: "路口缺红绿灯",
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("不是有效的日期和时间");
    expect(
      (
        await post(cookie, "/console/log", {
          idempotencyKey: "impossible-date-1",
          category: "opinion",
          villageId,
          occurredAt: "2026-02-28T10:00",
          topic: "traffic",
          summary: "路口缺红绿灯",
        })
      ).status,
    ).toBe(303);
  });

  it("shows a supervisor the precinct's ranking and exports it as CSV, and refuses the officer's view of others", async () => {
    const supervisor = await signIn("boluo.supervisor");
    const board = await fetch(`${server.base}/console/dashboard`, { headers: { cookie: supervisor } });
    expect(board.status).toBe(200);
    const html = await board.text();
    expect(html).toContain("城镇派出所");
    const scope = /<option value="(precinct:[a-z0-9]+)" selected/.exec(html)![1]!;
    const csv = await fetch(
      `${server.base}/console/dashboard/export.csv?scope=${encodeURIComponent(scope)}&table=totals`,
      { headers: { cookie: supervisor } },
    );
    expect(csv.headers.get("content-type")).toMatch(/text\/csv/);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM, so Excel reads UTF-8
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain("走访群众");

    const officer = await signIn("xu-jieshan");
    const other = await fetch(`${server.base}/console/dashboard?scope=${encodeURIComponent(scope)}`, {
      headers: { cookie: officer },
    });
    expect(other.status).toBe(403);
  });

  it("opens a follow-up task from a hazard entry, and shows overdue tasks on the officer's dashboard", async () => {
    const cookie = await signIn("xu-jieshan");
    const form = await (await fetch(`${server.base}/console/log?category=hazard`, { headers: { cookie } })).text();
    const idempotencyKey = /name="idempotencyKey" value="([^"]+)"/.exec(form)![1]!;
    const villageId = /<select id="villageId" name="villageId"[^>]*>\s*<option value="([a-z0-9]+)"/.exec(form)![1]!;
    const saved = await post(cookie, "/console/log", {
      idempotencyKey,
      category: "hazard",
      villageId,
      occurredAt: "2026-11-03T09:00",
      hazardKind: "electrical",
      state: "found",
      description: "楼道飞线充电",
    });
    const entryId = /saved=([a-z0-9]+)/.exec(saved.headers.get("location")!)![1]!;
    const followUp = await post(cookie, `/console/log/${entryId}`, { intent: "followUp" });
    expect(followUp.status).toBe(303);
    expect(followUp.headers.get("location")).toMatch(/^\/console\/tasks\/[a-z0-9-]+$/);
    const task = await (await fetch(server.base + followUp.headers.get("location")!, { headers: { cookie } })).text();
    expect(task).toContain("隐患整改跟进");
    const again = await post(cookie, `/console/log/${entryId}`, { intent: "followUp" });
    expect(again.status).toBe(409);

    const board = await (await fetch(`${server.base}/console/dashboard`, { headers: { cookie } })).text();
    expect(board).toMatch(/逾期任务：\d+ 项/);
  });

  it("keeps health liaisons out of the work log", async () => {
    const cookie = await signIn("boluo.health");
    const response = await fetch(`${server.base}/console/log`, { headers: { cookie } });
    expect(response.status).toBe(403);
  });
});
