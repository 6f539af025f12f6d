import { describe, expect, it } from "vitest";
import { Counter } from "@cunjing/core/counter/index";
import { db } from "@cunjing/core/db/service";
import { Officer } from "@cunjing/core/officer/index";
import { messages } from "../src/i18n";
import { asCounty, demoId, usePortal } from "./portal";

const get = usePortal();
const boluo = demoId("county", "boluo");
const publicCache = "public, max-age=0, s-maxage=60, stale-while-revalidate=300";

describe("the officer page", () => {
  it("shows the officer, their precinct, villages, desk hours and phone, in Chinese", async () => {
    const page = await get("/boluo/officers/xu-jieshan");
    expect(page.status).toBe(200);
    for (const text of [
      "徐洁珊",
      "二级警员",
      "441322101",
      "城镇派出所",
      "西区社区",
      "周一至周五 9:00–12:00",
      "联系方式",
    ]) {
      expect(page.html).toContain(text);
    }
    expect(page.html).toContain('href="tel:07526123110"');
    expect(page.html).toContain(`href="/boluo/villages/${demoId("boluo", "village", "xiqu")}"`);
    expect(page.html).toContain('href="/boluo/officers/xu-jieshan/card"');
    expect(page.html).toContain('href="/en/boluo/officers/xu-jieshan"');
    expect(page.html).toMatch(/<meta property="og:title" content="徐洁珊[^"]*"/);
    expect(page.html).toMatch(/<meta name="description" content="[^"]+"/);
    expect(page.html).toContain('class="avatar initials size-112"');
    expect(page.html).not.toMatch(/<script/i);
    expect(page.cache).toBe(publicCache);
    expect(page.gzipBytes).toBeLessThanOrEqual(14 * 1024);
  });

  it("shows the same officer in English under /en", async () => {
    const page = await get("/en/boluo/officers/xu-jieshan");
    expect(page.status).toBe(200);
    for (const text of ["Xu Jieshan", "Chengzhen Police Station", "Xiqu Community", 'lang="en"', "Office phone"])
      expect(page.html).toContain(text);
    expect(page.html).toContain('href="/boluo/officers/xu-jieshan"');
    expect(page.gzipBytes).toBeLessThanOrEqual(14 * 1024);
  });

  it("shows this half-year's figures from the counters and hides empty categories", async () => {
    // A new officer, so the demo's recorded work does not show.
    const officerId = await asCounty("boluo", () =>
      Officer.create({
        slug: "new-officer",
        nameZh: "新民警",
        nameEn: "New Officer",
        badge: "441322999",
        precinctId: demoId("boluo", "precinct", "chengzhen"),
      }),
    );
    const before = await get("/boluo/officers/new-officer");
    expect(before.html).toContain("本半年暂无工作记录");
    const { from, to } = Counter.halfYear();
    const scope = Counter.scope.officer(officerId);
    await db.entities.counter.update({ countyId: boluo, scope, day: from }).add({ visit: 1200, dispute: 3 }).go();
    await db.entities.counter.update({ countyId: boluo, scope, day: to }).add({ visit: 34 }).go();
    await db.entities.counter.update({ countyId: boluo, scope, day: "2019-01-01" }).add({ hazard: 9 }).go();

    const page = await get("/boluo/officers/new-officer");
    expect(page.html).toMatch(/<strong[^>]*>1,234<\/strong>\s*<span[^>]*>走访群众（户）<\/span>/);
    expect(page.html).toMatch(/<strong[^>]*>3<\/strong>\s*<span[^>]*>化解矛盾纠纷<\/span>/);
    expect(page.html).not.toContain("排查安全隐患");
    expect(page.html).not.toContain("本半年暂无工作记录");
    const english = await get("/en/boluo/officers/new-officer");
    expect(english.html).toMatch(/<strong[^>]*>1,234<\/strong>\s*<span[^>]*>Household visits<\/span>/);
  });

  it("shows no score while there are fewer than 5 ratings, and says why", async () => {
    const page = await get("/boluo/officers/xu-jieshan");
    expect(page.html).toContain(messages("zh").scorePending);
    expect(page.html).not.toContain(`class="score"`);
    expect(page.html).not.toContain("群众表扬");
  });

  it("shows a photo and the WeChat group QR when the officer has them", async () => {
    await asCounty("boluo", () =>
      Officer.create({
        slug: "zhou-test",
        nameZh: "周测试",
        nameEn: "Zhou Ceshi",
        badge: "TEST0001",
        precinctId: demoId("boluo", "precinct", "chengzhen"),
        photoUrl: "https://img.example.cn/zhou.jpg",
        wechatQrUrl: "/files/zhou-wechat.png",
      }),
    );
    const page = await get("/boluo/officers/zhou-test");
    expect(page.status).toBe(200);
    expect(page.html).toContain('src="https://img.example.cn/zhou.jpg" alt="周测试的照片"');
    expect(page.html).toContain('src="/files/zhou-wechat.png" alt="周测试的微信工作群二维码"');
    expect(page.html).toContain('<meta property="og:image" content="https://img.example.cn/zhou.jpg"');
    expect(page.html).not.toContain('class="avatar initials');
    // No phone, but a QR: the "no contact" advice is not needed.
    expect(page.html).not.toContain("暂未公布联系电话");
  });

  it("reads well for an officer without photo, phone, rank or villages", async () => {
    const page = await get("/boluo/officers/zhang-min");
    expect(page.status).toBe(200);
    expect(page.html).toContain("暂未公布联系电话");
    expect(page.html).toContain('aria-hidden="true"');
    expect(page.html).toContain(">张</span>");
  });

  it("answers unknown officers and counties with a 404 page in the page's language, briefly cached", async () => {
    const zh = await get("/boluo/officers/nobody");
    expect(zh.status).toBe(404);
    expect(zh.html).toContain("页面不存在");
    expect(zh.cache).toBe("public, max-age=0, s-maxage=10");
    const en = await get("/en/boluo/officers/nobody");
    expect(en.status).toBe(404);
    expect(en.html).toContain("Page not found");
    expect((await get("/nowhere/officers/xu-jieshan")).status).toBe(404);
    expect((await get("/boluo/officers/NOT_A_SLUG%3Cb%3E")).status).toBe(404);
    expect((await get(`/boluo/officers/${"x".repeat(3000)}`)).status).toBe(404);
  });

  it("prints a contact card with a QR code to the officer's page", async () => {
    const card = await get("/boluo/officers/xu-jieshan/card");
    expect(card.status).toBe(200);
    expect(card.html).toContain("@page{size:105mm 148mm");
    expect(card.html).toMatch(
      /<div class="qr"[^>]*role="img"[^>]*aria-label="扫码查看民警主页：http:\/\/127\.0\.0\.1:\d+\/boluo\/officers\/xu-jieshan"[^>]*><svg/,
    );
    expect(card.html).toContain("0752-6123110");
    expect(card.html).not.toMatch(/<script/i);
    const english = await get("/en/boluo/officers/xu-jieshan/card");
    expect(english.html).toMatch(
      /aria-label="Scan to open the officer's page: http:\/\/127\.0\.0\.1:\d+\/en\/boluo\/officers\/xu-jieshan"/,
    );
    expect((await get("/boluo/officers/nobody/card")).status).toBe(404);
  });
});
