import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
export const webDir = join(root, "packages/web");
export const serverEntry = join(webDir, "dist-node/server/entry.mjs");
/** The local shape's server around that build (forwarded headers dropped, compression, security headers). */
export const localServer = join(webDir, "server.mjs");
const stampFile = join(webDir, "dist-node/.local-build");
const sources = [
  "packages/web/src",
  "packages/web/server-routes.mjs",
  "packages/web/public",
  "packages/web/astro.config.mjs",
  "packages/core/src",
  "packages/functions/src",
  "package-lock.json",
];

/** A fingerprint of everything the local server build depends on (paths, sizes, mtimes). */
function sourceFingerprint(): string {
  const hash = createHash("sha256").update("adapter=node");
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) visit(join(path, name));
    } else {
      hash.update(`${path}:${stat.size}:${stat.mtimeMs}\n`);
    }
  };
  for (const source of sources) visit(join(root, source));
  return hash.digest("hex");
}

function isCurrent(fingerprint: string): boolean {
  return existsSync(serverEntry) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === fingerprint;
}

const buildCommand = ["npx", ["astro", "build", "--silent"]] as const;
const buildOptions = () => ({
  cwd: webDir,
  stdio: "inherit" as const,
  env: { ...process.env, ASTRO_ADAPTER: "node", ASTRO_TELEMETRY_DISABLED: "1" },
});

/** Builds the site for @astrojs/node unless the last local build used the same sources. */
export function buildWebIfStale(): { built: boolean; seconds: number } {
  const fingerprint = sourceFingerprint();
  if (isCurrent(fingerprint)) return { built: false, seconds: 0 };
  const started = performance.now();
  const result = spawnSync(...buildCommand, buildOptions());
  if (result.status !== 0) throw new Error("The web build failed (see the output above)");
  writeFileSync(stampFile, fingerprint);
  return { built: true, seconds: (performance.now() - started) / 1000 };
}

/**
 * The same without blocking the event loop, for `npm start`: signals are still handled during a
 * build, and `onChild` gets the build process (leader of its own process group) so a shutdown can stop it.
 */
export async function buildWebIfStaleAsync(
  onChild: (child: ChildProcess) => void,
): Promise<{ built: boolean; seconds: number }> {
  const fingerprint = sourceFingerprint();
  if (isCurrent(fingerprint)) return { built: false, seconds: 0 };
  const started = performance.now();
  // Its own process group, so that a shutdown stops npx and astro together (`process.kill(-pid)`).
  const child = spawn(...buildCommand, { ...buildOptions(), detached: true });
  onChild(child);
  const code = await new Promise<number | null>((resolveExit) => {
    child.once("exit", (exitCode) => resolveExit(exitCode));
    child.once("error", () => resolveExit(null));
  });
  if (code !== 0) throw new Error("The web build failed (see the output above)");
  writeFileSync(stampFile, fingerprint);
  return { built: true, seconds: (performance.now() - started) / 1000 };
}
