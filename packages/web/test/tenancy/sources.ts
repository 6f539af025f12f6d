import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/** The doors as the web package's sources declare them, read from the filesystem. */
const src = resolve(import.meta.dirname, "../../src");
const pagesDir = join(src, "pages");

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(astro|ts)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** A page file's route: `console/tasks/[id].astro` → `/console/tasks/[id]`, `index` dropped. */
export function routeOf(file: string): string {
  const path = relative(pagesDir, file)
    .replace(/\\/g, "/")
    .replace(/\.(astro|ts)$/, "");
  return `/${path}`.replace(/\/index$/, "") || "/";
}

/** Every route under `pages/console`. */
export function consoleRoutes(): string[] {
  return filesUnder(join(pagesDir, "console")).map(routeOf).sort();
}

/** A page handles writes when it, or a component module it imports, reads a POST, or it exports a writing handler. */
function handlesWrites(file: string): boolean {
  const text = readFileSync(file, "utf8");
  const writes = (source: string) =>
    /request\.method\s*[!=]==\s*"POST"|export const (POST|PUT|PATCH|DELETE)\b/.test(source);
  if (writes(text)) return true;
  const imports = [...text.matchAll(/from\s+"(\.[^"]+\/components\/[^"]+)"/g)].map((m) => m[1]!);
  return imports.some((path) => {
    const module = resolve(dirname(file), path.endsWith(".ts") ? path : `${path}.ts`);
    try {
      return writes(readFileSync(module, "utf8"));
    } catch {
      return false; // an .astro component: it renders, the page handles the POST
    }
  });
}

/** Every route of the site (console and public, both languages) whose page accepts a write. */
export function writingRoutes(): string[] {
  return filesUnder(pagesDir)
    .filter((file) => !file.includes(`${join("pages", "api")}`))
    .filter(handlesWrites)
    .map(routeOf)
    .sort();
}

/** Every value an `intent` field can take in a form of the site, literal or chosen in an expression. */
export function intentValues(): string[] {
  const values = new Set<string>();
  for (const file of filesUnder(src)) {
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(/name="intent"\s+value=(?:"([^"]*)"|\{([^}]*)\})/g)) {
      if (match[1] !== undefined) values.add(match[1]);
      // `value={grid.status === "active" ? "archiveGrid" : "restoreGrid"}`: the branches, not the test.
      for (const literal of (match[2] ?? "").matchAll(/[?:]\s*"([^"]+)"/g)) values.add(literal[1]!);
    }
  }
  return [...values].sort();
}
