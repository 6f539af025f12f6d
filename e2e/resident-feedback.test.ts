import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { withActor } from "@cunjing/core/actor";
import { Outbox } from "@cunjing/core/outbox/index";
import { Rating } from "@cunjing/core/rating/index";
import { demoId } from "../scripts/seed/index";
import { wcagViolations } from "./support/axe";
import { useBrowserPage } from "./support/page";
import { useDemoSite } from "./support/site";

const site = useDemoSite();
const browser = useBrowserPage("resident-feedback");

const boluo = demoId("county", "boluo");
const xu = demoId("boluo", "officer", "xu-jieshan");
const officerPage = "/boluo/officers/xu-jieshan";
const praise = "徐警官上门帮我们调解了邻里纠纷，很耐心";

/**
 * A resident rates 徐洁珊 with the code from her visit, the precinct supervisor approves the praise, and the
 * public page then shows it with the score, which appears from the fifth rating.
 */
describe("a resident rates the officer who visited", () => {
  it("rates 徐洁珊 with a verified code; once the supervisor approves, the praise and the score are public", async () => {
    const { page } = browser;
    for (let i = 0; i < 4; i++) await openRating(i);
    await page.goto(site.url(officerPage));
    expect(await page.locator("main").innerText()).not.toMatch(/综合 \d\.\d 分/);

    await signIn(page, "xu-jieshan");
    const link = await issueCodeFromVisit(page);
    await page.context().clearCookies();

    // The resident follows the link on the slip: the code is filled in.
    await page.goto(link);
    expect(new URL(page.url()).pathname).toBe(`${officerPage}/rate`);
    expect(await page.locator("#code").inputValue()).toMatch(/^[2-9A-Z]{8}$/);
    for (const [name, value] of [
      ["overall", "5"],
      ["responsiveness", "5"],
      ["courtesy", "5"],
      ["solved", "yes"],
    ]) {
      await page.locator(`input[name="${name}"][value="${value}"]`).check();
    }
    await page.locator("#text").fill(praise);
    await page.locator('input[name="surname"]').fill("陈");
    await page.locator('select[name="honorific"]').selectOption("女士");
    const onForm = await wcagViolations(page);
    expect(onForm, JSON.stringify(onForm, null, 2)).toEqual([]);
    await page.getByRole("button", { name: "提交评价" }).click();
    await page.getByRole("heading", { name: "感谢您的评价" }).waitFor();
    expect(await page.locator("main").innerText()).toContain("核实接触");

    await page.goto(site.url(officerPage));
    expect(await page.locator("main").innerText()).not.toContain(praise);

    await signIn(page, "boluo.supervisor");
    await page.goto(site.url("/console/feedback"));
    const item = page.locator("article.card").filter({ hasText: praise });
    const onQueue = await wcagViolations(page);
    expect(onQueue, JSON.stringify(onQueue, null, 2)).toEqual([]);
    await item.getByRole("button", { name: "通过并公开" }).click();
    await page.waitForURL((url) => url.pathname === "/console/feedback");
    expect(await page.locator("main").innerText()).not.toContain(praise);
    await page.context().clearCookies();

    await page.goto(site.url(officerPage));
    const publicText = await page.locator("main").innerText();
    expect(publicText).toContain(praise);
    expect(publicText).toContain("陈女士");
    const scoreLine = /综合 (\d\.\d) 分（满分 5 分，5 条评价）/.exec(publicText);
    expect(scoreLine).not.toBeNull();
    const expected = await withActor({ type: "public", properties: { countyId: boluo } }, () => scoreOfXu());
    expect(scoreLine![1]).toBe(expected.toFixed(1));
    const onOfficer = await wcagViolations(page);
    expect(onOfficer, JSON.stringify(onOfficer, null, 2)).toEqual([]);
    expect(browser.errors).toEqual([]);
  });
});

/** An earlier open rating, checked by phone, through the same verbs the rating page calls. */
async function openRating(index: number) {
  await withActor({ type: "public", properties: { countyId: boluo } }, async () => {
    const ip = `10.20.0.${index + 1}`;
    const { otpId } = await Rating.requestOtp({ officerId: xu, phone: `1390000000${index}`, ip });
    const sms = (await Outbox.list(boluo, 10)).find((message) => message.subject === "rating-otp")!;
    const value = /\d{6}/.exec(sms.body)![0];
    await Rating.submit({
      officerId: xu,
      idempotencyKey: randomUUID(),
      overall: 4,
      responsiveness: 4,
      courtesy: 5,
      solved: "partly",
      otp: { otpId, value },
      ip,
    });
  });
}

async function signIn(page: Page, username: string) {
  await page.goto(site.url("/console/signin"));
  await page.locator("#county").selectOption("boluo");
  await page.locator("#username").fill(username);
  await page.locator("#password").fill("cunjing-demo");
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => url.pathname === "/console");
}

/** The officer logs a visit to 西区社区 and issues a rating code for it; returns the slip's link. */
async function issueCodeFromVisit(page: Page): Promise<string> {
  await page.goto(site.url("/console/log?category=visit"));
  await page.locator("#villageId").selectOption({ label: "西区社区" });
  await page.locator("#gridId").selectOption("02");
  await page.locator("#details-household").fill("3号 陈家");
  await page.locator('form[data-offline-queue] button[type="submit"]').click();
  await page.waitForURL((url) => url.searchParams.has("saved"));
  const entryId = new URL(page.url()).searchParams.get("saved")!;
  await page.goto(site.url(`/console/log/${entryId}`));
  await page.getByRole("button", { name: "生成评价码" }).click();
  const slip = page.locator(".rating-code .slip");
  await slip.waitFor();
  const onSlip = await wcagViolations(page);
  expect(onSlip, JSON.stringify(onSlip, null, 2)).toEqual([]);
  return slip.locator(".link a").getAttribute("href") as Promise<string>;
}

/** 徐洁珊's public score as core computes it for the page, to one decimal. */
async function scoreOfXu(): Promise<number> {
  const { County } = await import("@cunjing/core/county/index");
  const { Feature } = await import("@cunjing/core/feature/index");
  const roster = await County.roster();
  const { items } = await Feature.withTotals({ scope: `officer:${xu}`, from: "2026-01-01", to: "2026-12-31" });
  return Rating.forPage(items, roster.ratings).score!.score;
}
