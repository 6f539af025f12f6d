/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { withActor } from "@cunjing/core/actor";
import { Session } from "@cunjing/core/auth/session";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { wcagViolations } from "./support/axe";
import { useBrowserPage } from "./support/page";
import { useDemoSite } from "./support/site";

const site = useDemoSite();
const browser = useBrowserPage("offline-terminal");
const shots = process.env.OUTBOX_SCREENSHOTS;

/**
 * The officer's terminal without a network: pages open from the service worker, every form goes
 * into the sealed device outbox, and nothing is lost on the way back: refusals wait for a fix, an
 * expired session waits for a sign-in, and each entry arrives once.
 */
describe("the officer terminal offline", () => {
  it("keeps three entries and a task move through an offline reload and sends each exactly once", async () => {
    const { page } = browser;
    await signIn(page);
    const before = await figures(page, ["走访群众", "帮助群众", "为群众办实事"]);
    await page.goto(site.url("/console/today"));
    await waitForOfflineCopies(page);

    await page.context().setOffline(true);
    await page.goto(site.url("/console/log?category=visit"));
    await page.locator("#gridId").selectOption("03");
    await page.locator("#details-household").fill("离线-7号 林家");
    await submitEntry(page, 1);

    await page.goto(site.url("/console/log?category=help"));
    await page.locator("#details-summary").fill("离线-帮林阿婆联系社区医生");
    await submitEntry(page, 2);

    await page.goto(site.url("/console/log?category=deed"));
    await page.locator("#details-summary").fill("离线-修好巷口路灯");
    await submitEntry(page, 3);

    await page.goto(site.url("/console/today"));
    await page.getByRole("button", { name: "开始处理：走访西区社区独居老人" }).click();
    await expect.poll(() => outboxCount(page)).toBe(4);

    // A page the device does not keep answers with the outbox, proving the network is really off.
    const elsewhere = await page.goto(site.url("/console/dashboard"));
    expect(elsewhere?.fromServiceWorker()).toBe(true);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("本机待发送记录");
    await page.reload();
    await expect.poll(() => outboxCount(page)).toBe(4);
    const states = await page
      .locator(".outbox-items > li")
      .evaluateAll((items) => items.map((li) => li.getAttribute("data-state")));
    expect(states).toEqual(["queued", "queued", "queued", "queued"]);
    await screenshots(page, "queued");

    const raw = await rawIndexedDb(page);
    expect(raw.records).toBe(4);
    expect(raw.text).toContain('"state":"queued"');
    for (const detail of ["林家", "林阿婆", "路灯", "走访西区社区独居老人", "household", "summary"]) {
      expect(raw.text).not.toContain(detail);
    }

    await page.context().setOffline(false);
    await expect.poll(() => outboxCount(page), { timeout: 20_000 }).toBe(0);
    expect(await figures(page, ["走访群众", "帮助群众", "为群众办实事"])).toEqual(before.map((n) => n + 1));
    await page.goto(site.url("/console/today"));
    expect(await page.getByRole("button", { name: "标记完成：走访西区社区独居老人" }).count()).toBe(1);
    expect(await page.getByRole("button", { name: "开始处理：走访西区社区独居老人" }).count()).toBe(0);
    expect(browser.errors.filter((e) => !e.includes("ERR_INTERNET_DISCONNECTED"))).toEqual([]);
  });

  it("keeps an entry the server refuses, with the reason, until the officer fixes it", async () => {
    const { page } = browser;
    await signIn(page);
    const [before] = await figures(page, ["为群众办实事"]);
    await page.goto(site.url("/console/log?category=deed"));
    await waitForOfflineCopies(page);

    await page.context().setOffline(true);
    await page.goto(site.url("/console/log?category=deed"));
    await page.locator("#occurredAt").fill("2099-01-01T09:00");
    await page.locator("#details-summary").fill("离线-帮忙搬运救灾物资");
    await submitEntry(page, 1);

    await page.context().setOffline(false);
    const kept = page.locator('.outbox-items > li[data-state="invalid"]');
    await kept.waitFor();
    expect(await kept.innerText()).toContain("时间");
    await screenshots(page, "invalid");
    expect(await outboxCount(page)).toBe(1);
    const onInvalid = await wcagViolations(page);
    expect(onInvalid, JSON.stringify(onInvalid, null, 2)).toEqual([]);

    await kept.getByRole("button", { name: "修改" }).click();
    expect(await page.locator("#details-summary").inputValue()).toBe("离线-帮忙搬运救灾物资");
    await page.locator("#occurredAt").fill(shanghaiLocal(Date.now() - 3600_000));
    await page.locator('form[data-offline-queue] button[type="submit"]').click();
    await page.waitForURL((url) => url.searchParams.has("saved"));
    expect(await outboxCount(page)).toBe(0);
    expect(await figures(page, ["为群众办实事"])).toEqual([before! + 1]);
  });

  it("holds what was queued when the session expired, asks to sign in, then sends it", async () => {
    const { page } = browser;
    await signIn(page);
    const [before] = await figures(page, ["走访群众"]);
    await page.goto(site.url("/console/log?category=visit"));
    await waitForOfflineCopies(page);

    await page.context().setOffline(true);
    await page.goto(site.url("/console/log?category=visit"));
    await page.locator("#gridId").selectOption("02");
    await page.locator("#details-household").fill("离线-9号 钟家");
    await submitEntry(page, 1);

    // The session ends on the server while the officer is out of coverage.
    const cookie = (await page.context().cookies()).find((c) => c.name === Session.cookieName)!;
    await withActor({ type: "public", properties: {} }, () => Session.end(cookie.value));

    await page.context().setOffline(false);
    const banner = page.getByRole("alert").filter({ hasText: "登录已过期" });
    await banner.waitFor();
    expect(await page.locator(".outbox-items > li").getAttribute("data-state")).toBe("signin");
    await screenshots(page, "signin");
    await banner.getByRole("link", { name: "登录后发送" }).click();
    await page.waitForURL((url) => url.pathname === "/console/signin");
    await fillSignIn(page);
    await page.waitForURL((url) => url.pathname === "/console/log");
    await expect.poll(() => outboxCount(page), { timeout: 20_000 }).toBe(0);
    expect(await figures(page, ["走访群众"])).toEqual([before! + 1]);
  });

  it("warns before signing out with an unsent entry, then leaves nothing on the device", async () => {
    const { page } = browser;
    await signIn(page);
    await page.goto(site.url("/console/log?category=deed"));
    await waitForOfflineCopies(page);
    await page.context().setOffline(true);
    await page.goto(site.url("/console/log?category=deed"));
    await page.locator("#occurredAt").fill("2099-02-02T09:00");
    await page.locator("#details-summary").fill("离线-退出前未发送");
    await submitEntry(page, 1);
    await page.context().setOffline(false);
    await page.locator('.outbox-items > li[data-state="invalid"]').waitFor();

    await page.getByRole("button", { name: "退出登录" }).click();
    const warning = page.getByRole("alert").filter({ hasText: "没有发送" });
    await warning.waitFor();
    await screenshots(page, "signout");
    await warning.getByRole("button", { name: "取消" }).click();
    expect(await outboxCount(page)).toBe(1);
    expect(new URL(page.url()).pathname).toBe("/console/log");

    await page.getByRole("button", { name: "退出登录" }).click();
    await page.getByRole("button", { name: "仍然退出并删除" }).click();
    await page.waitForURL((url) => url.pathname === "/console/signin");
    expect(await outboxCount(page)).toBe(0);
    expect(await page.evaluate(async () => (await caches.keys()).filter((n) => n.startsWith("console-")))).toEqual([]);
  });
});

async function fillSignIn(page: Page) {
  await page.locator("#county").selectOption("boluo");
  await page.locator("#username").fill("xu-jieshan");
  await page.locator("#password").fill("cunjing-demo");
  await page.locator('button[type="submit"]').click();
}

async function signIn(page: Page) {
  await page.goto(site.url("/console/signin"));
  await fillSignIn(page);
  await page.waitForURL((url) => url.pathname === "/console");
}

/** Submits the open work-log form offline and waits until the outbox holds `count` items. */
async function submitEntry(page: Page, count: number) {
  await page.locator('form[data-offline-queue] button[type="submit"]').click();
  await expect.poll(() => outboxCount(page)).toBe(count);
}

/** The officer's items in the device outbox, read from IndexedDB. */
function outboxCount(page: Page): Promise<number> {
  return rawIndexedDb(page).then((raw) => raw.records);
}

/** Everything in the outbox database, as stored: ciphertext bytes decoded as text, plus the clear fields. */
function rawIndexedDb(page: Page): Promise<{ records: number; text: string }> {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes("cunjing-outbox")) return { records: 0, text: "" };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open("cunjing-outbox");
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    if (!db.objectStoreNames.contains("items")) return (db.close(), { records: 0, text: "" });
    const values = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction("items").objectStore("items").getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    const decoder = new TextDecoder("utf-8", { fatal: false });
    const text = JSON.stringify(values, (_key, value) =>
      value instanceof ArrayBuffer || ArrayBuffer.isView(value)
        ? decoder.decode(value instanceof ArrayBuffer ? value : (value as Uint8Array)) +
          "|" +
          [...new Uint8Array(value instanceof ArrayBuffer ? value : (value as Uint8Array).buffer)]
            .map((b) => String.fromCharCode(b))
            .join("")
        : value,
    );
    return { records: values.length, text };
  });
}

/** Waits until the service worker keeps today's tasks, the outbox and every log form for this officer. */
async function waitForOfflineCopies(page: Page) {
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const name = (await caches.keys()).find((n) => n.startsWith("console-"));
          return name ? (await (await caches.open(name)).keys()).length : 0;
        }),
      { timeout: 30_000 },
    )
    .toBeGreaterThanOrEqual(13);
}

async function figures(page: Page, tiles: string[]): Promise<number[]> {
  await page.goto(site.url("/console/dashboard"));
  const values: number[] = [];
  for (const name of tiles) {
    const tile = page.locator(".figures li", { hasText: name }).first();
    values.push(Number((await tile.locator("strong").innerText()).replace(/,/g, "")));
  }
  return values;
}

function shanghaiLocal(ms: number): string {
  return new Date(ms + 8 * 3600_000).toISOString().slice(0, 16);
}

/** With OUTBOX_SCREENSHOTS=<dir>, the outbox at a phone's and a desk's width, for review. */
async function screenshots(page: Page, state: string) {
  if (!shots) return;
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${shots}/outbox-${state}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 390, height: 844 });
}
