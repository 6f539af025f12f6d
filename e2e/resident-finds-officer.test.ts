import { describe, expect, it } from "vitest";
import { useBrowserPage } from "./support/page";
import { useDemoSite } from "./support/site";

const site = useDemoSite();
const browser = useBrowserPage("resident-finds-officer");

describe("a resident finds the officer who serves their community", () => {
  it("opens the portal, chooses Boluo, finds 西区社区 by typing its pinyin, and opens officer 徐洁珊", async () => {
    const { page } = browser;

    await page.goto(site.url("/"));
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
    await page.getByRole("link", { name: "博罗县" }).click();
    await page.waitForURL("**/boluo");
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toContain("博罗县");

    // The village search: a GET form to /boluo/villages with a `q` field, answered by pinyin.
    const search = page.getByRole("searchbox").or(page.locator('input[name="q"]')).first();
    await search.fill("xiqu");
    await search.press("Enter");
    await page.waitForURL((url) => url.pathname === "/boluo/villages" && url.searchParams.get("q") === "xiqu");
    await page.getByText("西区社区").first().waitFor();

    await page
      .getByRole("link", { name: /徐洁珊/ })
      .first()
      .click();
    await page.waitForURL("**/boluo/officers/xu-jieshan");
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toContain("徐洁珊");

    expect(browser.errors).toEqual([]);
  });
});
