import { describe, expect, it } from "vitest";
import { demoId } from "../scripts/seed/index";
import { wcagViolations } from "./support/axe";
import { useBrowserPage } from "./support/page";
import { useDemoSite } from "./support/site";

const site = useDemoSite();
const browser = useBrowserPage("resident-registers");
const formPath = `/boluo/intake/${demoId("boluo", "intake", "xiqu-arrivals")}`;

describe("a newcomer registers through the QR form, without JavaScript", () => {
  it("fills the form, picks the origin province → city → county, agrees to the notice and gets a receipt", async () => {
    const { page } = browser;
    await page.goto(site.url(formPath));
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toContain("西区社区来人登记");

    await page.getByLabel("姓名 *").fill("周小满");
    await page.getByLabel("证件类型 *").selectOption("passport");
    await page.getByLabel("证件号码 *").fill("E98765432");
    await page.getByLabel("手机号 *").fill("13955556666");
    const yesterday = new Date(Date.now() + 8 * 3600_000 - 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel("到达日期 *").fill(yesterday);
    await page.getByLabel("在本村（社区）的住址 *").fill("西区社区 2 巷 7 号");

    // Each step of the origin picker posts the form to itself and keeps the answers.
    await page.getByLabel("省份").selectOption({ label: "广东省" });
    await page.getByRole("button", { name: "下一步：选择城市" }).click();
    await page.getByLabel("城市").selectOption({ label: "深圳市" });
    await page.getByRole("button", { name: "下一步：选择区县" }).click();
    await page.getByLabel("区县").selectOption({ label: "南山区" });
    expect(await page.getByLabel("姓名 *").inputValue()).toBe("周小满");

    await page.getByRole("checkbox").check();
    await page.getByRole("button", { name: "提交登记" }).click();
    await page.getByRole("heading", { name: "登记成功" }).waitFor();
    expect(await page.locator(".receipt").innerText()).toMatch(/^[2-9A-Z]{10}$/);
    expect(await wcagViolations(page)).toEqual([]);
    expect(browser.errors).toEqual([]);
  });
});
