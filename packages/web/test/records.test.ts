import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@cunjing/core/db/service";
import { Outbox } from "@cunjing/core/outbox/index";
import { demoId } from "../../../scripts/seed/index";
import { useDemoServer } from "./portal";

const server = useDemoServer();
const boluo = demoId("county", "boluo");
const myPath = "/boluo/my";

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

async function codeFor(phone: string) {
  const sms = (await Outbox.list(boluo, 50)).find((m) => m.to === phone && m.subject === "records-otp");
  return sms ? /(\d{6})/.exec(sms.body)![1]! : undefined;
}

/** A registration through the QR form, as the resident sends it (the server's own keys hash the phone). */
async function register(phone: string) {
  const formPath = `/boluo/intake/${demoId("boluo", "intake", "xiqu-arrivals")}`;
  const response = await post(formPath, {
    idempotencyKey: randomUUID(),
    name: "林小雨",
    documentType: "passport",
    documentNumber: "E12345678",
    phone,
    arrivalDate: new Date(Date.now() + 8 * 3600_000 - 86_400_000).toISOString().slice(0, 10),
    province: "44",
    city: "4403",
    originCode: "440305",
    address: "西区社区 5 巷 1 号",
    consent: "on",
    intent: "submit",
  });
  const receipt = /class="receipt"[^>]*>([2-9A-Z]{10})</.exec(await response.text())?.[1];
  expect(receipt).toBeDefined();
  return receipt!.toLowerCase();
}

/** The phone and code steps; returns the pass cookie as the browser would send it back. */
async function opened(phone: string, lang = "") {
  const step = await post(`${lang}${myPath}`, { intent: "code", phone });
  const otpId = /name="otpId" value="([^"]+)"/.exec(await step.text())![1]!;
  const done = await post(`${lang}${myPath}`, { intent: "open", phone, otpId, otp: (await codeFor(phone))! });
  expect(done.status).toBe(303);
  expect(done.headers.get("location")).toBe(`${lang}${myPath}?`);
  const setCookie = done.headers.get("set-cookie")!;
  expect(setCookie).toMatch(/^cj_records=[A-Za-z0-9_-]{43};/);
  expect(setCookie).toMatch(/HttpOnly/i);
  expect(setCookie).toMatch(/SameSite=Strict/i);
  if (server.base.startsWith("https:")) expect(setCookie).toMatch(/Secure/i);
  return setCookie.split(";")[0]!;
}

describe("我的信息 without JavaScript", () => {
  it("asks for the phone on an uncached page in either language; an unknown county is a 404 in that language", async () => {
    const zh = await page(myPath);
    expect(zh.status).toBe(200);
    expect(zh.cache).toBe("private, no-store");
    expect(zh.html).toContain("获取验证码");
    expect((await page(`/en${myPath}`)).html).toContain("Send me a code");
    const missing = await page("/nowhere/my");
    expect(missing.status).toBe(404);
    expect((await page("/en/nowhere/my")).html).toMatch(/not found|no such/i);
  });

  it("names a malformed phone and a wrong code, sends nothing for the first and opens nothing for the second", async () => {
    const bad = await post(myPath, { intent: "code", phone: "1380013" });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("请填写 11 位手机号");
    expect(await codeFor("1380013")).toBeUndefined();

    const phone = "13512340001";
    const step = await post(myPath, { intent: "code", phone });
    const otpId = /name="otpId" value="([^"]+)"/.exec(await step.text())![1]!;
    const right = (await codeFor(phone))!;
    const wrong = await post(myPath, { intent: "open", phone, otpId, otp: right === "000000" ? "111111" : "000000" });
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain("验证码不正确");
    expect(wrong.headers.get("set-cookie")).toBeNull();
  });

  it("shows, corrects and deletes the phone's own registration; refuses cross-site posts and bad fields", async () => {
    const phone = "13512340002";
    const receipt = await register(phone);
    const cookie = await opened(phone);
    const mine = await page(myPath, cookie);
    expect(mine.html).toContain("西区社区 5 巷 1 号");
    expect(mine.html).toContain("林小雨");
    expect(mine.html).toContain(`id="r-${receipt}"`);
    expect((await page(myPath)).html).not.toContain("林小雨");

    const empty = await post(myPath, { intent: "correct", recordId: receipt, phone, address: "" }, cookie);
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain("必填");
    const foreign = await post(
      myPath,
      { intent: "correct", recordId: receipt, phone, address: "攻击" },
      cookie,
      "https://evil.example",
    );
    expect(foreign.status).toBe(403);
    const corrected = await post(
      myPath,
      { intent: "correct", recordId: receipt, phone, address: "西区社区 6 巷 2 号" },
      cookie,
    );
    expect(corrected.status).toBe(303);
    expect(corrected.headers.get("location")).toBe(`${myPath}?done=corrected`);
    const after = await page(`${myPath}?done=corrected`, cookie);
    expect(after.html).toContain("登记已更正");
    expect(after.html).toContain("西区社区 6 巷 2 号");

    const unticked = await post(myPath, { intent: "delete", recordId: receipt }, cookie);
    expect(unticked.status).toBe(400);
    expect(
      (await db.entities.intakeSubmission.get({ countyId: boluo, submissionId: receipt }).go()).data,
    ).not.toBeNull();
    const deleted = await post(myPath, { intent: "delete", recordId: receipt, confirm: "on" }, cookie);
    expect(deleted.headers.get("location")).toBe(`${myPath}?done=deleted`);
    expect((await db.entities.intakeSubmission.get({ countyId: boluo, submissionId: receipt }).go()).data).toBeNull();
    expect((await page(myPath, cookie)).html).not.toContain(`id="r-${receipt}"`);
  });

  it("reaches only the pass's own records, and signing out ends the pass", async () => {
    const other = await register("13512340003");
    const cookie = await opened("13512340004", "/en");
    const attempt = await post(`/en${myPath}`, { intent: "delete", recordId: other, confirm: "on" }, cookie);
    expect(attempt.headers.get("location")).toBe(`/en${myPath}?done=gone`);
    expect((await db.entities.intakeSubmission.get({ countyId: boluo, submissionId: other }).go()).data).not.toBeNull();
    const withdraw = await post(`/en${myPath}`, { intent: "withdraw", recordId: "ABCDEFGHJK", confirm: "on" }, cookie);
    expect(withdraw.headers.get("location")).toBe(`/en${myPath}?done=gone`);

    const out = await post(`/en${myPath}`, { intent: "signout" }, cookie);
    expect(out.headers.get("location")).toBe(`/en${myPath}?done=signedOut`);
    const again = await page(`/en${myPath}`, cookie);
    expect(again.html).toContain("Send me a code");
    expect(again.html).toContain("confirm your phone again");
  });
});
