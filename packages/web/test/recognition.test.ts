import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Story } from "@cunjing/core/story/index";
import { demoId } from "../../../scripts/seed/index";
import { copyDemo } from "../../../scripts/vitest/demo-copy";
import { demoPassword } from "../../../scripts/seed/demo-data";
import { startSiteServer, type SiteServer } from "../../../scripts/site-server";
import { asCounty } from "./portal";

let server: SiteServer;

beforeAll(async () => {
  await copyDemo();
  server = await startSiteServer({ endpoint: process.env.DYNAMODB_ENDPOINT!, tableName: process.env.TABLE_NAME! });
});

afterAll(async () => {
  await server?.stop();
});

async function signIn(username: string, county = "boluo") {
  const response = await fetch(`${server.base}/console/signin`, {
    method: "POST",
    redirect: "manual",
    headers: { origin: server.base, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ county, username, password: demoPassword }),
  });
  return response.headers
    .getSetCookie()
    .find((c) => c.startsWith("cunjing_session="))!
    .split(";")[0]!;
}

/** A multipart form post, as the story forms send (they carry a file input). */
function postForm(path: string, fields: Record<string, string | string[] | Blob>, cookie: string) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (Array.isArray(value)) for (const v of value) form.append(name, v);
    else if (value instanceof Blob) form.append(name, value, "cover.jpg");
    else form.append(name, value);
  }
  return fetch(server.base + path, {
    method: "POST",
    redirect: "manual",
    headers: { cookie, origin: server.base },
    body: form,
  });
}

const get = async (path: string, cookie = "") => {
  const response = await fetch(server.base + path, { headers: { cookie }, redirect: "manual" });
  return { status: response.status, html: await response.text() };
};

const draft = { title: "河堤夜巡", summary: "民警带队夜巡", body: "每周三晚上巡逻。" };

describe("stories in the console, without JavaScript", () => {
  let officer: string;
  let admin: string;
  beforeAll(async () => {
    officer = await signIn("xu-jieshan");
    admin = await signIn("boluo.admin");
  });

  it("refuses another county's officer, a file that is not an image and an oversized image, keeping what was typed", async () => {
    const before = await asCounty("boluo", () => Story.board({ status: "all" }));
    const foreign = await postForm(
      "/console/stories/new",
      { intent: "draft", ...draft, officerIds: [demoId("huicheng", "officer", "chen-hua")] },
      officer,
    );
    expect(foreign.status).toBe(404);
    const foreignHtml = await foreign.text();
    expect(foreignHtml).toContain("只能介绍本县的民警");
    expect(foreignHtml).toContain('value="河堤夜巡"');

    const notImage = await postForm(
      "/console/stories/new",
      { intent: "draft", ...draft, coverFile: new Blob(["<svg onload=alert(1)>"]) },
      officer,
    );
    expect(notImage.status).toBe(400);
    expect(await notImage.text()).toContain("不是 JPEG、PNG 或 WebP 图片");

    const huge = new Uint8Array(5 * 1024 * 1024 + 10);
    huge.set([0xff, 0xd8, 0xff]);
    const tooLarge = await postForm(
      "/console/stories/new",
      { intent: "draft", ...draft, coverFile: new Blob([huge]) },
      officer,
    );
    expect(tooLarge.status).toBe(400);
    expect(await tooLarge.text()).toContain("图片超过 5 MB");

    const english = await postForm("/console/stories/new?lang=en", { intent: "draft", ...draft, title: "" }, officer);
    expect(english.status).toBe(400);
    expect(await english.text()).toContain("Required");
    // Nothing was written by the refused forms.
    expect(await asCounty("boluo", () => Story.board({ status: "all" }))).toHaveLength(before.length);
  });

  it("drafts, refuses publishing before approval with a clear message, and publishes after review", async () => {
    const created = await postForm(
      "/console/stories/new",
      { intent: "draft", ...draft, slug: "river-patrol", villageIds: [demoId("boluo", "village", "xiqu")] },
      officer,
    );
    expect(created.status).toBe(303);
    const path = new URL(created.headers.get("location")!, server.base).pathname;
    expect(path).toMatch(/^\/console\/stories\/[a-z0-9]+$/);

    // The officer sees no publish button and may not publish; the admin may not publish a draft.
    const officerView = await get(path, officer);
    expect(officerView.html).toContain("提交审核");
    expect(officerView.html).not.toContain("发布到公众页面");
    expect((await postForm(path, { intent: "publish", version: "1" }, officer)).status).toBe(403);
    const early = await postForm(path, { intent: "publish", version: "1" }, admin);
    expect(early.status).toBe(409);
    expect(await early.text()).toContain("稿件未经审核通过，不能发布。");

    expect((await postForm(path, { intent: "submit", version: "1" }, officer)).status).toBe(303);
    const noComment = await postForm(path, { intent: "review", version: "2", decision: "reject", comment: "" }, admin);
    expect(noComment.status).toBe(400);
    expect(await noComment.text()).toContain("请写明需要修改的地方或不采用的原因");
    expect((await postForm(path, { intent: "review", version: "2", decision: "approve" }, admin)).status).toBe(303);
    expect((await postForm(path, { intent: "publish", version: "3" }, admin)).status).toBe(303);

    const portal = await get("/boluo/stories/river-patrol");
    expect(portal.status).toBe(200);
    expect(portal.html).toContain("河堤夜巡");
    // Another officer's draft is not found; the published story is readable by any author.
    const supervisor = await signIn("boluo.supervisor");
    const hidden = await postForm(
      "/console/stories/new",
      { intent: "draft", ...draft, title: "所长的草稿" },
      supervisor,
    );
    const hiddenPath = new URL(hidden.headers.get("location")!, server.base).pathname;
    const notYours = await get(hiddenPath, officer);
    expect(notYours.status).toBe(404);
    expect(notYours.html).toContain("没有这篇稿件，或您无权查看。");
    expect(notYours.html).not.toContain("所长的草稿");
    const review = await get(`${path}?lang=en`, admin);
    expect(review.html).toContain("Published");
    expect(review.html).toContain("Unpublish");
  });
});

describe("excellent villages", () => {
  it("lets the county admin evaluate, refuses an override without a reason, and shows the list on the portal", async () => {
    const admin = await signIn("boluo.admin");
    const period = "2026-h2";
    const evaluated = await postForm("/console/excellence", { intent: "evaluate", period }, admin);
    expect(evaluated.status).toBe(303);
    const board = await get(`/console/excellence?period=${period}`, admin);
    expect(board.status).toBe(200);
    expect(board.html).toContain("西区社区");
    const villageId = demoId("boluo", "village", "xiqu");
    const noReason = await postForm(
      "/console/excellence",
      { intent: "override", period, villageId, excellent: "true", reason: "" },
      admin,
    );
    expect(noReason.status).toBe(400);
    expect(await noReason.text()).toContain("请写明理由（至少 4 个字）");
    const overridden = await postForm(
      "/console/excellence",
      { intent: "override", period, villageId, excellent: "true", reason: "县局实地核查" },
      admin,
    );
    expect(overridden.status).toBe(303);

    const list = await get("/boluo/excellent");
    expect(list.status).toBe(200);
    expect(list.html).toContain("西区社区");
    expect((await get("/en/boluo/excellent")).html).toContain("Excellent villages");
    expect((await get("/boluo")).html).toContain("/boluo/excellent");

    const supervisor = await signIn("boluo.supervisor");
    const readOnly = await get(`/console/excellence?period=${period}`, supervisor);
    expect(readOnly.status).toBe(200);
    expect(readOnly.html).not.toContain('value="evaluate"');
    expect((await postForm("/console/excellence", { intent: "evaluate", period }, supervisor)).status).toBe(403);
  });

  it("shows a brand's own figures on its public page", async () => {
    const brand = await get("/huicheng/brands/huage-shuoli");
    expect(brand.status).toBe(200);
    expect(brand.html).toContain("化解矛盾纠纷");
    // Stories featuring the brand's officers are listed with it.
    await asCounty("huicheng", () =>
      Story.create({
        slug: "huage-night",
        title: "华哥的夜间调解",
        summary: "摘要",
        body: "正文",
        status: "published",
        officerIds: [demoId("huicheng", "officer", "chen-hua")],
      }),
    );
    expect((await get("/huicheng/brands/huage-shuoli")).html).toContain("华哥的夜间调解");
  });
});
