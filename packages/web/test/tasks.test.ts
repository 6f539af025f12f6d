import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoId } from "../../../scripts/seed/index";
import { copyDemo } from "../../../scripts/vitest/demo-copy";
import { demoPassword } from "../../../scripts/seed/demo-data";
import { startSiteServer, type SiteServer } from "../../../scripts/site-server";

let server: SiteServer;

beforeAll(async () => {
  await copyDemo();
  server = await startSiteServer({ endpoint: process.env.DYNAMODB_ENDPOINT!, tableName: process.env.TABLE_NAME! });
});

afterAll(async () => {
  await server?.stop();
});

const cookies: Record<string, string> = {};

async function signIn(username: string, county = "boluo") {
  const response = await fetch(`${server.base}/console/signin`, {
    method: "POST",
    redirect: "manual",
    headers: { origin: server.base, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ county, username, password: demoPassword }),
  });
  expect(response.status).toBe(303);
  return response.headers
    .getSetCookie()
    .find((c) => c.startsWith("cunjing_session="))!
    .split(";")[0]!;
}

async function as(username: string, county = "boluo") {
  return (cookies[`${county}/${username}`] ??= await signIn(username, county));
}

async function get(user: string, path: string, county = "boluo") {
  const response = await fetch(server.base + path, { redirect: "manual", headers: { cookie: await as(user, county) } });
  return { status: response.status, html: await response.text(), location: response.headers.get("location") };
}

async function post(user: string, path: string, fields: Record<string, string | string[]>, origin = server.base) {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) for (const item of [value].flat()) body.append(key, item);
  const response = await fetch(server.base + path, {
    method: "POST",
    redirect: "manual",
    headers: { cookie: await as(user), origin, "content-type": "application/x-www-form-urlencoded" },
    body,
  });
  return { status: response.status, html: await response.text(), location: response.headers.get("location") };
}

/** The id of the task linked under this title on a page. */
function taskIdOf(html: string, title: string): string {
  const id = new RegExp(`<a href="/console/tasks/([a-z0-9]+)"[^>]*>${title}</a>`).exec(html)?.[1];
  expect(id, `a link to "${title}"`).toBeDefined();
  return id!;
}

/** The version a task's state form posts back. */
function versionOf(html: string, taskId: string): string {
  const form = new RegExp(`name="taskId" value="${taskId}"[^]*?name="version" value="(\\d+)"`).exec(html)?.[1];
  expect(form, `a state form for ${taskId}`).toBeDefined();
  return form!;
}

const overdueTitle = "核查西区社区出租屋消防隐患";
const todayTitle = "走访西区社区独居老人";

describe("the officer's today view", () => {
  it("lists overdue tasks first, then today's, then the rest, with a state button on each", async () => {
    const { status, html } = await get("xu-jieshan", "/console/today");
    expect(status).toBe(200);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1"');
    expect(html).toContain('href="/console/today"');
    const order = [
      "已逾期",
      overdueTitle,
      "今天到期",
      todayTitle,
      "后续任务",
      "城镇片区联合夜间巡逻",
      "反诈宣传进社区",
      "最近办结",
      "上学高峰护学岗",
    ];
    const positions = order.map((text) => html.indexOf(text));
    expect(
      positions.every((p) => p >= 0),
      JSON.stringify(positions),
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(html).toContain("逾期 2 天");
    expect(html).toContain("与何建国共同办理");
    // Open tasks offer "start", the team task in progress offers "mark done"; nothing needs JavaScript.
    expect(html).toMatch(/<button[^>]*>\s*开始处理\s*<\/button>/);
    expect(html).toMatch(/<button[^>]*>\s*标记完成\s*<\/button>/);
    const forms = html.match(/<form[^>]*class="state-form"[^>]*>/g) ?? [];
    expect(forms.length).toBeGreaterThanOrEqual(4);
    for (const form of forms) expect(form).toContain('method="post"');
    // The only script is the console's outbox island, which queues these forms when offline.
    expect(html.match(/<astro-island[^>]*component-url="([^"]+)"/g)?.map((island) => /Outbox/.test(island))).toEqual([
      true,
    ]);
  });

  it("starts a task with a plain form post, then refuses the same stale form with a clear conflict", async () => {
    const page = await get("xu-jieshan", "/console/today");
    const taskId = taskIdOf(page.html, overdueTitle);
    const version = versionOf(page.html, taskId);
    const started = await post("xu-jieshan", "/console/today", {
      intent: "transition",
      taskId,
      version,
      to: "in_progress",
    });
    expect(started.status).toBe(303);
    expect(started.location).toBe("/console/today?notice=started");
    const after = await get("xu-jieshan", started.location!);
    expect(after.html).toContain("已开始处理。");
    expect(versionOf(after.html, taskId)).toBe(String(Number(version) + 1));

    // The supervisor cancels with the version it saw before the officer started: stale.
    const stale = await post("boluo.supervisor", `/console/tasks/${taskId}`, {
      intent: "cancel",
      taskId,
      version,
      reason: "改派",
    });
    expect(stale.status).toBe(409);
    expect(stale.html).toContain("该任务刚被他人更新");
    // Skipping a step is refused too.
    const skip = await post("xu-jieshan", "/console/today", {
      intent: "transition",
      taskId: taskIdOf(after.html, todayTitle),
      version: "1",
      to: "done",
    });
    expect(skip.status).toBe(409);
    expect(skip.html).toContain("任务当前的状态不允许此操作。");
  });

  it("refuses a cross-origin post and changes nothing", async () => {
    const page = await get("xu-jieshan", "/console/today");
    const taskId = taskIdOf(page.html, todayTitle);
    const forged = await post(
      "xu-jieshan",
      "/console/today",
      { intent: "transition", taskId, version: versionOf(page.html, taskId), to: "in_progress" },
      "https://evil.example",
    );
    expect(forged.status).toBe(403);
    const again = await get("xu-jieshan", `/console/tasks/${taskId}`);
    expect(again.html).toContain("待开始");
  });

  it("speaks English when the console language is English", async () => {
    const { html } = await get("xu-jieshan", "/console/today?lang=en");
    expect(html).toContain("Today&#39;s tasks");
    expect(html).toContain("Overdue");
    expect(html).toContain("With He Jianguo");
  });
});

describe("the supervisor's task board", () => {
  it("offers the precinct's officers and villages only, and shows the overdue count", async () => {
    const { status, html } = await get("boluo.supervisor", "/console/tasks");
    expect(status).toBe(200);
    expect(html).toContain("任务派发");
    expect(html).toMatch(/逾期未办结任务 \d+ 件/);
    for (const name of ["徐洁珊", "何建国", "西区社区", "东区社区", "北门村"]) expect(html).toContain(name);
    for (const name of ["张敏", "铁场村"]) expect(html).not.toContain(name);
    expect(html).toContain('type="date"');
  });

  it("assigns a team task that shows in each member's today view", async () => {
    const xu = demoId("boluo", "officer", "xu-jieshan");
    const he = demoId("boluo", "officer", "he-jianguo");
    const created = await post("boluo.supervisor", "/console/tasks", {
      intent: "create",
      title: "北门村防溺水宣传",
      description: "暑期前到村里的池塘边立警示牌",
      villageId: demoId("boluo", "village", "beimen"),
      officerIds: [xu, he],
      dueDate: new Date(Date.now() + 8 * 3600_000 + 2 * 86_400_000).toISOString().slice(0, 10),
      priority: "high",
    });
    expect(created.status).toBe(303);
    expect(created.location).toBe("/console/tasks?notice=created");
    const board = await get("boluo.supervisor", created.location!);
    expect(board.html).toContain("任务已派发。");
    const taskId = taskIdOf(board.html, "北门村防溺水宣传");
    const today = await get("xu-jieshan", "/console/today");
    expect(taskIdOf(today.html, "北门村防溺水宣传")).toBe(taskId);
  });

  it("keeps what was typed and explains what to fix", async () => {
    const refused = await post("boluo.supervisor", "/console/tasks", {
      intent: "create",
      title: "缺少民警的任务",
      description: "",
      villageId: demoId("boluo", "village", "xiqu"),
      dueDate: "2020-01-01",
      priority: "normal",
    });
    expect(refused.status).toBe(400);
    expect(refused.html).toContain("请检查填写的内容。");
    expect(refused.html).toContain("请至少选择一名民警");
    expect(refused.html).toContain('value="缺少民警的任务"');
    const past = await post("boluo.supervisor", "/console/tasks", {
      intent: "create",
      title: "过期任务",
      villageId: demoId("boluo", "village", "xiqu"),
      officerIds: demoId("boluo", "officer", "xu-jieshan"),
      dueDate: "2020-01-01",
    });
    expect(past.status).toBe(400);
    expect(past.html).toContain("截止日期已过");
    const outside = await post("boluo.supervisor", "/console/tasks", {
      intent: "create",
      title: "外所任务",
      villageId: demoId("boluo", "village", "tiechang"),
      officerIds: demoId("boluo", "officer", "xu-jieshan"),
      dueDate: new Date(Date.now() + 86_400_000 * 2).toISOString().slice(0, 10),
    });
    expect(outside.status).toBe(403);
    expect(outside.html).toContain("请选择本所辖区内的村（居）。");
  });

  it("filters by state and keeps officers and other roles to their own", async () => {
    const done = await get("boluo.supervisor", "/console/tasks?state=done");
    expect(done.html).toContain("上学高峰护学岗");
    expect(done.html).not.toContain(todayTitle);
    const mine = await get("xu-jieshan", "/console/tasks");
    expect(mine.status).toBe(200);
    expect(mine.html).toContain("我的任务");
    expect(mine.html).not.toContain('name="intent" value="create"');
    const health = await get("boluo.health", "/console/tasks");
    expect(health.status).toBe(403);
    const snoop = await get("xu-jieshan", `/console/tasks?scope=precinct:${demoId("boluo", "precinct", "chengzhen")}`);
    expect(snoop.status).toBe(403);
    expect(snoop.html).toContain("只能查看自己的任务。");
  });
});

describe("a task's page", () => {
  it("shows details and history, takes comments, and lets the supervisor cancel with a reason", async () => {
    const today = await get("xu-jieshan", "/console/today");
    const taskId = taskIdOf(today.html, "反诈宣传进社区");
    const commented = await post("xu-jieshan", `/console/tasks/${taskId}`, {
      intent: "comment",
      taskId,
      text: "已联系社区活动中心，下周三下午",
    });
    expect(commented.status).toBe(303);
    const page = await get("boluo.supervisor", `/console/tasks/${taskId}`);
    expect(page.html).toContain("已联系社区活动中心，下周三下午");
    expect(page.html).toContain("徐洁珊");
    expect(page.html).toContain("派发任务");
    const tooLong = await post("boluo.supervisor", `/console/tasks/${taskId}`, {
      intent: "comment",
      taskId,
      text: "长".repeat(1001),
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.html).toContain("最多 1000 个字");

    const cancelled = await post("boluo.supervisor", `/console/tasks/${taskId}`, {
      intent: "cancel",
      taskId,
      version: "1",
      reason: "与社区活动合并",
    });
    expect(cancelled.status).toBe(303);
    const after = await get("xu-jieshan", cancelled.location!);
    expect(after.html).toContain("已取消");
    expect(after.html).toContain("与社区活动合并");
    expect(after.html).not.toMatch(/<button[^>]*>\s*开始处理/);
  });

  it("is not found for an officer of another county", async () => {
    const today = await get("xu-jieshan", "/console/today");
    const taskId = taskIdOf(today.html, todayTitle);
    const other = await get("liao-yanxia", `/console/tasks/${taskId}`, "huicheng");
    expect(other.status).toBe(404);
    expect(other.html).toContain("找不到该任务");
    expect(other.html).not.toContain(todayTitle);
  });
});
