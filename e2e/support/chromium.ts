import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

/** Debian's Chromium; playwright-core drives it and never downloads a browser of its own. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const chromiumInstallCommand = "apt-get update && apt-get install -y chromium";

const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function assertChromiumInstalled(): void {
  if (existsSync(chromiumPath)) return;
  throw new Error(
    `Chromium was not found at ${chromiumPath}. The browser journeys drive Debian's Chromium; install it with:\n\n` +
      `  ${chromiumInstallCommand}\n\n(or set CHROMIUM_PATH to another Chromium binary).`,
  );
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A headless Chromium with a fresh profile in a temporary directory, removed on close. */
export async function launchChromium(): Promise<Browser> {
  assertChromiumInstalled();
  const userDataDir = await mkdtemp(join(tmpdir(), "cunjing-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    // A resident's phone.
    viewport: { width: 390, height: 844 },
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    // axe-core is injected as a script tag; a strict Content-Security-Policy must not stop it.
    bypassCSP: true,
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
