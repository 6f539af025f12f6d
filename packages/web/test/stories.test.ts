import { describe, expect, it } from "vitest";
import { Story } from "@cunjing/core/story/index";
import { asCounty, demoId, outsideAttributes, usePortal } from "./portal";

const get = usePortal();

describe("stories and brands", () => {
  it("lists the published stories of a county and shows one, in Chinese and in English", async () => {
    const list = await get("/boluo/stories");
    expect(list.status).toBe(200);
    expect(list.html).toContain('href="/boluo/stories/scan-to-register"');
    expect(list.html).toContain("扫一扫就能登记");
    expect(list.cache).toContain("s-maxage=60");

    const story = await get("/boluo/stories/scan-to-register");
    expect(story.status).toBe(200);
    expect(story.html).toContain("<strong>27,261</strong>");
    expect(story.html).toContain("<h2>全县的成果</h2>");
    expect(story.html).toContain('href="/boluo/officers/xu-jieshan"');
    expect(story.html).toContain(`href="/boluo/villages/${demoId("boluo", "village", "xiqu")}"`);
    expect(story.html).toContain('<meta property="og:type" content="article"');
    expect(story.html).not.toMatch(/<script/i);

    const english = await get("/en/boluo/stories/scan-to-register");
    expect(english.html).toContain("Scan to register");
    expect(english.html).toContain("<strong>27,261</strong> newcomers");
  });

  it("shows stories on the pages of the county, officer and village they feature", async () => {
    for (const path of [
      "/boluo",
      "/boluo/officers/xu-jieshan",
      `/boluo/villages/${demoId("boluo", "village", "xiqu")}`,
    ]) {
      expect((await get(path)).html, path).toContain('href="/boluo/stories/scan-to-register"');
    }
    expect((await get("/boluo/officers/he-jianguo")).html).not.toContain("scan-to-register");
  });

  it("lists and shows brands", async () => {
    const list = await get("/huicheng/brands");
    expect(list.html).toContain('href="/huicheng/brands/huage-shuoli"');
    const brand = await get("/en/huicheng/brands/huage-shuoli");
    expect(brand.status).toBe(200);
    expect(brand.html).toContain("Brother Hua Talks It Through");
    expect(brand.html).toContain('href="/en/huicheng/officers/chen-hua"');
    const empty = await get("/boluo/brands");
    expect(empty.status).toBe(200);
    expect(empty.html).toContain("暂无已发布的品牌");
  });

  it("sanitises Markdown on the server: no scripts, frames, handlers or javascript: links", async () => {
    await asCounty("boluo", () =>
      Story.create({
        slug: "hostile",
        status: "published",
        title: "<b>标题</b>",
        summary: "摘要<script>alert(1)</script>",
        body: [
          "正文 **加粗**",
          "<script>alert('x')</script>",
          '<img src="https://img.example.cn/a.jpg" onerror="alert(1)">',
          '<iframe src="https://evil.example"></iframe>',
          "[点我](javascript:alert(1)) [好链接](https://www.gov.cn/)",
          '<a href="#" onclick="alert(1)" style="color:red">x</a>',
        ].join("\n\n"),
      }),
    );
    const page = await get("/boluo/stories/hostile");
    expect(page.status).toBe(200);
    expect(page.html).toContain("<strong>加粗</strong>");
    expect(page.html).toContain("&lt;b&gt;标题&lt;/b&gt;");
    expect(page.html).toContain('<img src="https://img.example.cn/a.jpg"');
    expect(page.html).toContain('href="https://www.gov.cn/" rel="nofollow noopener"');
    expect(outsideAttributes(page.html)).not.toMatch(/<script|<iframe|onerror|onclick|javascript:|style=/i);
    expect(page.html).not.toMatch(/ on\w+="|javascript:|style="color/i);
  });

  it("answers drafts, unknown slugs and other counties' stories with 404", async () => {
    await asCounty("boluo", () => Story.create({ slug: "draft-story", title: "草稿", summary: "草稿", body: "草稿" }));
    expect((await get("/boluo/stories/draft-story")).status).toBe(404);
    expect((await get("/boluo/stories")).html).not.toContain("draft-story");
    expect((await get("/boluo/stories/nothing-here")).status).toBe(404);
    expect((await get("/en/boluo/brands/nothing-here")).html).toContain("Page not found");
    expect((await get("/boluo/brands/huage-shuoli")).status).toBe(404);
    expect((await get("/nowhere/stories")).status).toBe(404);
  });
});
