import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { Outbox } from "@cunjing/core/outbox/index";
import { demoId } from "../../../scripts/seed/index";
import { useDemoServer } from "./portal";

const server = useDemoServer();
const boluo = demoId("county", "boluo");
const bookPath = "/boluo/officers/xu-jieshan/book";

const post = (path: string, fields: Record<string, string>, cookie = "") =>
  fetch(server.base + path, {
    method: "POST",
    redirect: "manual",
    headers: { cookie, origin: server.base, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields),
  });
const page = async (path: string, cookie = "") => {
  const response = await fetch(server.base + path, { headers: { cookie }, redirect: "manual" });
  return { status: response.status, html: await response.text(), cache: response.headers.get("cache-control") };
};

const signIn = (username: string) => server.signIn(username);

async function form() {
  const { html } = await page(bookPath);
  return {
    idempotencyKey: /name="idempotencyKey" value="([^"]+)"/.exec(html)![1]!,
    slots: [...html.matchAll(/name="slot" value="([^"]+)"/g)].map((m) => m[1]!),
  };
}

async function otpFor(phone: string) {
  const sms = (await Outbox.list(boluo, 50)).find((m) => m.to === phone && m.subject === "appointment-otp");
  return sms ? /(\d{6})/.exec(sms.body)![1]! : undefined;
}

/** The whole booking without JavaScript: form, phone step, code step. */
async function book(slot: string, phone: string, lang = "") {
  const { idempotencyKey } = await form();
  const fields = { idempotencyKey, purpose: "household", mode: "desk", slot, phone, note: "" };
  const step = await post(`${lang}${bookPath}`, fields);
  const html = await step.text();
  const otpId = /name="otpId" value="([^"]+)"/.exec(html)?.[1];
  if (!otpId) return { status: step.status, html };
  const done = await post(`${lang}${bookPath}`, { ...fields, otpId, intent: "confirm", otp: (await otpFor(phone))! });
  return { status: done.status, html: await done.text() };
}

describe("booking without JavaScript", () => {
  it("offers 徐洁珊's free desk-hours slots at 西区社区 on a small, uncached page", async () => {
    const response = await page(bookPath);
    expect(response.status).toBe(200);
    expect(response.cache).toBe("private, no-store");
    expect((await form()).slots.length).toBeGreaterThan(10);
    expect(gzipSync(response.html).length).toBeLessThanOrEqual(14 * 1024);
    expect((await page(`/en${bookPath}`)).html).toContain("Free slots");
    expect((await page("/boluo/officers/xu-jieshan")).html).toContain(`href="${bookPath}"`);
  });

  it("names the missing slot in Chinese and sends no code", async () => {
    const { idempotencyKey } = await form();
    const response = await post(bookPath, { idempotencyKey, purpose: "other", mode: "desk", phone: "13700001111" });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("请选择时段");
    expect(await otpFor("13700001111")).toBeUndefined();
  });

  it("books a slot with a reference code; a second resident hears it was just taken; the first cancels", async () => {
    const [slot] = (await form()).slots;
    const first = await book(slot!, "13700002222");
    expect(first.status).toBe(200);
    const reference = /class="ref"[^>]*>([2-9A-Z]{10})</.exec(first.html)![1]!;
    expect((await form()).slots).not.toContain(slot);

    const second = await book(slot!, "13700003333", "/en");
    expect(second.status).toBe(409);
    expect(second.html).toContain("just taken");

    const status = await page(`/boluo/appointment?ref=${reference}`);
    expect(status.html).toContain("待民警确认");
    const agenda = await page("/console/agenda", await signIn("xu-jieshan"));
    expect(agenda.html).toContain(`data-reference="${reference}"`);
    expect(agenda.html).not.toContain("13700002222");

    const cancelled = await post("/boluo/appointment", { reference, intent: "cancel" });
    expect(cancelled.status).toBe(200);
    expect(await cancelled.text()).toContain("预约已取消");
    expect((await form()).slots).toContain(slot);
    expect((await page("/huicheng/appointment?ref=" + reference)).status).toBe(404);
  });

  it("refuses desk hours that end before they start, and keeps the old ones", async () => {
    const cookie = await signIn("xu-jieshan");
    const before = (await form()).slots.length;
    const response = await post(
      "/console/agenda/hours",
      {
        intent: "hours",
        villageId: demoId("boluo", "village", "xiqu"),
        slotMinutes: "20",
        "w1a-start": "12:00",
        "w1a-end": "09:00",
      },
      cookie,
    );
    expect(response.status).toBe(400);
    expect((await form()).slots.length).toBe(before);
  });
});
