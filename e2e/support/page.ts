import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { launchChromium, type Browser } from "./chromium";

const resultsDir = resolve(import.meta.dirname, "../../test-results");

export interface BrowserPage {
  readonly page: Page;
  /** Uncaught exceptions and console errors seen on the page so far. */
  readonly errors: string[];
}

/**
 * One Chromium per test file and a new page, without cookies, per test. A failing test leaves a full-page screenshot
 * in test-results/<file>--<test>.png.
 */
export function useBrowserPage(fileLabel: string): BrowserPage {
  let browser: Browser | undefined;
  let page: Page | undefined;
  let errors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    errors = [];
    // Each test starts signed out, with nothing stored.
    await browser!.context.clearCookies();
    await browser!.context.setOffline(false);
    page = await browser!.context.newPage();
    page.setDefaultTimeout(10_000);
    page.setDefaultNavigationTimeout(30_000);
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      const url = message.location().url;
      // Chromium asks for /favicon.ico by itself when a page names no icon; the page did not load it.
      if (message.type() === "error" && !url.endsWith("/favicon.ico")) errors.push(`${message.text()} (${url})`);
    });
  });
  afterEach(async ({ task }) => {
    if (page && task.result?.state === "fail") {
      mkdirSync(resultsDir, { recursive: true });
      const path = join(resultsDir, `${fileLabel}--${task.name.replace(/[^\w-]+/g, "-")}.png`);
      await page.screenshot({ path, fullPage: true }).catch(() => undefined);
      console.error(`Screenshot of the failing page: ${path}`);
    }
    await page?.close();
  });

  return {
    get page() {
      if (!page) throw new Error("No page: use it inside a test");
      return page;
    },
    get errors() {
      return errors;
    },
  };
}
