import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyDemo } from "../../../scripts/vitest/demo-copy";
import { demoPassword } from "../../../scripts/seed/demo-data";
import { startSiteServer, type SiteServer } from "../../../scripts/site-server";

let server: SiteServer;

beforeAll(async () => {
  await copyDemo();
  server = await startSiteServer({ endpoint: process.env.DYNAMODB_ENDPOINT!, tableName: process.env.TABLE_NAME! });
});

afterAll(async () => {
  await server?.stop();
});

const sameOrigin = () => ({ origin: server.base });

async function signIn(county: string, username: string, password = demoPassword, next = "/console") {
  const response = await fetch(`${server.base}/console/signin?next=${encodeURIComponent(next)}`, {
    method: "POST",
    redirect: "manual",
    headers: { ...sameOrigin(), "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ county, username, password }),
  });
  const setCookie = response.headers.getSetCookie().find((c) => c.startsWith("cunjing_session="));
  return { response, setCookie, cookie: setCookie?.split(";")[0] };
}

describe("signing in to the console", () => {
  it("sends anonymous visitors to the sign-in page and keeps where they were going", async () => {
    const response = await fetch(`${server.base}/console/users`, { redirect: "manual" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/console/signin?next=%2Fconsole%2Fusers");
    const page = await fetch(`${server.base}/console/signin`);
    expect(await page.text()).toContain("用户名");
  });

  it("signs in with an HttpOnly, SameSite=Lax session cookie with a real Max-Age", async () => {
    const { response, setCookie, cookie } = await signIn("boluo", "boluo.admin", demoPassword, "/console/users");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/console/users");
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Max-Age=\d{4,}/);
    // Secure exactly when served over HTTPS: plain http on the local server, HTTPS in the production shape.
    if (server.base.startsWith("https:")) expect(setCookie).toMatch(/;\s*Secure/i);
    else expect(setCookie).not.toMatch(/Secure/i);
    const users = await fetch(`${server.base}/console/users`, { headers: { cookie: cookie! } });
    expect(users.status).toBe(200);
    expect(users.headers.get("cache-control")).toBe("private, no-store");
    const html = await users.text();
    expect(html).toContain("boluo.supervisor");
    expect(html).not.toContain("huicheng.admin");
  });

  it("answers a wrong password like an unknown user, with 401 and no stack", async () => {
    const wrong = await signIn("boluo", "boluo.admin", "not-the-password");
    const unknown = await signIn("boluo", "nobody.at.all", "not-the-password");
    expect(wrong.response.status).toBe(401);
    expect(unknown.response.status).toBe(401);
    const [a, b] = [await wrong.response.text(), await unknown.response.text()];
    expect(a).toContain("用户名或密码错误");
    expect(b).toContain("用户名或密码错误");
    expect(a).not.toMatch(/at .*\.(ts|js|mjs):\d+/);
    expect(wrong.setCookie).toBeUndefined();
  });

  it("ignores a next address outside the console", async () => {
    const { response } = await signIn("boluo", "boluo.health", demoPassword, "https://evil.example/steal");
    expect(response.headers.get("location")).toBe("/console");
  });

  it("clears a forged session cookie and asks to sign in again", async () => {
    const response = await fetch(`${server.base}/console`, {
      redirect: "manual",
      headers: { cookie: "cunjing_session=forged0000000000000000000000000000000" },
    });
    expect(response.status).toBe(303);
    expect(
      response.headers
        .getSetCookie()
        .some(
          (c) =>
            c.startsWith("cunjing_session=;") || /cunjing_session=deleted|Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(c),
        ),
    ).toBe(true);
  });

  it("signs out: the old cookie no longer opens the console", async () => {
    const { cookie } = await signIn("boluo", "boluo.supervisor");
    const out = await fetch(`${server.base}/console/signout`, {
      method: "POST",
      redirect: "manual",
      headers: { cookie: cookie!, ...sameOrigin() },
    });
    expect(out.status).toBe(303);
    const after = await fetch(`${server.base}/console`, { redirect: "manual", headers: { cookie: cookie! } });
    expect(after.status).toBe(303);
  });
});

describe("the audit log", () => {
  it("shows the county admin who did what, filters by action, exports a CSV, and refuses every other role", async () => {
    const { cookie } = await signIn("boluo", "boluo.admin");
    const page = await fetch(`${server.base}/console/audit`, { headers: { cookie: cookie! } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("审计日志");
    expect(html).toContain("登录");
    expect(html).toContain("博罗县管理员 (boluo.admin)");
    const filtered = await fetch(`${server.base}/console/audit?action=story.unpublished`, {
      headers: { cookie: cookie! },
    });
    expect(await filtered.text()).toContain("所选条件下没有记录。");
    const csv = await fetch(`${server.base}/console/audit/export.csv?action=auth.signed_in`, {
      headers: { cookie: cookie! },
    });
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await csv.arrayBuffer());
    expect(text.startsWith("\uFEFF时间,操作人,角色,操作,对象,原因与说明,来源地址\n")).toBe(true);
    expect(text).toContain("博罗县管理员 (boluo.admin),县（区）管理员,登录");
    const bad = await fetch(`${server.base}/console/audit?month=2026-13`, { headers: { cookie: cookie! } });
    expect(bad.status).toBe(400);
    await bad.arrayBuffer();
    for (const username of ["xu-jieshan", "boluo.supervisor", "boluo.health"]) {
      const other = await signIn("boluo", username);
      const refused = await fetch(`${server.base}/console/audit`, { headers: { cookie: other.cookie! } });
      expect(refused.status, username).toBe(403);
      expect(await refused.text()).not.toContain("boluo.admin)");
      const file = await fetch(`${server.base}/console/audit/export.csv`, { headers: { cookie: other.cookie! } });
      expect(file.status, username).toBe(403);
      await file.arrayBuffer();
    }
  });
});

describe("key rotation", () => {
  it("lets the county admin rotate both keys from /console/keys, shows a new signing key once, and refuses other roles", async () => {
    const { cookie } = await signIn("boluo", "boluo.admin");
    const post = (fields: Record<string, string>) =>
      fetch(`${server.base}/console/keys`, {
        method: "POST",
        redirect: "manual",
        headers: { cookie: cookie!, ...sameOrigin(), "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams(fields),
      });
    const page = await fetch(`${server.base}/console/keys`, { headers: { cookie: cookie! } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("尚未轮换过。");

    const webhook = await post({ intent: "rotateWebhook", from: "1" });
    expect(webhook.status).toBe(200);
    expect(webhook.headers.get("cache-control")).toContain("no-store");
    const key = /<code[^>]*>([A-Za-z0-9_-]{40,})<\/code>/.exec(await webhook.text())?.[1];
    expect(key).toBeDefined();
    const again = await post({ intent: "rotateWebhook", from: "1" });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("签名密钥刚刚已被轮换");
    const alerts = await fetch(`${server.base}/console/alerts`, { headers: { cookie: cookie! } });
    expect(await alerts.text()).not.toContain(key!);
    expect(await (await fetch(`${server.base}/console/keys`, { headers: { cookie: cookie! } })).text()).not.toContain(
      key!,
    );

    const data = await post({ intent: "rotateData" });
    expect(data.status).toBe(303);
    expect(data.headers.get("location")).toBe("/console/keys?done=rotated");
    const after = await (await fetch(`${server.base}/console/keys`, { headers: { cookie: cookie! } })).text();
    expect(after).toContain("版本 1 → 2");

    for (const username of ["xu-jieshan", "boluo.supervisor", "boluo.health"]) {
      const other = await signIn("boluo", username);
      const refused = await fetch(`${server.base}/console/keys`, { headers: { cookie: other.cookie! } });
      expect(refused.status, username).toBe(403);
      await refused.arrayBuffer();
    }
    const platform = await signIn("platform", "admin");
    const overview = await fetch(`${server.base}/console/keys`, { headers: { cookie: platform.cookie! } });
    expect(overview.status).toBe(200);
    expect(await overview.text()).toContain("博罗县");
    const unknown = await fetch(`${server.base}/console/keys?county=no-such-county`, {
      headers: { cookie: platform.cookie! },
    });
    expect(unknown.status).toBe(404);
    await unknown.arrayBuffer();
  });
});

describe("the development outbox", () => {
  it("is the platform admin's alone: every county role gets 404, as it would for any unknown page", async () => {
    for (const username of ["boluo.admin", "xu-jieshan", "boluo.supervisor", "boluo.health"]) {
      const { cookie } = await signIn("boluo", username);
      const page = await fetch(`${server.base}/console/dev/outbox`, { headers: { cookie: cookie! } });
      expect(page.status, username).toBe(404);
      await page.arrayBuffer();
    }
    const { cookie } = await signIn("platform", "admin");
    const page = await fetch(`${server.base}/console/dev/outbox?county=boluo`, { headers: { cookie: cookie! } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("<table");
    expect(html).toMatch(/<option value="boluo" selected/);
  });
});

describe("the installable console", () => {
  it("serves the manifest, its icons and the service worker as same-origin files without a session", async () => {
    const manifest = await fetch(`${server.base}/manifest.webmanifest`);
    expect(manifest.status).toBe(200);
    const body = (await manifest.json()) as {
      scope: string;
      start_url: string;
      icons: Array<{ src: string; sizes: string }>;
    };
    expect(body.scope).toBe("/console/");
    expect(body.start_url).toBe("/console/today");
    expect(body.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
    for (const icon of body.icons) {
      const image = await fetch(`${server.base}${icon.src}`);
      expect(image.status).toBe(200);
      expect(image.headers.get("content-type")).toBe("image/png");
    }
    const worker = await fetch(`${server.base}/sw.js`, { redirect: "manual" });
    expect(worker.status).toBe(200);
    expect(worker.headers.get("content-type")).toMatch(/javascript/);
  });

  it("marks only a signed-in officer's own offline pages as ones the device may keep", async () => {
    const officer = await signIn("boluo", "xu-jieshan");
    for (const path of ["/console/today", "/console/queue", "/console/log?category=visit"]) {
      const page = await fetch(`${server.base}${path}`, { headers: { cookie: officer.cookie! } });
      expect(page.status, path).toBe(200);
      expect(page.headers.get("x-cunjing-offline"), path).toMatch(/^[\w-]+\.[\w-]+$/);
      expect(page.headers.get("cache-control")).toBe("private, no-store");
    }
    const log = await (await fetch(`${server.base}/console/log`, { headers: { cookie: officer.cookie! } })).text();
    expect(log).toContain('rel="manifest"');
    expect(log).toMatch(/<form[^>]*data-offline-queue="走访群众（户）"/);
    for (const path of ["/console/dashboard", "/console/agenda", "/console/feedback"]) {
      const page = await fetch(`${server.base}${path}`, { headers: { cookie: officer.cookie! } });
      expect(page.headers.get("x-cunjing-offline"), path).toBeNull();
    }
    const supervisor = await signIn("boluo", "boluo.supervisor");
    const board = await fetch(`${server.base}/console/today`, { headers: { cookie: supervisor.cookie! } });
    expect(board.headers.get("x-cunjing-offline")).toBeNull();
  });

  it("tells the browser to forget the console's caches and storage on sign-out", async () => {
    const { cookie } = await signIn("boluo", "xu-jieshan");
    const out = await fetch(`${server.base}/console/signout`, {
      method: "POST",
      redirect: "manual",
      headers: { cookie: cookie!, ...sameOrigin() },
    });
    expect(out.status).toBe(303);
    expect(out.headers.get("clear-site-data")).toBe('"cache", "cookies", "storage"');
  });
});

describe("tenancy and origin checks over HTTP", () => {
  it("refuses boluo.admin anything of huicheng through /api/trpc", async () => {
    const { cookie } = await signIn("boluo", "boluo.admin");
    const huichengUsers = await fetch(`${server.base}/api/trpc/user.list`, { headers: { cookie: cookie! } });
    const body = await huichengUsers.text();
    expect(body).not.toContain("huicheng.admin");
    expect(body).not.toContain("liao-yanxia");
    // Changing a huicheng user's role: the id does not exist in boluo.
    const setRole = await fetch(`${server.base}/api/trpc/user.setRole`, {
      method: "POST",
      headers: { cookie: cookie!, ...sameOrigin(), "content-type": "application/json" },
      body: JSON.stringify({ userId: "someoneinhuicheng", role: "officer" }),
    });
    expect(setRole.status).toBe(404);
  });

  it("refuses cross-origin writes, to forms and to the API, and changes nothing", async () => {
    const form = await fetch(`${server.base}/console/signin`, {
      method: "POST",
      headers: { origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ county: "boluo", username: "boluo.admin", password: demoPassword }),
    });
    expect(form.status).toBe(403);
    expect(form.headers.getSetCookie()).toEqual([]);
    const { cookie } = await signIn("boluo", "boluo.admin");
    const api = await fetch(`${server.base}/api/trpc/user.invite`, {
      method: "POST",
      headers: { cookie: cookie!, origin: "https://evil.example", "content-type": "application/json" },
      body: JSON.stringify({ username: "evil.user", displayName: "X", role: "health_liaison" }),
    });
    expect(api.status).toBe(403);
  });

  it("refuses oversized and malformed bodies with clear 4xx answers", async () => {
    const big = await fetch(`${server.base}/console/signin`, {
      method: "POST",
      headers: { ...sameOrigin(), "content-type": "application/x-www-form-urlencoded" },
      body: "username=" + "x".repeat(100_000),
    });
    expect(big.status).toBe(413);
    const { cookie } = await signIn("boluo", "boluo.admin");
    const malformed = await fetch(`${server.base}/api/trpc/user.invite`, {
      method: "POST",
      headers: { cookie: cookie!, ...sameOrigin(), "content-type": "application/json" },
      body: "{not json",
    });
    expect(malformed.status).toBe(400);
    expect(await malformed.text()).not.toMatch(/stack|\.ts:\d+/);
  });
});

describe("invitations through the console", () => {
  it("lets an admin invite an officer, who sets a password once and lands in the console", async () => {
    const { cookie } = await signIn("boluo", "boluo.admin");
    const usersPage = await (await fetch(`${server.base}/console/users`, { headers: { cookie: cookie! } })).text();
    const officerId = /<option value="([a-z0-9]+)">徐洁珊/.exec(usersPage)?.[1];
    expect(officerId).toBeDefined();
    const invited = await fetch(`${server.base}/console/users`, {
      method: "POST",
      headers: { cookie: cookie!, ...sameOrigin(), "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        intent: "invite",
        username: "xu.second",
        displayName: "徐洁珊（备用）",
        role: "officer",
        officerId: officerId!,
        precinctId: "",
      }),
    });
    expect(invited.status).toBe(200);
    const link = /<code>(http[^<]+\/console\/invite\/[^<]+)<\/code>/.exec(await invited.text())?.[1];
    expect(link).toBeDefined();
    const path = new URL(link!).pathname;

    const accept = await fetch(server.base + path, {
      method: "POST",
      redirect: "manual",
      headers: { ...sameOrigin(), "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ password: "officer-pass-2026" }),
    });
    expect(accept.status).toBe(303);
    expect(accept.headers.get("location")).toBe("/console");
    const again = await fetch(server.base + path);
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("该邀请链接已被使用");
    const { response } = await signIn("boluo", "xu.second", "officer-pass-2026");
    expect(response.status).toBe(303);
  });
});
