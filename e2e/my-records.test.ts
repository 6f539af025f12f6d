import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import { documentClient, tableName } from "@cunjing/core/db/client";
import { db } from "@cunjing/core/db/service";
import { Outbox } from "@cunjing/core/outbox/index";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { demoId } from "../scripts/seed/index";
import { aaaContrastRule, wcagViolations, wcagViolationsAtWidths } from "./support/axe";
import { useBrowserPage } from "./support/page";
import { useDemoSite } from "./support/site";

const site = useDemoSite();
const browser = useBrowserPage("my-records");
const boluo = demoId("county", "boluo");
const xu = demoId("boluo", "officer", "xu-jieshan");
const phone = "13677778888";
const officerPage = "/boluo/officers/xu-jieshan";

async function expectAccessible(page: Page) {
  const violations = await wcagViolations(page);
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
}

/** The newest code the SMS would bring for this phone and purpose, read from the local outbox. */
async function codeFromOutbox(subject: string): Promise<string> {
  const sms = (await Outbox.list(boluo, 50)).find((message) => message.to === phone && message.subject === subject);
  return /(\d{6})/.exec(sms!.body)![1]!;
}

async function rawTable() {
  const items: unknown[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await documentClient.send(new ScanCommand({ TableName: tableName(), ExclusiveStartKey }));
    items.push(...(page.Items ?? []));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return JSON.stringify(items);
}

const figureNames = [
  "count",
  "overall",
  "responsiveness",
  "courtesy",
  "solvedYes",
  "solvedPartly",
  "solvedNo",
] as const;
const moreFigures = ["verified", "weight", "weightedOverall"] as const;
/** An aggregate's figures, 0 where the item or the figure does not exist yet. */
const figures = (item: Partial<Record<(typeof figureNames)[number] | (typeof moreFigures)[number], number>> | null) =>
  Object.fromEntries([...figureNames, ...moreFigures].map((name) => [name, item?.[name] ?? 0]));
const officerSums = async () =>
  figures(
    (await db.entities.ratingSummary.get({ countyId: boluo, scope: `officer:${xu}` }).go({ consistent: true })).data,
  );
const countySums = async () =>
  figures((await db.entities.ratingCounty.get({ countyId: boluo }).go({ consistent: true })).data);
/** The officer page's rating section as the public reads it. */
const scoreSection = async (page: Page) => {
  await page.goto(site.url(officerPage));
  return (await page.locator('section[aria-labelledby="rating-title"]').innerText()).trim();
};

/**
 * One resident registers by QR code, books and rates 徐洁珊 with one phone, then opens 我的信息:
 * corrects the address, withdraws the rating (the public score returns exactly) and deletes the
 * registration (nothing of it stays in the table); the county admin reads each step in the audit log.
 */
describe("a resident's own records", () => {
  it("are seen, corrected, withdrawn and deleted by the resident, and every step is in the audit log", async () => {
    const { page } = browser;

    // Registers through the QR form.
    await page.goto(site.url(`/boluo/intake/${demoId("boluo", "intake", "xiqu-arrivals")}`));
    await page.getByLabel("姓名 *").fill("周小满");
    await page.getByLabel("证件类型 *").selectOption("passport");
    await page.getByLabel("证件号码 *").fill("E98765432");
    await page.getByLabel("手机号 *").fill(phone);
    const yesterday = new Date(Date.now() + 8 * 3600_000 - 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel("到达日期 *").fill(yesterday);
    await page.getByLabel("在本村（社区）的住址 *").fill("西区社区 2 巷 7 号");
    await page.getByLabel("省份").selectOption({ label: "广东省" });
    await page.getByRole("button", { name: "下一步：选择城市" }).click();
    await page.getByLabel("城市").selectOption({ label: "深圳市" });
    await page.getByRole("button", { name: "下一步：选择区县" }).click();
    await page.getByLabel("区县").selectOption({ label: "南山区" });
    await page.getByRole("checkbox").check();
    await page.getByRole("button", { name: "提交登记" }).click();
    await page.getByRole("heading", { name: "登记成功" }).waitFor();
    const receipt = (await page.locator(".receipt").innerText()).trim().toLowerCase();

    // Books a desk slot with the same phone.
    await page.goto(site.url(`${officerPage}/book`));
    await page.locator('input[name="slot"]').first().check();
    await page.locator("#purpose").selectOption("certificate");
    await page.locator("#phone").fill(phone);
    await page.getByRole("button", { name: "获取验证码并继续" }).click();
    await page.locator("#otp").fill(await codeFromOutbox("appointment-otp"));
    await page.getByRole("button", { name: "确认预约" }).click();
    await page.getByRole("status").waitFor();
    const reference = (await page.locator(".ref").innerText()).trim();

    // Rates the officer with a phone check.
    const scoreBefore = await scoreSection(page);
    const sumsBefore = await officerSums();
    const countyBefore = await countySums();
    await page.goto(site.url(`${officerPage}/rate`));
    for (const [name, value] of [
      ["overall", "2"],
      ["responsiveness", "3"],
      ["courtesy", "2"],
      ["solved", "partly"],
    ]) {
      await page.locator(`input[name="${name}"][value="${value}"]`).check();
    }
    await page.locator("#phone").fill(phone);
    await page.getByRole("button", { name: "提交评价" }).click();
    await page.locator("#otp").fill(await codeFromOutbox("rating-otp"));
    await page.getByRole("button", { name: "确认提交" }).click();
    await page.getByRole("heading", { name: "感谢您的评价" }).waitFor();
    expect((await officerSums()).count).toBe(sumsBefore.count! + 1);

    // Opens 我的信息 from the county's pages with the same phone.
    await page.goto(site.url("/boluo/my"));
    await expectAccessible(page);
    await page.locator("#phone").fill(phone);
    await page.getByRole("button", { name: "获取验证码" }).click();
    await page.locator("#otp").fill(await codeFromOutbox("records-otp"));
    await page.getByRole("button", { name: "查看我的信息" }).click();
    await page.getByRole("heading", { name: "来人登记", exact: true }).waitFor();
    const registration = page.locator(`#r-${receipt}`);
    expect(await registration.innerText()).toContain("西区社区 2 巷 7 号");
    expect(await registration.innerText()).toContain("周小满");
    expect(await page.locator("main").innerText()).toContain(reference);
    expect(await page.locator("main").innerText()).toContain("总体 2 分");
    await expectAccessible(page);
    // The pass lives only in an HttpOnly cookie: nothing in the page's storage.
    const cookie = (await page.context().cookies()).find((c) => c.name === "cj_records");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict" });
    expect(await page.evaluate(() => document.cookie + JSON.stringify(localStorage))).not.toContain(cookie!.value);

    // In 关怀模式 the records pass AAA contrast too; the switch keeps the pass.
    await page.goto(site.url(`/care?on=1&back=${encodeURIComponent("/boluo/my")}`));
    expect(await page.locator("html.care").count()).toBe(1);
    expect(await page.locator(`#r-${receipt}`).count()).toBe(1);
    const inCare = await wcagViolationsAtWidths(page, { extraRules: [aaaContrastRule] });
    expect(inCare.violations, JSON.stringify(inCare.violations, null, 2)).toEqual([]);
    await page.goto(site.url(`/care?on=0&back=${encodeURIComponent("/boluo/my")}`));

    // Corrects the address.
    const stored = (await db.entities.intakeSubmission.get({ countyId: boluo, submissionId: receipt }).go()).data!;
    await registration.getByText("更正电话和住址").click();
    await registration.getByLabel("住址").fill("西区社区 3 巷 9 号");
    await registration.getByRole("button", { name: "保存更正" }).click();
    expect(await page.getByRole("status").innerText()).toContain("登记已更正");
    expect(await page.locator(`#r-${receipt}`).innerText()).toContain("西区社区 3 巷 9 号");

    // Withdraws the rating: the officer's figures and public score are as before it.
    await page.getByLabel("我确认撤回，评分将从民警的得分中移除").check();
    await page.getByRole("button", { name: "撤回这条评价" }).click();
    expect(await page.getByRole("status").innerText()).toContain("评价已撤回");
    expect(await officerSums()).toEqual(sumsBefore);
    expect(await countySums()).toEqual(countyBefore);

    // Deletes the registration: nothing of it stays in the table.
    await page.getByLabel("我确认删除，删除后无法恢复").check();
    await page.getByRole("button", { name: "删除这条登记" }).click();
    expect(await page.getByRole("status").innerText()).toContain("登记已删除");
    const raw = await rawTable();
    for (const sealed of [stored.nameSealed, stored.documentSealed, stored.phoneSealed, stored.addressSealed]) {
      expect(raw).not.toContain(sealed);
    }
    expect(raw).not.toContain(phone);
    expect(await scoreSection(page)).toBe(scoreBefore);

    // The county admin reads each step in the audit view, the resident named by the masked phone.
    await page.context().clearCookies();
    await page.goto(site.url("/console/signin"));
    await page.locator("#county").selectOption("boluo");
    await page.locator("#username").fill("boluo.admin");
    await page.locator("#password").fill("cunjing-demo");
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((url) => url.pathname === "/console");
    await page.goto(site.url("/console/audit"));
    const log = await page.locator("main").innerText();
    for (const step of ["居民验证手机后查看本人信息", "居民更正登记信息", "居民撤回评价", "居民删除登记信息"]) {
      expect(log).toContain(step);
    }
    expect(log).toContain("136****8888");
    expect(log).not.toContain(phone);
    expect(browser.errors).toEqual([]);
  });
});
