import { Outbox } from "@cunjing/core/outbox/index";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { demoId } from "../scripts/seed/index";
import { wcagViolations } from "./support/axe";
import { useBrowserPage } from "./support/page";
import { useDemoSite } from "./support/site";

const site = useDemoSite();
const browser = useBrowserPage("appointment");
const boluo = demoId("county", "boluo");
const phone = "13800138123";

async function expectAccessible(page: Page) {
  const violations = await wcagViolations(page);
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
}

/** The 6-digit code the SMS would bring, read from the outbox as the local runtime keeps it. */
async function otpFromOutbox(subject: string): Promise<string> {
  const sms = (await Outbox.list(boluo, 20)).find((message) => message.to === phone && message.subject === subject);
  return /(\d{6})/.exec(sms!.body)![1]!;
}

/**
 * A resident books 徐洁珊's desk hours at 西区社区 from the officer page, the officer confirms and
 * marks it done in the console (recording the help and issuing a rating code in one step), and
 * the rating code from that visit works on the officer's rating page.
 */
describe("an appointment with 徐洁珊", () => {
  it("is booked by a resident, confirmed and done by the officer, and its rating code rates the visit", async () => {
    const { page } = browser;

    // The resident books a slot from the officer page.
    await page.goto(site.url("/boluo/officers/xu-jieshan"));
    await page.getByRole("link", { name: "预约民警" }).click();
    await page.waitForURL((url) => url.pathname === "/boluo/officers/xu-jieshan/book");
    await expectAccessible(page);
    const slot = page.locator('input[name="slot"]').first();
    const slotLabel = (await slot.locator("xpath=..").innerText()).trim();
    await slot.check();
    await page.locator("#purpose").selectOption("certificate");
    await page.locator("#note").fill("开具居住证明");
    await page.locator("#phone").fill(phone);
    await page.getByRole("button", { name: "获取验证码并继续" }).click();
    await page.locator("#otp").waitFor();
    await page.locator("#otp").fill(await otpFromOutbox("appointment-otp"));
    await page.getByRole("button", { name: "确认预约" }).click();
    await page.getByRole("status").waitFor();
    const reference = (await page.locator(".ref").innerText()).trim();
    expect(reference).toMatch(/^[2-9A-Z]{10}$/);
    await expectAccessible(page);

    // The officer confirms it in the console.
    await page.goto(site.url("/console/signin"));
    await page.locator("#county").selectOption("boluo");
    await page.locator("#username").fill("xu-jieshan");
    await page.locator("#password").fill("cunjing-demo");
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((url) => url.pathname === "/console");
    await page.getByRole("link", { name: "预约日程" }).click();
    await page.waitForURL((url) => url.pathname === "/console/agenda");
    const waiting = page.locator(`#appt-${reference}`);
    expect(await waiting.innerText()).toContain("待确认");
    expect(await waiting.innerText()).toContain("138****8123");
    await expectAccessible(page);
    await waiting.getByRole("button", { name: "确认" }).click();
    await page.waitForURL((url) => url.searchParams.has("saved"));
    const confirmed = page.locator(`#appt-${reference}`);
    expect(await confirmed.getAttribute("data-status")).toBe("confirmed");
    expect(await confirmed.innerText()).toContain(slotLabel.split(" ")[0]!);

    // …and marks it done, recording the help and issuing a rating code in one step.
    await confirmed.locator(`#appt-${reference}-log`).selectOption("help");
    await confirmed.locator(`#appt-${reference}-summary`).fill("协助开具居住证明");
    await confirmed.getByRole("button", { name: "办结" }).click();
    const code = (await page.locator("[data-rating-code]").innerText()).trim();
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
    expect(await page.locator(`#appt-${reference}`).getAttribute("data-status")).toBe("done");
    await expectAccessible(page);
    const sms = (await Outbox.list(boluo, 20)).filter((message) => message.to === phone).map((m) => m.subject);
    expect(sms).toEqual(expect.arrayContaining(["appointment-received", "appointment-confirmed", "rating-code"]));

    // The resident sees the booking done, and rates the visit with the code.
    await page.goto(site.url(`/boluo/appointment?ref=${reference}`));
    expect(await page.locator(".state").innerText()).toBe("已办结");
    await expectAccessible(page);
    await page.goto(site.url(`/boluo/officers/xu-jieshan/rate?code=${code}`));
    for (const name of ["overall", "responsiveness", "courtesy"]) {
      await page.locator(`input[name="${name}"][value="5"]`).check();
    }
    await page.locator('input[name="solved"][value="yes"]').check();
    await page.getByRole("button", { name: "提交评价" }).click();
    await page.getByRole("heading", { name: "感谢您的评价" }).waitFor();
    expect(await page.getByRole("status").innerText()).toContain("核实接触");
    expect(browser.errors).toEqual([]);
  });
});
