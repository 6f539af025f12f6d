import { describe, expect, it } from "vitest";
import { withActor } from "@cunjing/core/actor";
import { Audit } from "@cunjing/core/audit/index";
import { Intake } from "@cunjing/core/intake/index";
import { checkDigit } from "@cunjing/core/intake/documents";
import { demoId } from "../../../scripts/seed/index";
import { useDemoServer } from "./portal";

const server = useDemoServer();
const boluo = demoId("county", "boluo");
const formId = demoId("boluo", "intake", "xiqu-arrivals");
const formPath = `/boluo/intake/${formId}`;

const signIn = (username: string) => server.signIn(username);

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

const yesterday = () => new Date(Date.now() + 8 * 3600_000 - 86_400_000).toISOString().slice(0, 10);
const citizen = (first17: string) => first17 + checkDigit(first17);

function answers(idempotencyKey: string, overrides: Record<string, string> = {}) {
  return {
    idempotencyKey,
    name: "林小雨",
    documentType: "resident_id",
    documentNumber: citizen("44132219970203456"),
    phone: "13922223333",
    arrivalDate: yesterday(),
    province: "44",
    city: "4403",
    originCode: "440305",
    address: "西区社区 9 巷 1 号",
    consent: "on",
    intent: "submit",
    ...overrides,
  };
}

describe("the public registration form", () => {
  it("works without JavaScript, in Chinese and English, with the PIPL notice and consent", async () => {
    const zh = await page(formPath);
    expect(zh.status).toBe(200);
    expect(zh.cache).toBe("private, no-store");
    expect(zh.html).toContain("个人信息保护告知");
    expect(zh.html).toContain('name="consent"');
    expect(zh.html).not.toMatch(/<script(?![^>]*type="application\/ld\+json")/);
    const en = await page(`/en${formPath}`);
    expect(en.status).toBe(200);
    expect(en.html).toContain("Hunan (湖南省)");
    expect(en.html).toContain("How we protect your personal information");
    expect((await page("/boluo/intake/nosuchform")).status).toBe(404);
  });

  it("moves the origin picker from province to city to county by posting the form to itself", async () => {
    const step = await post(formPath, {
      ...answers("pick-test-000001"),
      city: "",
      originCode: "",
      province: "42",
      intent: "pick",
    });
    const html = await step.text();
    expect(step.status).toBe(200);
    expect(html).toContain("武汉市");
    expect(html).toContain('value="林小雨"');
    const next = await post(formPath, {
      ...answers("pick-test-000001"),
      province: "42",
      city: "4201",
      originCode: "",
      intent: "pick",
    });
    const nextHtml = await next.text();
    expect(nextHtml).toContain("江岸区");
    // With the county list shown, the button no longer asks to choose the county.
    expect(nextHtml).toContain("改了省或城市？更新区县列表");
    expect(nextHtml).not.toContain("下一步：选择区县");
  });

  it("answers a wrong check digit with a field error in Chinese and saves nothing", async () => {
    const wrong = answers("wrong-digit-00001", { documentNumber: "441322199702034560" });
    wrong.documentNumber =
      wrong.documentNumber.slice(0, 17) + (checkDigit(wrong.documentNumber.slice(0, 17)) === "0" ? "1" : "0");
    const response = await post(formPath, wrong);
    const html = await response.text();
    expect(response.status).toBe(400);
    expect(html).toContain("校验位不符");
    const future = await post(formPath, answers("future-date-00001", { arrivalDate: "2099-01-01" }));
    expect(future.status).toBe(400);
    expect(await future.text()).toContain("到达日期不能晚于今天");
  });

  it("registers, shows the receipt, and shows the same receipt for a repeated submission", async () => {
    const first = await post(formPath, answers("register-web-00001"));
    const html = await first.text();
    expect(first.status).toBe(200);
    const receipt = /class="receipt"[^>]*>([2-9A-Z]{10})</.exec(html)?.[1];
    expect(receipt).toBeDefined();
    const again = await (await post(formPath, answers("register-web-00001"))).text();
    expect(again).toContain(receipt!);
  });
});

describe("the console", () => {
  it("lists the officer's forms and prints a poster with a QR code", async () => {
    const cookie = await signIn("xu-jieshan");
    const list = await page("/console/intake", cookie);
    expect(list.status).toBe(200);
    expect(list.html).toContain("西区社区来人登记");
    const poster = await page(`/console/intake/${formId}/poster`, cookie);
    expect(poster.status).toBe(200);
    expect(poster.html).toContain("<svg");
    expect(poster.html).toContain(`/boluo/intake/${formId}`);
  });

  it("shows registrations masked and reveals one only with a reason, audited", async () => {
    const cookie = await signIn("xu-jieshan");
    const list = await page(`/console/intake/${formId}`, cookie);
    expect(list.status).toBe(200);
    expect(list.html).toContain("139****0001");
    expect(list.html).not.toContain("13900000001");
    const submissionId = /name="submissionId" value="([a-z0-9]+)"/.exec(list.html)![1]!;
    const refused = await post(`/console/intake/${formId}`, { submissionId, reason: "" }, cookie);
    expect(refused.status).toBe(400);
    const revealed = await post(`/console/intake/${formId}`, { submissionId, reason: "上门核实登记信息" }, cookie);
    const html = await revealed.text();
    expect(revealed.status).toBe(200);
    const section = /<section class="card revealed"[\s\S]*?<\/section>/.exec(html)?.[0] ?? "";
    expect(section).toMatch(/<dd[^>]*>139\d{8}<\/dd>/);
    expect(section).toMatch(/<dd[^>]*>\d{17}[\dX]<\/dd>/);
    const events = await withActor({ type: "system", properties: { countyId: boluo } }, () =>
      Audit.list(boluo, new Date().toISOString().slice(0, 7)),
    );
    expect(events.some((event) => event.action === "intake.revealed" && event.subject === submissionId)).toBe(true);
  });

  it("adds a risk region chosen by name, province → city, keeping the dates, and refuses none chosen in Chinese", async () => {
    const admin = await signIn("boluo.admin");
    const fields = { province: "43", city: "", county: "", from: "2026-11-01", to: "" };
    const pick = await post("/console/alerts", { ...fields, intent: "pickRegion" }, admin);
    expect(pick.status).toBe(200);
    const pickHtml = await pick.text();
    expect(pickHtml).toMatch(/<option value="43" selected[^>]*>湖南省</);
    expect(pickHtml).toMatch(/<option value="4301"[^>]*>长沙市</);
    expect(pickHtml).toContain('value="2026-11-01"');
    const added = await post("/console/alerts", { ...fields, city: "4301", intent: "addRule" }, admin);
    expect(added.status).toBe(303);
    expect((await page("/console/alerts", admin)).html).toContain("湖南省 长沙市 (4301)");
    const none = await post("/console/alerts", { ...fields, province: "", intent: "addRule" }, admin);
    expect(none.status).toBe(400);
    expect(await none.text()).toContain("请从列表中选择省份");
  });

  it("gives the health liaison the alert inbox, and the county admin the intake figures", async () => {
    const health = await signIn("boluo.health");
    const inbox = await page("/console/alerts", health);
    expect(inbox.status).toBe(200);
    const alertId = /name="alertId" value="([a-z0-9]+)"/.exec(inbox.html)?.[1];
    expect(alertId).toBeDefined();
    const task = /href="(\/console\/tasks\/alert-[a-z0-9]+)"/.exec(inbox.html)?.[1];
    expect(task).toBeDefined();
    expect((await page(task!, health)).status).toBe(200);
    const step = await post("/console/alerts", { intent: "advance", alertId: alertId!, to: "acknowledged" }, health);
    expect(step.status).toBe(303);
    const admin = await signIn("boluo.admin");
    const board = await page("/console/dashboard", admin);
    expect(board.html).toContain("二维码登记");
    const figures = await withActor({ type: "system", properties: { countyId: boluo } }, () =>
      Intake.dashboard({ from: yesterday(), to: new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10) }),
    );
    expect(figures.total.alerts).toBeGreaterThanOrEqual(1);
  });
});
