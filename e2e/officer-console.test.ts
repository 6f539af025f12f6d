import { describe, expect, it } from "vitest";
import { wcagViolations } from "./support/axe";
import { useBrowserPage } from "./support/page";
import { useDemoSite } from "./support/site";

const site = useDemoSite();
const browser = useBrowserPage("officer-console");

/**
 * The officer's journey through the console. It grows with the console: once the work log exists,
 * the officer logs a visit to 西区社区 here and sees it counted on the dashboard.
 */
describe("an officer in the console", () => {
  it("is sent to sign in, signs in as 徐洁珊 and lands on the console", async () => {
    const { page } = browser;

    await page.goto(site.url("/console"));
    await page.waitForURL((url) => url.pathname === "/console/signin");
    const onSignIn = await wcagViolations(page);
    expect(onSignIn, JSON.stringify(onSignIn, null, 2)).toEqual([]);

    await page.locator("#county").selectOption("boluo");
    await page.locator("#username").fill("xu-jieshan");
    await page.locator("#password").fill("cunjing-demo");
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((url) => url.pathname === "/console");

    expect(await page.getByRole("heading", { level: 1 }).innerText()).toContain("徐洁珊");
    const onConsole = await wcagViolations(page);
    expect(onConsole, JSON.stringify(onConsole, null, 2)).toEqual([]);
    expect(browser.errors).toEqual([]);
  });

  it("is told why, and stays on the sign-in page, with a wrong password", async () => {
    const { page } = browser;
    await page.goto(site.url("/console/signin"));
    await page.locator("#county").selectOption("boluo");
    await page.locator("#username").fill("xu-jieshan");
    await page.locator("#password").fill("not-the-password");
    await page.locator('button[type="submit"]').click();
    await page.getByRole("alert").waitFor();
    expect(new URL(page.url()).pathname).toBe("/console/signin");
  });

  it("logs a household visit to 西区社区 and sees it counted on the dashboard", async () => {
    const { page } = browser;
    await page.goto(site.url("/console/signin"));
    await page.locator("#county").selectOption("boluo");
    await page.locator("#username").fill("xu-jieshan");
    await page.locator("#password").fill("cunjing-demo");
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((url) => url.pathname === "/console");

    const visitsBefore = await dashboardVisits(page);
    await page.goto(site.url("/console"));
    await page.getByRole("link", { name: "走访群众" }).first().click();
    await page.waitForURL((url) => url.pathname === "/console/log");
    await page.locator("#villageId").selectOption({ label: "西区社区" });
    await page.locator("#gridId").selectOption("01");
    await page.locator("#details-household").fill("12号 王家");
    await page.locator('form[data-offline-queue] button[type="submit"]').click();
    await page.waitForURL((url) => url.searchParams.has("saved"));
    expect(await page.getByRole("status").first().innerText()).toContain("已保存");
    const onLog = await wcagViolations(page);
    expect(onLog, JSON.stringify(onLog, null, 2)).toEqual([]);

    expect(await dashboardVisits(page)).toBe(visitsBefore + 1);
    const onDashboard = await wcagViolations(page);
    expect(onDashboard, JSON.stringify(onDashboard, null, 2)).toEqual([]);
    expect(browser.errors).toEqual([]);
  });
});

/** The officer's own household-visit figure for the current half-year, read off the dashboard. */
async function dashboardVisits(page: import("playwright-core").Page): Promise<number> {
  await page.goto(site.url("/console/dashboard"));
  const tile = page.locator(".figures li", { hasText: "走访群众" });
  return Number((await tile.locator("strong").innerText()).replace(/,/g, ""));
}
