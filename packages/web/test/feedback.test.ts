import { beforeAll, describe, expect, it } from "vitest";
import { Outbox } from "@cunjing/core/outbox/index";
import { demoId } from "../../../scripts/seed/index";
import { useDemoServer } from "./portal";

const server = useDemoServer();
const boluo = demoId("county", "boluo");

const signIn = (username: string) => server.signIn(username);

const post = (path: string, fields: Record<string, string>, cookie = "", origin = server.base) =>
  fetch(server.base + path, {
    method: "POST",
    redirect: "manual",
    headers: { cookie, origin, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields),
  });
const page = async (path: string, cookie = "") => {
  const response = await fetch(server.base + path, { headers: { cookie }, redirect: "manual" });
  return { status: response.status, html: await response.text(), cache: response.headers.get("cache-control") };
};

const ratePath = "/boluo/officers/xu-jieshan/rate";
let officerCookie: string;
let entryPath: string;

async function issueCode(phone = "") {
  const response = await post(entryPath, { intent: "ratingCode", phone }, officerCookie);
  const html = await response.text();
  expect(response.status).toBe(200);
  return /data-rating-code[^>]*>([2-9A-Z]{8})</.exec(html)![1]!;
}

async function rateForm(query = "") {
  const form = await page(ratePath + query);
  expect(form.status).toBe(200);
  expect(form.cache).toBe("private, no-store");
  return { html: form.html, idempotencyKey: /name="idempotencyKey" value="([^"]+)"/.exec(form.html)![1]! };
}

const answers = { overall: "5", responsiveness: "5", courtesy: "4", solved: "yes" };

describe("resident feedback over HTTP", () => {
  beforeAll(async () => {
    officerCookie = await signIn("xu-jieshan");
    const form = await page("/console/log?category=visit", officerCookie);
    const idempotencyKey = /name="idempotencyKey" value="([^"]+)"/.exec(form.html)![1]!;
    const villageId = /<select id="villageId" name="villageId"[^>]*>\s*<option value="([a-z0-9]+)"/.exec(
      form.html,
    )![1]!;
    const saved = await post(
      "/console/log",
      {
        idempotencyKey,
        category: "visit",
        villageId,
        gridId: "01",
        occurredAt: "2026-11-02T10:30",
        household: "12号 王家",
        purpose: "routine",
      },
      officerCookie,
    );
    const entryId = /saved=([a-z0-9]+)/.exec(saved.headers.get("location")!)![1]!;
    entryPath = `/console/log/${entryId}`;
  });

  it("issues a code from a visit, takes a verified rating with praise, and shows it once the supervisor approves", async () => {
    const entry = await page(entryPath, officerCookie);
    expect(entry.html).toContain('name="intent" value="ratingCode"');
    const code = await issueCode("13800138000");

    const { html, idempotencyKey } = await rateForm(`?code=${code}`);
    expect(html).toContain(`value="${code}"`);
    expect(html).not.toMatch(/<script/i);
    const praise = "<b>徐警官</b>帮我找回了电动车";
    const fields = { ...answers, idempotencyKey, code, text: praise, surname: "王", honorific: "先生" };
    const done = await post(ratePath, fields);
    expect(done.status).toBe(200);
    const thanks = await done.text();
    expect(thanks).toContain("感谢您的评价");
    expect(thanks).toContain("核实接触");
    // Submitting the same form again counts nothing twice.
    expect((await post(ratePath, fields)).status).toBe(200);

    expect((await page("/boluo/officers/xu-jieshan")).html).not.toContain("帮我找回了电动车");

    const supervisorCookie = await signIn("boluo.supervisor");
    expect((await page("/console", supervisorCookie)).html).toContain("待审核表扬（1）");
    const queue = await page("/console/feedback", supervisorCookie);
    expect(queue.html).toContain("待审核表扬（1）");
    // The card names the officer the praise is about.
    expect(queue.html).toMatch(/<h3 class="about"[^>]*>关于民警 徐洁珊<\/h3>/);
    const ratingId = /name="ratingId" value="([2-9A-Z]{10})"/.exec(queue.html)![1]!;
    const approved = await post("/console/feedback", { intent: "approve", ratingId, text: praise }, supervisorCookie);
    expect(approved.status).toBe(303);

    // Below 5 ratings the page says why there is no score; four more verified ratings: it appears from the fifth.
    expect((await page("/boluo/officers/xu-jieshan")).html).toContain("收到 5 条评价后才显示评分");
    for (let i = 0; i < 4; i++) {
      const next = await issueCode();
      const form = await rateForm();
      expect(
        (await post(ratePath, { ...answers, overall: "4", idempotencyKey: form.idempotencyKey, code: next })).status,
      ).toBe(200);
    }
    const officer = await page("/boluo/officers/xu-jieshan");
    expect(officer.html).toContain("&lt;b&gt;徐警官&lt;/b&gt;帮我找回了电动车");
    expect(officer.html).toContain("王先生");
    expect(officer.html).toMatch(/综合 \d\.\d 分（满分 5 分，5 条评价）/);
    expect(officer.html).not.toContain("收到 5 条评价后才显示评分");
    expect(officer.html).toContain("贝叶斯平均");
    expect((await page("/en/boluo/officers/xu-jieshan")).html).toContain("Bayesian average");

    const mine = await page("/console/feedback", officerCookie);
    expect(mine.html).toContain("帮我找回了电动车");
    expect(
      (await post("/console/feedback", { intent: "reply", ratingId, text: "感谢王先生！" }, officerCookie)).status,
    ).toBe(303);
    expect((await page("/boluo/officers/xu-jieshan")).html).toContain("感谢王先生！");
  });

  it("refuses a reused code with a clear message", async () => {
    const code = await issueCode();
    const first = await rateForm();
    expect((await post(ratePath, { ...answers, idempotencyKey: first.idempotencyKey, code })).status).toBe(200);
    const second = await rateForm();
    const again = await post(ratePath, { ...answers, idempotencyKey: second.idempotencyKey, code });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("这个评价码已经使用过");
  });

  it("checks a phone with a one-time code before an open rating, in English too", async () => {
    const { idempotencyKey } = await rateForm();
    const step = await post(`/en${ratePath}`, { ...answers, idempotencyKey, phone: "139 1234 5678" });
    expect(step.status).toBe(200);
    const html = await step.text();
    expect(html).toContain("Enter the SMS code");
    const otpId = /name="otpId" value="([a-z0-9]+)"/.exec(html)![1]!;
    const sms = (await Outbox.list(boluo, 10)).find((message) => message.subject === "rating-otp")!;
    const otp = /\d{6}/.exec(sms.body)![0];
    const carried = { ...answers, idempotencyKey, phone: "139 1234 5678", intent: "confirm", otpId };
    const wrong = await post(`/en${ratePath}`, { ...carried, otp: otp === "000000" ? "111111" : "000000" });
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain("The code is not correct. 4 attempts left");
    const right = await post(`/en${ratePath}`, { ...carried, otp });
    expect(right.status).toBe(200);
    expect(await right.text()).toContain("Thank you for your rating");
  });

  it("sends complaints privately and lets the resident check them by reference", async () => {
    const code = await issueCode();
    const { idempotencyKey } = await rateForm();
    const done = await post(ratePath, { ...answers, overall: "1", idempotencyKey, code, text: "上次报警一直没人来" });
    const html = await done.text();
    expect(html).toContain("您的反映已转交派出所负责人");
    const reference = /<strong class="ref"[^>]*>([2-9A-Z]{10})</.exec(html)![1]!;
    const status = await page(`/boluo/complaint?ref=${reference}`);
    expect(status.html).toContain("已受理");
    expect(status.html).not.toContain("上次报警一直没人来");
    expect((await page("/boluo/officers/xu-jieshan")).html).not.toContain("上次报警一直没人来");
    expect((await page("/boluo/complaint?ref=ZZZZZZZZZZ")).status).toBe(404);
  });

  it("refuses cross-origin rating posts", async () => {
    const { idempotencyKey } = await rateForm();
    const response = await post(ratePath, { ...answers, idempotencyKey, code: "ABCDEFGH" }, "", "https://evil.example");
    expect(response.status).toBe(403);
  });
});
