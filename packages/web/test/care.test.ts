import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@cunjing/core/db/service";
import { copyDemo } from "../../../scripts/vitest/demo-copy";
import { startSiteServer, type SiteServer } from "../../../scripts/site-server";
import { careCookie } from "../src/components/Care/care";
import { asCounty, demoId } from "./portal";

/** The production shape serves its own HTTPS origin as SITE_URL (scripts/prod-shape/serve.ts). */
const prodShape = process.env.CUNJING_SHAPE === "prod";
let siteUrl = "https://cunjing.example.cn";
const xiqu = demoId("boluo", "village", "xiqu");
let server: SiteServer;

beforeAll(async () => {
  await copyDemo();
  server = await startSiteServer({
    endpoint: process.env.DYNAMODB_ENDPOINT!,
    tableName: process.env.TABLE_NAME!,
    env: { SITE_URL: siteUrl },
  });
  if (prodShape) siteUrl = server.base;
});

afterAll(async () => {
  await server?.stop();
});

async function get(path: string, care = false) {
  const response = await fetch(server.base + path, {
    redirect: "manual",
    headers: care ? { cookie: `${careCookie}=1` } : {},
  });
  return {
    status: response.status,
    // Astro writes `&` in attributes as `&#38;`.
    html: (await response.text()).replace(/&#38;|&amp;/g, "&"),
    location: response.headers.get("location"),
    setCookie: response.headers.get("set-cookie") ?? "",
    cache: response.headers.get("cache-control"),
  };
}

/** The `content` of a meta tag, by its `property` or `name`. */
function meta(html: string, key: string): string | undefined {
  const match = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html);
  return match?.[1];
}

describe("关怀模式 switch", () => {
  it("sets the cookie and goes back to the page it came from, uncached", async () => {
    const on = await get(`/care?on=1&back=${encodeURIComponent("/boluo/officers/xu-jieshan")}`);
    expect(on.status).toBe(303);
    expect(on.location).toBe("/boluo/officers/xu-jieshan");
    expect(on.setCookie).toMatch(new RegExp(`^${careCookie}=1;`));
    expect(on.setCookie).toMatch(/HttpOnly/i);
    expect(on.setCookie).toMatch(/SameSite=Lax/i);
    expect(on.setCookie).toMatch(/Max-Age=31536000/);
    expect(on.cache).toBe("private, no-store");

    const withQuery = await get(`/care?on=1&back=${encodeURIComponent("/en/boluo/villages?q=xiqu")}`);
    expect(withQuery.location).toBe("/en/boluo/villages?q=xiqu");
  });

  it("clears the cookie when turned off", async () => {
    const off = await get(`/care?on=0&back=${encodeURIComponent("/en/boluo")}`);
    expect(off.status).toBe(303);
    expect(off.location).toBe("/en/boluo");
    expect(off.setCookie).toMatch(new RegExp(`^${careCookie}=(deleted)?;`));
    expect(off.setCookie).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/i);
  });

  it("never sends the browser to another site or into the console", async () => {
    for (const back of [
      "https://evil.example/boluo",
      "//evil.example/boluo",
      "/\\evil.example",
      "/.//evil.example",
      "/a/..//evil.example",
      "/%2e//evil.example",
      "\\\\evil.example",
      "javascript:alert(1)",
      "/boluo\r\nSet-Cookie: x=1",
      "/console/users",
      "/care?on=1",
      "boluo",
      "",
      "/" + "a".repeat(600),
    ]) {
      const answer = await get(`/care?on=1&back=${encodeURIComponent(back)}`);
      expect(answer.status, back).toBe(303);
      expect(answer.location, back).toBe("/");
    }
    expect((await get("/care?on=1")).location).toBe("/");
  });
});

describe("pages in 关怀模式", () => {
  it("offer the switch on every public page, in the page's language", async () => {
    for (const path of [
      "/",
      "/boluo",
      "/boluo/villages",
      "/boluo/privacy",
      "/boluo/officers/xu-jieshan",
      "/boluo/officers/xu-jieshan/card",
    ]) {
      const page = await get(path);
      expect(page.html, path).toContain(`href="/care?on=1&back=${encodeURIComponent(path)}"`);
      expect(page.html, path).toContain(">关怀模式</a>");
      expect(page.html, path).not.toMatch(/<html[^>]*class="care"/);
    }
    // The search keeps its query (as the language switch does); the raw request's never comes back unbounded.
    const search = await get("/boluo/villages?q=xiqu");
    expect(search.html).toContain(`href="/care?on=1&back=${encodeURIComponent("/boluo/villages?q=xiqu")}"`);
    expect((await get(`/boluo/villages?q=${"a".repeat(5000)}`)).html).not.toContain("a".repeat(41));
    const english = await get("/en/boluo");
    expect(english.html).toContain(`href="/care?on=1&back=${encodeURIComponent("/en/boluo")}"`);
    expect(english.html).toContain(">Large text</a>");
  });

  it("render the mode's markup: the class, the way out, and the essential links only", async () => {
    const normal = await get("/boluo");
    const care = await get("/boluo", true);
    expect(care.status).toBe(200);
    expect(care.html).toMatch(/<html[^>]*class="care"/);
    expect(care.html).toContain(`href="/care?on=0&back=${encodeURIComponent("/boluo")}"`);
    expect(care.html).toContain(">退出关怀模式</a>");
    const nav = (html: string) => /<nav class="menu"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? "";
    expect(nav(normal.html)).toContain('href="/boluo/stories"');
    expect(nav(care.html)).not.toContain('href="/boluo/stories"');
    expect(nav(care.html)).not.toContain('href="/boluo/excellent"');
    expect(nav(care.html)).toContain('href="/boluo/villages"');
    // The page is public either way (CloudFront keys it by the cookie).
    expect(care.cache).toBe(normal.cache);
  });

  it("put the officer's phone and desk hours first on officer and village pages", async () => {
    for (const path of ["/boluo/officers/xu-jieshan", `/boluo/villages/${xiqu}`, "/en/boluo/officers/xu-jieshan"]) {
      const normal = (await get(path)).html;
      const care = (await get(path, true)).html;
      const main = (html: string) => html.slice(html.indexOf("<main"));
      // Standard: the phone comes after the rest of the profile; in the mode it follows the heading.
      const first = (html: string) => main(html).indexOf('href="tel:07526123110"');
      const officerSection = (html: string) =>
        main(html).search(path.includes("villages") ? /id="officer-title"/ : /<dl class="facts card/);
      expect(first(normal), path).toBeGreaterThan(officerSection(normal));
      expect(first(care), path).toBeLessThan(officerSection(care));
      expect(main(care).indexOf('id="office-title"'), path).toBeLessThan(officerSection(care));
      expect(main(care).indexOf('id="office-title"'), path).toBeGreaterThan(0);
      // Each section once.
      expect(care.match(/id="contact-title"/g), path).toHaveLength(1);
      expect(care.match(/id="office-title"/g), path).toHaveLength(1);
    }
  });
});

describe("the privacy page", () => {
  it("names the processor, the fields, the retention from the county's settings, red alerts, rights and contact", async () => {
    const page = await get("/boluo/privacy");
    expect(page.status).toBe(200);
    expect(page.cache).toContain("s-maxage=60");
    for (const text of [
      "博罗县个人信息保护说明",
      "博罗县公安局",
      "证件类型和号码",
      "提交后 90 天自动删除",
      "预约时段结束后 180 天自动删除",
      "30 天后自动删除",
      "HMAC-SHA256",
      "不含姓名、证件号码和手机号",
      "查阅、更正和删除",
      "所属派出所",
    ]) {
      expect(page.html).toContain(text);
    }
    expect(page.html).toContain('href="/boluo/my"');

    const english = await get("/en/boluo/privacy");
    expect(english.status).toBe(200);
    for (const text of ["Boluo County Public Security Bureau", "deleted automatically 90 days", "signed webhook"]) {
      expect(english.html).toContain(text);
    }
    expect(english.html).toContain('href="/en/boluo/my"');
  });

  it("follows the county's retention setting and contact line", async () => {
    const countyId = demoId("county", "huicheng");
    await asCounty("huicheng", () =>
      db.entities.county.patch({ countyId }).set({ intakeRetentionDays: 45, contactLine: "12345 政务服务热线" }).go(),
    );
    const page = await get("/huicheng/privacy");
    expect(page.html).toContain("提交后 45 天自动删除");
    expect(page.html).toContain("12345 政务服务热线");
    expect(page.html).not.toContain("提交后 90 天");
  });

  it("answers an unknown county with a 404 in the page's language", async () => {
    const zh = await get("/no-such-county/privacy");
    expect(zh.status).toBe(404);
    expect(zh.html).toContain("页面不存在");
    const en = await get("/en/no-such-county/privacy");
    expect(en.status).toBe(404);
    expect(en.html).toContain("Page not found");
  });

  it("is linked, with 我的信息, from the footer of every county page", async () => {
    for (const path of ["/boluo", "/boluo/villages", `/boluo/villages/${xiqu}`, "/boluo/officers/xu-jieshan"]) {
      const footer = /<footer>[\s\S]*<\/footer>/.exec((await get(path)).html)?.[0] ?? "";
      expect(footer, path).toContain('<a href="/boluo/privacy">隐私说明</a>');
      expect(footer, path).toContain('<a href="/boluo/my">我的信息</a>');
    }
    const english = /<footer>[\s\S]*<\/footer>/.exec((await get("/en/boluo")).html)?.[0] ?? "";
    expect(english).toContain('<a href="/en/boluo/privacy">Privacy</a>');
    expect(english).toContain('<a href="/en/boluo/my">My records</a>');
  });
});

describe("share cards", () => {
  const cardPages = [
    "/boluo",
    "/en/boluo",
    "/boluo/officers/xu-jieshan",
    `/boluo/villages/${xiqu}`,
    "/boluo/stories/scan-to-register",
    "/huicheng/brands/huage-shuoli",
    "/en/huicheng/brands/huage-shuoli",
  ];

  it("give officer, village, story, brand and county pages absolute title, description, image and address", async () => {
    for (const path of cardPages) {
      const { html, status } = await get(path);
      expect(status, path).toBe(200);
      const title = meta(html, "og:title");
      const description = meta(html, "og:description");
      expect(title, path).toBeTruthy();
      expect(description, path).toBeTruthy();
      expect(meta(html, "description"), path).toBe(description);
      expect(meta(html, "og:url"), path).toBe(siteUrl + path);
      expect(meta(html, "og:image"), path).toMatch(/^https:\/\/\S+$/);
      expect(meta(html, "twitter:card"), path).toMatch(/^summary/);
      // Nothing beyond what the page shows: no phone or ID-like digit runs, the title is the page's own.
      const tags = [...html.matchAll(/<meta (?:property|name)="(?:og:|twitter:|description)[^"]*" content="([^"]*)"/g)];
      for (const [, content] of tags) expect(content, path).not.toMatch(/\d{7,}|1[3-9]\d{9}/);
      expect(html, path).toContain(`<title>${title}</title>`);
    }
  });

  it("use the officer's photo or the story's cover, else the county logo, else the site's default image", async () => {
    const xu = await get("/boluo/officers/xu-jieshan");
    expect(meta(xu.html, "og:image")).toBe(`${siteUrl}/og.jpg`);

    const countyId = demoId("county", "huicheng");
    await asCounty("huicheng", () =>
      db.entities.county.patch({ countyId }).set({ logoUrl: "/media/logos/huicheng.png" }).go(),
    );
    expect(meta((await get("/huicheng")).html, "og:image")).toBe(`${siteUrl}/media/logos/huicheng.png`);
    expect(meta((await get("/huicheng/brands/huage-shuoli")).html, "og:image")).toBe(
      `${siteUrl}/media/logos/huicheng.png`,
    );

    const officerId = demoId("huicheng", "officer", "liao-yanxia");
    await asCounty("huicheng", () =>
      db.entities.officer.patch({ countyId, officerId }).set({ photoUrl: "/media/photos/liao-320.webp" }).go(),
    );
    const liao = await get("/huicheng/officers/liao-yanxia");
    expect(meta(liao.html, "og:image")).toBe(`${siteUrl}/media/photos/liao-320.webp`);
    expect(meta(liao.html, "og:type")).toBe("profile");

    const boluo = demoId("county", "boluo");
    await asCounty("boluo", async () => {
      const { data } = await db.entities.story.query.bySlug({ countyId: boluo, slug: "scan-to-register" }).go();
      await db.entities.story
        .patch({ countyId: boluo, storyId: data[0]!.storyId })
        .set({ coverUrl: "/media/covers/scan.webp" })
        .go();
    });
    const story = await get("/boluo/stories/scan-to-register");
    expect(meta(story.html, "og:image")).toBe(`${siteUrl}/media/covers/scan.webp`);
    expect(meta(story.html, "og:type")).toBe("article");
  });
});
