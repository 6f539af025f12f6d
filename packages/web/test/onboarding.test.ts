import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyDemo } from "../../../scripts/vitest/demo-copy";
import { withActor } from "@cunjing/core/actor";
import { County } from "@cunjing/core/county/index";
import { Precinct } from "@cunjing/core/precinct/index";
import { Village } from "@cunjing/core/village/index";
import { demoPassword } from "../../../scripts/seed/demo-data";
import { startSiteServer, type SiteServer } from "../../../scripts/site-server";

let server: SiteServer;
let admin: string;
let platform: string;

beforeAll(async () => {
  await copyDemo();
  server = await startSiteServer({ endpoint: process.env.DYNAMODB_ENDPOINT!, tableName: process.env.TABLE_NAME! });
  admin = await signIn("boluo", "boluo.admin");
  platform = await signIn("platform", "admin");
});

afterAll(async () => {
  await server?.stop();
});

async function signIn(county: string, username: string) {
  const response = await fetch(`${server.base}/console/signin`, {
    method: "POST",
    redirect: "manual",
    headers: { origin: server.base, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ county, username, password: demoPassword }),
  });
  return response.headers
    .getSetCookie()
    .find((c) => c.startsWith("cunjing_session="))!
    .split(";")[0]!;
}

const get = (cookie: string, path: string) => fetch(server.base + path, { redirect: "manual", headers: { cookie } });
const post = (cookie: string, path: string, body: URLSearchParams | FormData) =>
  fetch(server.base + path, { method: "POST", redirect: "manual", headers: { cookie, origin: server.base }, body });
const form = (fields: Record<string, string>) => new URLSearchParams(fields);
const csvFile = (text: string, name = "file.csv") =>
  new File([new TextEncoder().encode(`\uFEFF${text}`)], name, { type: "text/csv" });

describe("onboarding pages", () => {
  it("are for county admins only", async () => {
    const officer = await signIn("boluo", "xu-jieshan");
    expect((await get(officer, "/console/onboarding")).status).toBe(403);
    expect((await get(officer, "/console/onboarding/import")).status).toBe(403);
    expect((await get(admin, "/console/platform")).status).toBe(403);
    const overview = await get(admin, "/console/onboarding");
    expect(overview.status).toBe(200);
    const html = await overview.text();
    expect(html).toContain("建档管理");
    expect(html).toMatch(/个村（社区）尚未配备驻村（居）民警/);
  });

  // The first write of a fresh server: nothing has loaded the pinyin dictionary yet.
  it("add an officer by hand before any village is written, with the address and English name from pinyin", async () => {
    const page = await (await get(admin, "/console/onboarding/officers")).text();
    const precinctId = /<select id="precinctId" name="precinctId"[^>]*>\s*<option value="([a-z0-9]+)"/.exec(page)![1]!;
    const created = await post(
      admin,
      "/console/onboarding/officers",
      form({ nameZh: "吕单平", badge: "7788001", precinctId }),
    );
    expect(created.status).toBe(303);
    const officerPage = await (await get(admin, created.headers.get("location")!)).text();
    expect(officerPage).toContain("/boluo/officers/lv-danping");
    expect(officerPage).toContain(`value="Lv Danping"`);
  });

  it("create a precinct by hand, refuse its twin with a Chinese message, and speak English by cookie", async () => {
    const created = await post(
      admin,
      "/console/onboarding/precincts",
      form({ nameZh: "湖镇派出所", nameEn: "Huzhen Police Station", phone: "0752-6330110" }),
    );
    expect(created.status).toBe(303);
    const location = created.headers.get("location")!;
    expect(location).toMatch(/^\/console\/onboarding\/precincts\/[a-z0-9]+\?done=created$/);
    expect(await (await get(admin, location)).text()).toContain("已建立");
    const twin = await post(admin, "/console/onboarding/precincts", form({ nameZh: "湖镇派出所" }));
    expect(twin.status).toBe(409);
    expect(await twin.text()).toContain("本县（区）已有同名派出所");
    const english = await get(`${admin}; cunjing_lang=en`, location);
    expect(await english.text()).toContain("Supervisors");
  });

  it("assign an officer to a village, keep the history and show it", async () => {
    const list = await (await get(admin, "/console/onboarding/villages?q=xiqu")).text();
    const villagePath = /href="(\/console\/onboarding\/villages\/[a-z0-9]+)"[^>]*>西区社区/.exec(list)![1]!;
    const page = await (await get(admin, villagePath)).text();
    const other = /<option value="([a-z0-9]+)"[^>]*>何建国/.exec(page)![1]!;
    expect((await post(admin, villagePath, form({ intent: "assign", officerId: other }))).status).toBe(303);
    const after = await (await get(admin, villagePath)).text();
    expect(after).toContain("何建国（441322102）");
    expect(after).toContain("徐洁珊（441322101）"); // an ended period in the history
    expect(after.match(/至今/g)?.length).toBe(1);
    expect((await post(admin, villagePath, form({ intent: "assign", officerId: "", badge: "441322101" }))).status).toBe(
      303,
    );
    expect((await post(admin, villagePath, form({ intent: "addGrid", code: "99", gridName: "测试网格" }))).status).toBe(
      303,
    );
    expect(await (await get(admin, villagePath)).text()).toContain("测试网格");
  });
});

describe("CSV import over HTTP", () => {
  it("checks a file, reports row errors, applies a good one all at once, and shows the result", async () => {
    const bad = new FormData();
    bad.set("intent", "check");
    bad.set("kind", "villages");
    bad.set(
      "file",
      csvFile(
        "所属派出所,村（社区）名称,类型\r\n城镇派出所,新河村,村\r\n东湖派出所,越界村,村\r\n城镇派出所,东门村,厂\r\n",
      ),
    );
    const checked = await post(admin, "/console/onboarding/import", bad);
    const report = await checked.text();
    expect(checked.status).toBe(200);
    expect(report).toContain("发现 2 处问题");
    expect(report).toContain("本县（区）没有该名称的派出所");
    expect(report).toContain("类型请填“村”或“社区”");
    expect(report).not.toContain('name="intent" value="apply"');
    const jobId = /errors\.csv\?job=([a-z0-9]+)/.exec(report)![1];
    const errors = await get(admin, `/console/onboarding/import/errors.csv?job=${jobId}`);
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(await errors.arrayBuffer())).toMatch(
      /^\uFEFF行,列,列名,问题\r\n3,A,所属派出所,/,
    );

    const good = new FormData();
    good.set("intent", "check");
    good.set("kind", "villages");
    good.set(
      "file",
      csvFile(
        "所属派出所,村（社区）名称,类型,驻村（居）民警警号\r\n城镇派出所,新河村,村,441322101\r\n城镇派出所,东门村,村,\r\n",
      ),
    );
    const ok = await (await post(admin, "/console/onboarding/import", good)).text();
    expect(ok).toContain("检查通过，可以导入。");
    const applyJob = /name="jobId" value="([a-z0-9]+)"/.exec(ok)![1]!;
    const applied = await post(admin, "/console/onboarding/import", form({ intent: "apply", jobId: applyJob }));
    expect(applied.status).toBe(303);
    expect(await (await get(admin, applied.headers.get("location")!)).text()).toContain(
      "导入完成：新建 2 项，更新 0 项。",
    );
    const progress = await get(
      admin,
      `/api/trpc/import.progress?input=${encodeURIComponent(JSON.stringify({ jobId: applyJob }))}`,
    );
    const job = (await progress.json()).result.data;
    expect(job).toMatchObject({ status: "applied", creates: 2 });
    expect(job.written).toBe(job.writes);
  });

  it("offers templates Excel opens (BOM) and exports with formulas escaped", async () => {
    const template = await get(admin, "/console/onboarding/import/template.csv?kind=officers&lang=zh");
    expect(template.headers.get("content-disposition")).toBe('attachment; filename="cunjing-officers-template.csv"');
    expect(new Uint8Array(await template.arrayBuffer()).subarray(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    await post(
      admin,
      "/console/onboarding/precincts",
      form({ nameZh: '=HYPERLINK("http://evil")', address: "@SUM(A1)" }),
    );
    const exported = new TextDecoder().decode(
      await (await get(admin, "/console/onboarding/import/export.csv?kind=precincts")).arrayBuffer(),
    );
    expect(exported).toContain(`"'=HYPERLINK(""http://evil"")",,'@SUM(A1),`);
  });

  it("refuses an upload larger than the console accepts", async () => {
    const big = new FormData();
    big.set("intent", "check");
    big.set("kind", "precincts");
    big.set("file", new File([new Uint8Array(7 * 1024 * 1024).fill(0x41)], "big.csv"));
    expect((await post(admin, "/console/onboarding/import", big)).status).toBe(413);
    // A body without a declared length (chunked) cannot be measured up front: refused.
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new Uint8Array(1024));
        controller.close();
      },
    });
    const chunked = await fetch(`${server.base}/console/media/upload/anything`, {
      method: "PUT",
      headers: { cookie: admin, origin: server.base },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(chunked.status).toBe(411);
  });
});

describe("images", () => {
  const jpeg = async () =>
    new Uint8Array(
      await sharp({ create: { width: 500, height: 700, channels: 3, background: "#446688" } })
        .jpeg()
        .toBuffer(),
    );

  it("take a photo posted with the form (no JavaScript), resize it and show it on the public page", async () => {
    const officers = await (await get(admin, "/console/onboarding/officers?q=徐洁珊")).text();
    const path = /href="(\/console\/onboarding\/officers\/[a-z0-9]+)"[^>]*>徐洁珊/.exec(officers)![1]!;
    const page = await (await get(admin, path)).text();
    const precinctId = /<option value="([a-z0-9]+)" selected/.exec(page)![1]!;
    const body = new FormData();
    for (const [key, value] of Object.entries({
      intent: "update",
      nameZh: "徐洁珊",
      nameEn: "Xu Jieshan",
      badge: "441322101",
      precinctId,
    }))
      body.set(key, value);
    body.set("photoUrlFile", new File([await jpeg()], "me.jpg", { type: "image/jpeg" }));
    const saved = await post(admin, path, body);
    expect(saved.status).toBe(303);
    const publicPage = await (await fetch(`${server.base}/boluo/officers/xu-jieshan`)).text();
    const src = /<img class="avatar size-\d+" src="([^"]+)"/.exec(publicPage)![1]!;
    const image = await fetch(server.base + src);
    expect(image.headers.get("content-type")).toBe("image/webp");
    expect(await sharp(Buffer.from(await image.arrayBuffer())).metadata()).toMatchObject({ width: 320, height: 320 });

    const svg = new FormData();
    for (const [key, value] of Object.entries({
      intent: "update",
      nameZh: "徐洁珊",
      nameEn: "Xu Jieshan",
      badge: "441322101",
      precinctId,
    }))
      svg.set(key, value);
    svg.set("wechatQrUrlFile", new File(["<svg onload=alert(1)>"], "qr.jpg", { type: "image/jpeg" }));
    const refused = await post(admin, path, svg);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("不是 JPEG、PNG 或 WebP 图片");
  });

  it("go through the begin (API) / PUT / complete (console) path the browser uses", async () => {
    const bytes = await jpeg();
    const call = (procedure: string, input: unknown) =>
      fetch(`${server.base}/api/trpc/${procedure}`, {
        method: "POST",
        headers: { cookie: admin, origin: server.base, "content-type": "application/json" },
        body: JSON.stringify(input),
      }).then((response) => response.json());
    const target = (await call("upload.begin", { purpose: "qr", contentType: "image/jpeg", size: bytes.byteLength }))
      .result.data;
    const put = await fetch(server.base + target.url, {
      method: "PUT",
      headers: { ...target.headers, cookie: admin, origin: server.base },
      body: bytes,
    });
    expect(put.status).toBe(204);
    const completed = await fetch(`${server.base}/console/media/complete/${target.uploadId}`, {
      method: "POST",
      headers: { cookie: admin, origin: server.base },
    });
    expect(completed.status).toBe(200);
    const done = await completed.json();
    expect(done.url).toMatch(/^\/media\/[a-z0-9]+\/[a-z0-9]+\/480\.png$/);
    expect((await fetch(server.base + done.url)).status).toBe(200);
    // Another county's admin cannot put bytes into this upload.
    const huicheng = await signIn("huicheng", "huicheng.admin");
    const other = await call("upload.begin", { purpose: "qr", contentType: "image/jpeg", size: bytes.byteLength });
    const foreign = await fetch(server.base + other.result.data.url, {
      method: "PUT",
      headers: { cookie: huicheng, origin: server.base },
      body: bytes,
    });
    expect(foreign.status).toBe(404);
    const foreignComplete = await fetch(`${server.base}/console/media/complete/${other.result.data.uploadId}`, {
      method: "POST",
      headers: { cookie: huicheng, origin: server.base },
    });
    expect(foreignComplete.status).toBe(404);
  });
});

describe("platform administration", () => {
  const createXinxian = (divisionCode: string) =>
    post(
      platform,
      "/console/platform",
      form({
        slug: "xinxian",
        nameZh: "新县",
        nameEn: "Xin County",
        cityZh: "惠州市",
        cityEn: "Huizhou",
        divisionCode,
      }),
    );

  it("creates a county with a division code from the GB/T 2260 list, hidden until it has a village; suspends and reactivates it", async () => {
    const bad = await createXinxian("441300");
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("不是县级行政区划代码");
    const madeUp = await createXinxian("441399");
    expect(madeUp.status).toBe(400);
    expect(await madeUp.text()).toContain("不是县级行政区划代码");
    const created = await createXinxian("441324");
    expect(created.headers.get("location")).toBe("/console/platform/xinxian?done=created");

    // Hidden from the public portal until it has a village.
    const portal = async () => [
      await (await fetch(`${server.base}/`)).text(),
      await (await fetch(`${server.base}/en`)).text(),
    ];
    for (const home of await portal()) expect(home).not.toContain("/xinxian");
    for (const path of ["/xinxian", "/en/xinxian", "/xinxian/villages"])
      expect((await fetch(server.base + path)).status, path).toBe(404);
    const xinxian = await withActor({ type: "public", properties: {} }, () => County.bySlug("xinxian"));
    await withActor({ type: "system", properties: { countyId: xinxian.countyId } }, async () => {
      const precinctId = await Precinct.create({ nameZh: "新城派出所" });
      await Village.create({ precinctId, kind: "village", nameZh: "新村" });
    });
    for (const home of await portal()) expect(home).toContain("/xinxian");
    expect((await fetch(`${server.base}/xinxian`)).status).toBe(200);

    const huicheng = await signIn("huicheng", "huicheng.admin");
    expect(
      (await post(platform, "/console/platform/huicheng", form({ intent: "suspend", reason: "测试" }))).status,
    ).toBe(303);
    expect(await (await fetch(`${server.base}/huicheng`)).text()).toContain("服务已暂停");
    const refused = await fetch(`${server.base}/console/signin`, {
      method: "POST",
      headers: { origin: server.base, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ county: "huicheng", username: "huicheng.admin", password: demoPassword }),
    });
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain("该县（区）的服务已暂停");
    expect((await get(huicheng, "/console")).status).toBe(303); // the session ended
    expect((await post(platform, "/console/platform/huicheng", form({ intent: "reactivate" }))).status).toBe(303);
    expect(await (await fetch(`${server.base}/huicheng`)).text()).not.toContain("服务已暂停");
    expect(await signIn("huicheng", "huicheng.admin")).toMatch(/^cunjing_session=/);
  });
});
