import { describe, expect, it } from "vitest";
import { demoId } from "../scripts/seed/index";
import { aaaContrastRule, wcagViolations, wcagViolationsAtWidths } from "./support/axe";
import { useBrowserPage } from "./support/page";
import { useDemoSite } from "./support/site";

const site = useDemoSite();
const browser = useBrowserPage("accessibility");

const xiqu = demoId("boluo", "village", "xiqu");

/** Every public page (in both languages where it has two) with the status it must answer. New public pages go here. */
const publicPages = [
  ...bothLanguages("/", 200),
  ...bothLanguages("/boluo", 200),
  ...bothLanguages("/boluo/villages", 200),
  ...bothLanguages("/boluo/villages?q=xiqu", 200),
  ...bothLanguages(`/boluo/villages/${xiqu}`, 200),
  { path: `/boluo/villages/${xiqu}/notice`, status: 200 },
  ...bothLanguages("/boluo/officers/xu-jieshan", 200),
  { path: "/boluo/officers/xu-jieshan/card", status: 200 },
  ...bothLanguages("/boluo/stories", 200),
  ...bothLanguages("/boluo/stories/scan-to-register", 200),
  ...bothLanguages("/huicheng/brands", 200),
  ...bothLanguages("/huicheng/brands/huage-shuoli", 200),
  ...bothLanguages("/boluo/excellent", 200),
  ...bothLanguages("/boluo/privacy", 200),
  ...bothLanguages("/boluo/my", 200),
  ...bothLanguages("/no-such-county/privacy", 404),
  { path: "/console/signin", status: 200 },
  ...bothLanguages(`/boluo/intake/${demoId("boluo", "intake", "xiqu-arrivals")}`, 200),
  ...bothLanguages("/no-such-county", 404),
  ...bothLanguages("/boluo/officers/no-such-officer", 404),
  ...bothLanguages("/boluo/officers/xu-jieshan/book", 200),
  ...bothLanguages(`/boluo/officers/xu-jieshan/book?village=${xiqu}`, 200),
  ...bothLanguages("/boluo/appointment", 200),
  ...bothLanguages("/boluo/appointment?ref=ABCDEFGHJK", 404),
];

function bothLanguages(path: string, status: number) {
  return [
    { path, status },
    { path: path === "/" ? "/en" : `/en${path}`, status },
  ];
}

describe("the axe-core check", () => {
  it("reports a violation when there is one", async () => {
    const { page } = browser;
    await page.setContent(
      '<html lang="zh-CN"><head><title>t</title></head><body><main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><button></button></main></body></html>',
    );
    const ids = (await wcagViolations(page)).map((violation) => violation.id);
    expect(ids).toEqual(expect.arrayContaining(["image-alt", "button-name"]));
  });

  it("reports a target below 24 px and a column squeezed to one character a line, at both widths", async () => {
    const { page } = browser;
    const html =
      '<html lang="zh-CN"><head><title>t</title></head><body><main><h1>表</h1>' +
      '<p><button style="width:12px;height:12px;padding:0;border:1px solid">x</button> <button style="width:12px;height:12px;padding:0;border:1px solid">y</button></p>' +
      '<table style="width:100%"><tr><th style="width:14px">来源地区</th><td style="width:100%">湖北省武汉市江岸区</td></tr></table></main></body></html>';
    await page.goto(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    const { violations, narrow } = await wcagViolationsAtWidths(page);
    expect(
      violations.filter((violation) => violation.id === "target-size").map((violation) => violation.width),
    ).toEqual([360, 1280]);
    expect(narrow.map((item) => [item.width, item.text])).toEqual([
      [360, "来源地区"],
      [1280, "来源地区"],
    ]);
  });
});

describe("public pages pass axe-core's WCAG 2.2 AA rules at 360 px and 1280 px, with no text squeezed below two characters", () => {
  for (const { path, status } of publicPages) {
    it(path, async () => {
      const { page } = browser;
      const response = await page.goto(site.url(path));
      expect(response?.status()).toBe(status);
      const { violations, narrow } = await wcagViolationsAtWidths(page);
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
      expect(narrow, JSON.stringify(narrow, null, 2)).toEqual([]);
    });
  }
});

/**
 * 关怀模式 on every public page (the console has no such mode): each page is reached through the switch
 * itself (`/care?on=1&back=…`, which sets the cookie and comes back), then checked at both widths
 * with axe's WCAG AA rules plus AAA contrast, and measured: no text below 18 px, and buttons, menu
 * and header links at least 48 px high.
 */
const printSheets = /\/(card|notice)$/;

describe("public pages in 关怀模式 pass axe-core with AAA contrast at 360 px and 1280 px, with 18 px text and 48 px targets", () => {
  for (const { path, status } of publicPages.filter((page) => !page.path.startsWith("/console"))) {
    it(path, async () => {
      const { page } = browser;
      const response = await page.goto(site.url(`/care?on=1&back=${encodeURIComponent(path)}`));
      expect(response?.status()).toBe(status);
      expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(path);
      const { violations, narrow } = await wcagViolationsAtWidths(page, { extraRules: [aaaContrastRule] });
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
      expect(narrow, JSON.stringify(narrow, null, 2)).toEqual([]);
      // The print sheets (A6 card, A4 notice) keep their paper layout; the AAA contrast holds there too.
      if (printSheets.test(path)) return;
      expect(await page.locator("html.care").count()).toBe(1);
      const sizes = await page.evaluate(() => {
        const { document, getComputedStyle } = globalThis as unknown as {
          document: { querySelectorAll(selector: string): Iterable<Element> };
          getComputedStyle(element: Element): { fontSize: string; display: string; visibility: string };
        };
        type Element = {
          tagName: string;
          className: string;
          childNodes: Iterable<{ nodeType: number; textContent: string | null }>;
          getBoundingClientRect(): { width: number; height: number };
        };
        const visible = (element: Element) => {
          const style = getComputedStyle(element);
          const box = element.getBoundingClientRect();
          return style.display !== "none" && style.visibility !== "hidden" && box.width > 0 && box.height > 0;
        };
        const name = (element: Element) =>
          `${element.tagName.toLowerCase()}${element.className ? "." + String(element.className).split(" ")[0] : ""}`;
        const smallText: string[] = [];
        for (const element of document.querySelectorAll("body *")) {
          const own = [...element.childNodes]
            .filter((node) => node.nodeType === 3)
            .map((node) => node.textContent ?? "");
          if (own.join("").trim() === "" || !visible(element)) continue;
          const size = parseFloat(getComputedStyle(element).fontSize);
          if (size < 18) smallText.push(`${name(element)} ${size}px`);
        }
        const smallTargets: string[] = [];
        const targets =
          ".bar a, .menu a, .footer-links a, a.button, button, select, input:not([type=radio]):not([type=checkbox]):not([type=hidden])";
        for (const element of document.querySelectorAll(targets)) {
          if (!visible(element)) continue;
          const height = element.getBoundingClientRect().height;
          if (height < 48) smallTargets.push(`${name(element)} ${Math.round(height)}px`);
        }
        return { smallText, smallTargets };
      });
      expect(sizes).toEqual({ smallText: [], smallTargets: [] });
    });
  }
});

/** The console pages each role reaches from its menu, signed in as that role. New console pages go here. */
const consolePages: Array<{ username: string; county: string; paths: string[] }> = [
  {
    username: "xu-jieshan",
    county: "boluo",
    paths: [
      "/console",
      "/console/today",
      "/console/log?category=visit",
      "/console/log?category=hazard",
      "/console/dashboard",
      "/console/agenda",
      "/console/agenda/hours",
      "/console/queue",
      "/console/feedback",
      "/console/tasks",
      "/console/password",
    ],
  },
  {
    username: "boluo.supervisor",
    county: "boluo",
    paths: ["/console/tasks", "/console/feedback", "/console/dashboard", "/console/excellence", "/console/stories"],
  },
  {
    username: "boluo.admin",
    county: "boluo",
    paths: [
      "/console/onboarding",
      "/console/onboarding/precincts",
      "/console/onboarding/officers",
      "/console/onboarding/villages",
      "/console/users",
      "/console/settings",
      "/console/intake",
      "/console/alerts",
      "/console/audit",
      "/console/keys",
    ],
  },
  { username: "boluo.health", county: "boluo", paths: ["/console/alerts"] },
  { username: "admin", county: "platform", paths: ["/console/platform", "/console/dev/outbox", "/console/keys"] },
];

describe("console pages pass axe-core's WCAG 2.2 AA rules at 360 px and 1280 px, with no text squeezed below two characters", () => {
  for (const { username, county, paths } of consolePages) {
    it(`as ${username}`, async () => {
      const { page } = browser;
      await page.goto(site.url("/console/signin"));
      await page.locator("#county").selectOption(county);
      await page.locator("#username").fill(username);
      await page.locator("#password").fill("cunjing-demo");
      await page.locator('button[type="submit"]').click();
      await page.waitForURL((url) => url.pathname !== "/console/signin");
      const found: Record<string, unknown> = {};
      for (const path of paths) {
        const response = await page.goto(site.url(path));
        expect(response?.status(), path).toBe(200);
        const { violations, narrow } = await wcagViolationsAtWidths(page);
        if (violations.length > 0 || narrow.length > 0) found[path] = { violations, narrow };
      }
      expect(found, JSON.stringify(found, null, 2)).toEqual({});
    });
  }
});
