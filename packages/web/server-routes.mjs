// Which pages take a write (form POSTs, uploads), and the CloudFront path patterns that send them
// to the SSR function. AstroSite's default behaviour allows only GET/HEAD/OPTIONS (its origin is an
// S3-then-Lambda group), so every such page needs one of astro-sst's `serverRoutes`; deriving them
// here means a new form page cannot be forgotten. astro.config.mjs and the infra test read this.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const pagesDir = resolve(import.meta.dirname, "src/pages");
const writeMarker = /request\.method|export\s+const\s+(POST|PUT|PATCH|DELETE|ALL)\b/;
const importPattern = /from\s+["'](\.{1,2}\/[^"']+)["']/g;

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

function resolveImport(from, specifier) {
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.astro`, join(base, "index.ts")].find(
    (path) => existsSync(path) && !path.endsWith("/"),
  );
}

/** A page handles writes when it, or a module it imports directly, branches on the method or exports a write verb. */
function handlesWrites(file) {
  const source = readFileSync(file, "utf8");
  if (writeMarker.test(source)) return true;
  for (const [, specifier] of source.matchAll(importPattern)) {
    const target = resolveImport(file, specifier);
    if (target && /\.(ts|astro)$/.test(target) && writeMarker.test(readFileSync(target, "utf8"))) return true;
  }
  return false;
}

/** "[county]/officers/[slug]/book.astro" → "/[county]/officers/[slug]/book" */
function routeOf(file) {
  const path = relative(pagesDir, file)
    .replace(/\\/g, "/")
    .replace(/\.(astro|ts|js)$/, "")
    .replace(/(^|\/)index$/, "");
  return `/${path}`;
}

/** Every page route that handles a write, e.g. "/[county]/officers/[slug]/book". */
export function writePages(dir = pagesDir) {
  return files(dir)
    .filter((file) => /\.(astro|ts|js)$/.test(file) && !file.includes("/api/"))
    .filter(handlesWrites)
    .map((file) => routeOf(file))
    .sort();
}

/** A route as a CloudFront path pattern: every parameter becomes `*`. */
export function patternOf(route) {
  return route.replace(/^\//, "").replace(/\[[^\]]+\]/g, "*");
}

/**
 * The server routes for astro-sst: one pattern per public write page, and `console/*` for the
 * console (it has dozens, and the console is never cached or served from S3 anyway).
 */
export function serverRoutes(dir = pagesDir) {
  const patterns = [
    ...new Set(writePages(dir).map((route) => (route.startsWith("/console/") ? "console/*" : patternOf(route)))),
  ];
  // "en/*/rate" is already covered by "*/rate" (a `*` spans slashes): keep only the broader one.
  return patterns.filter(
    (pattern) => !patterns.some((other) => other !== pattern && matchesPathPattern(other, pattern)),
  );
}

/** Whether a CloudFront path pattern (`*` any characters, `?` one) matches a request path. */
export function matchesPathPattern(pattern, path) {
  const source = pattern
    .replace(/^\//, "")
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, ".*")
    .replace(/\?/g, ".");
  return new RegExp(`^${source}$`).test(path.replace(/^\//, ""));
}
