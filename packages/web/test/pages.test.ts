import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyDemo } from "../../../scripts/vitest/demo-copy";
import { startSiteServer, type SiteServer } from "../../../scripts/site-server";

let server: SiteServer;
let base: string;

beforeAll(async () => {
  await copyDemo();
  server = await startSiteServer({ endpoint: process.env.DYNAMODB_ENDPOINT!, tableName: process.env.TABLE_NAME! });
  base = server.base;
});

afterAll(async () => {
  await server?.stop();
});

async function get(path: string) {
  const response = await fetch(base + path);
  return { status: response.status, html: await response.text(), type: response.headers.get("content-type") };
}

describe("public pages", () => {
  it("lists the seven counties on the home page, in Chinese and in English", async () => {
    const zh = await get("/");
    expect(zh.status).toBe(200);
    for (const name of ["惠城区", "惠阳区", "博罗县", "惠东县", "龙门县", "大亚湾", "仲恺"])
      expect(zh.html).toContain(name);
    expect(zh.html).toContain('lang="zh-CN"');
    const en = await get("/en");
    expect(en.html).toContain("Boluo County");
    expect(en.html).toContain('href="/en/boluo"');
  });

  it("renders Boluo with its precinct, community and officer", async () => {
    const page = await get("/boluo");
    expect(page.status).toBe(200);
    expect(page.type).toMatch(/text\/html/);
    for (const text of ["博罗县", "城镇派出所", "西区社区", "徐洁珊"]) expect(page.html).toContain(text);
    expect(page.html).toContain('href="/en/boluo"');
    expect(page.html).not.toMatch(/<script/);
  });

  it("renders the English county page with English names", async () => {
    const page = await get("/en/boluo");
    expect(page.status).toBe(200);
    expect(page.html).toContain("Xu Jieshan");
    expect(page.html).toContain("Chengzhen Police Station");
  });

  it("carries no inline style attribute, which the pages' CSP would refuse (the officer's avatar is sized by class)", async () => {
    for (const path of [
      "/boluo",
      "/boluo/officers/xu-jieshan",
      "/boluo/officers/xu-jieshan/card",
      "/en/boluo/villages",
    ]) {
      const page = await get(path);
      expect(page.status).toBe(200);
      expect(page.html.replace(/="[^"]*"/g, '=""'), path).not.toMatch(/\sstyle=/);
    }
    expect((await get("/boluo/officers/xu-jieshan")).html).toMatch(/class="avatar (initials )?size-112/);
  });

  it("answers an unknown county with a 404 page in the page's language", async () => {
    const zh = await get("/no-such-county");
    expect(zh.status).toBe(404);
    expect(zh.html).toContain("页面不存在");
    const en = await get("/en/no-such-county");
    expect(en.status).toBe(404);
    expect(en.html).toContain("Page not found");
    const odd = await get("/%E4%B8%AD%E6%96%87");
    expect(odd.status).toBe(404);
    const deep = await get("/en/boluo/not/a/page");
    expect(deep.status).toBe(404);
    expect(deep.html).toContain("Page not found");
  });

  it("mounts the tRPC router at /api/trpc with 400 field errors for malformed input", async () => {
    const ok = await fetch(`${base}/api/trpc/county.bySlug?input=${encodeURIComponent('"boluo"')}`);
    expect(ok.status).toBe(200);
    const bad = await fetch(`${base}/api/trpc/county.bySlug?input=${encodeURIComponent('"../etc"')}`);
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { error: { data: { fieldErrors: Record<string, string[]> } } };
    expect(Object.keys(body.error.data.fieldErrors)).toEqual(["_"]);
  });
});
