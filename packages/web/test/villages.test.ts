import { describe, expect, it } from "vitest";
import { withActor } from "@cunjing/core/actor";
import { County } from "@cunjing/core/county/index";
import { db } from "@cunjing/core/db/service";
import { Officer } from "@cunjing/core/officer/index";
import { Precinct } from "@cunjing/core/precinct/index";
import { Village } from "@cunjing/core/village/index";
import { demoId, outsideAttributes, usePortal } from "./portal";

const get = usePortal();
const xiqu = demoId("boluo", "village", "xiqu");

describe("finding a village", () => {
  for (const query of ["xiqu", "xq", "西区", "Xī Qū", "XIQU"]) {
    it(`finds 西区社区 for ?q=${query}`, async () => {
      const page = await get(`/boluo/villages?q=${encodeURIComponent(query)}`);
      expect(page.status).toBe(200);
      expect(page.html).toContain(`href="/boluo/villages/${xiqu}"`);
      expect(page.html).toContain("找到 1 个");
      expect(page.html).toContain("城镇派出所");
      expect(page.html).not.toContain("铁场村");
      expect(page.html).toContain(`value="${query}"`);
    });
  }

  it("searches in English too and keeps the query across the language switch", async () => {
    const page = await get("/en/boluo/villages?q=xq");
    expect(page.html).toContain("Xiqu Community");
    expect(page.html).toContain("Xu Jieshan");
    expect(page.html).toContain('href="/boluo/villages?q=xq"');
    expect(page.html).toMatch(/<form[^>]*method="get"[^>]*action="\/en\/boluo\/villages"/);
  });

  it("lists every village grouped by precinct without a query, and says when nothing matches", async () => {
    const all = await get("/boluo/villages");
    for (const name of [
      "城镇派出所",
      "石湾派出所",
      "西区社区",
      "东区社区",
      "北门村",
      "铁场村",
      "石湾社区",
      "暂未配备民警",
    ]) {
      expect(all.html).toContain(name);
    }
    expect(all.html.indexOf("城镇派出所")).toBeLessThan(all.html.indexOf("铁场村"));
    const none = await get("/boluo/villages?q=zzzz");
    expect(none.status).toBe(200);
    expect(none.html).toContain("没有找到与“zzzz”相关的村（社区）");
  });

  it("escapes and bounds hostile query strings", async () => {
    const markup = await get(
      `/boluo/villages?q=${encodeURIComponent('"><script>alert(1)</script><img src=x onerror=alert(1)>')}`,
    );
    expect(markup.status).toBe(200);
    expect(outsideAttributes(markup.html)).not.toMatch(/<script|<img src=x/i);
    expect(markup.html).toContain('value="&#34;><script>alert(1)</script><img src=x on"');
    expect(markup.html).toContain("&lt;script&gt;");

    const long = await get(`/boluo/villages?q=${"a".repeat(10_000)}`);
    expect(long.status).toBe(200);
    expect(long.html).not.toContain("a".repeat(41));
    expect(long.html).toContain(`value="${"a".repeat(40)}"`);

    // 10,000 Chinese characters make a 90 KB address: the server refuses it before any page code runs.
    expect((await get(`/boluo/villages?q=${encodeURIComponent("西".repeat(10_000))}`)).status).toBeLessThan(500);
    for (const query of ["%00%01", "&q=1&q=2", "%F0%9F%91%AE", "%EF%BF%BF"]) {
      expect((await get(`/boluo/villages?q=${query}`)).status).toBe(200);
    }
    // Broken percent-encoding is refused by the server before any page code runs.
    expect((await get("/boluo/villages?q=%E0%A4%A")).status).toBe(400);
    expect((await get(`/boluo/villages?precinct=${"p".repeat(5000)}`)).status).toBe(200);
  });

  it("finds the search box on the county page, submitting to the village finder", async () => {
    const page = await get("/boluo");
    expect(page.html).toMatch(/<form[^>]*method="get"[^>]*action="\/boluo\/villages"[^>]*role="search"/);
    expect(page.html).toContain('name="q"');
  });
});

describe("the village page", () => {
  it("shows the village, its officer and how to reach them, in both languages", async () => {
    const zh = await get(`/boluo/villages/${xiqu}`);
    expect(zh.status).toBe(200);
    for (const text of [
      "西区社区",
      "徐洁珊",
      "周一至周五 9:00–12:00",
      "城镇派出所",
      'href="/boluo/officers/xu-jieshan"',
      'href="tel:07526123110"',
    ]) {
      expect(zh.html).toContain(text);
    }
    expect(zh.cache).toContain("s-maxage=60");
    expect(zh.html).not.toMatch(/<script/i);
    const en = await get(`/en/boluo/villages/${xiqu}`);
    for (const text of ["Xiqu Community", "Xu Jieshan", "Village officer", 'href="/en/boluo/officers/xu-jieshan"'])
      expect(en.html).toContain(text);
  });

  it("says so when a village has no officer", async () => {
    const page = await get(`/boluo/villages/${demoId("boluo", "village", "shiwan-shequ")}`);
    expect(page.status).toBe(200);
    expect(page.html).toContain("暂未配备民警");
    expect(page.html).not.toContain("打印公示牌");
  });

  it("answers unknown and malformed village ids with 404", async () => {
    expect((await get("/boluo/villages/nosuchvillage")).status).toBe(404);
    expect((await get("/en/boluo/villages/%3Cscript%3E")).status).toBe(404);
    expect((await get(`/boluo/villages/${demoId("huicheng", "village", "jiangbei")}`)).status).toBe(404);
  });

  it("prints an A4 notice with a QR code to the officer's page", async () => {
    const notice = await get(`/boluo/villages/${xiqu}/notice`);
    expect(notice.status).toBe(200);
    expect(notice.html).toContain("@page{size:A4");
    expect(notice.html).toContain("西区社区驻村（居）民警公示");
    expect(notice.html).toMatch(
      /aria-label="扫码查看民警主页：http:\/\/127\.0\.0\.1:\d+\/boluo\/officers\/xu-jieshan"[^>]*><svg/,
    );
    const en = await get(`/en/boluo/villages/${xiqu}/notice`);
    expect(en.html).toContain("Village officer of Xiqu Community");
  });
});

describe("a suspended county", () => {
  it("shows a notice instead of its pages, not an error", async () => {
    const countyId = await withActor({ type: "system", properties: {} }, () =>
      County.create({
        slug: "paused",
        nameZh: "暂停县",
        nameEn: "Paused County",
        cityZh: "惠州市",
        cityEn: "Huizhou",
        divisionCode: "441324",
      }),
    );
    await withActor({ type: "system", properties: { countyId } }, async () => {
      const precinctId = await Precinct.create({ nameZh: "测试派出所" });
      await Officer.create({ slug: "officer-a", nameZh: "甲", nameEn: "A", badge: "PAUSE001", precinctId });
      await Village.create({ precinctId, kind: "village", nameZh: "测试村", villageId: "testvillage" });
    });
    expect((await get("/paused/officers/officer-a")).status).toBe(200);
    await db.entities.county.patch({ countyId }).set({ status: "suspended" }).go();

    for (const path of [
      "/paused",
      "/paused/villages?q=ce",
      "/paused/villages/testvillage",
      "/paused/officers/officer-a",
      "/paused/stories",
    ]) {
      const page = await get(path);
      expect(page.status, path).toBe(200);
      expect(page.html, path).toContain("该县（区）的服务已暂停");
      expect(page.html, path).not.toContain("测试村");
    }
    const en = await get("/en/paused/officers/officer-a");
    expect(en.html).toContain("Service in this county is suspended");
  });
});
