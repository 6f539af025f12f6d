// `npm run check:html`: the W3C Nu Html Checker (vnu-jar, on the Java that DynamoDB Local needs)
// over every public page (zh and en, with and without 关怀模式) and every console page of every role (zh and en), served by
// the built site against an in-memory DynamoDB Local holding the demo. Pages are found by following
// links from each start page, at most a few per route, so a new page is checked once it is linked.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { careCookie } from "../packages/web/src/components/Care/care";
import { signIn } from "./console-sign-in";
import { startDynamoDBLocal } from "./dynamodb-local";
import { javaBinary } from "./preflight";
import { startSiteServer } from "./site-server";
import { ensureTable, localClient } from "./table";
import { buildWebIfStale } from "./web-build";

/** Pages no link leads to: the demo's QR registration form and a missing page. */
const extraPublicPages = [
  "/boluo/intake/heqb9k6htd2xtk",
  "/en/boluo/intake/heqb9k6htd2xtk",
  "/no-such-county",
  "/en/no-such-county",
];
const roles = [
  { county: "platform", username: "admin" },
  { county: "boluo", username: "boluo.admin" },
  { county: "boluo", username: "boluo.supervisor" },
  { county: "boluo", username: "xu-jieshan" },
  { county: "boluo", username: "boluo.health" },
];
/** Pages of one route checked at most (the demo has hundreds of villages). */
const PER_ROUTE = 2;
/** Segments after which the next segment is a record's id or slug. */
const collections = new Set([
  "villages",
  "officers",
  "stories",
  "brands",
  "intake",
  "tasks",
  "log",
  "precincts",
  "platform",
  "invite",
]);
const skipped = [/^\/api\//, /^\/media\//, /^\/console\/(signout|language|media)\b/, /\.(csv|ico|svg|jpg|png|webp)$/];

type Page = { url: string; html: string; label: string };

function routeOf(path: string, consoleSide: boolean): string {
  const parts = path.split("/").filter(Boolean);
  const start = consoleSide ? 1 : parts[0] === "en" ? 1 : 0;
  return parts
    .map((part, index) => {
      if (!consoleSide && index === start) return ":county";
      return index > 0 && collections.has(parts[index - 1]!) && index > start ? ":id" : part;
    })
    .join("/");
}

function linksOf(html: string, base: string, from: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/<a\b[^>]*\shref="([^"#]*)/g)) {
    const href = match[1]!.replaceAll("&amp;", "&");
    if (!href) continue;
    const url = new URL(href, base + from);
    if (url.origin !== base) continue;
    found.push(url.pathname + url.search);
  }
  return found;
}

async function crawl(
  base: string,
  starts: string[],
  options: { cookie?: string; consoleSide: boolean },
): Promise<Page[]> {
  const seen = new Set<string>();
  const perRoute = new Map<string, number>();
  const queue = [...starts];
  const pages: Page[] = [];
  const forced = new Set(starts);
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const pathname = path.split("?")[0]!;
    if (skipped.some((pattern) => pattern.test(pathname))) continue;
    if (options.consoleSide !== pathname.startsWith("/console")) continue;
    const route = routeOf(pathname, options.consoleSide) + (path.includes("?") ? "?" : "");
    if (!forced.has(path)) {
      if ((perRoute.get(route) ?? 0) >= PER_ROUTE) continue;
      perRoute.set(route, (perRoute.get(route) ?? 0) + 1);
    }
    const response = await fetch(base + path, {
      redirect: "manual",
      headers: options.cookie ? { cookie: options.cookie } : {},
    });
    const type = response.headers.get("content-type") ?? "";
    if (!type.includes("text/html")) {
      await response.arrayBuffer();
      continue;
    }
    const html = await response.text();
    if (response.status >= 500) throw new Error(`${path} answered ${response.status}`);
    pages.push({ url: path, html, label: path });
    for (const link of linksOf(html, base, path)) if (!seen.has(link)) queue.push(link);
  }
  return pages;
}

type VnuMessage = { type: string; subType?: string; url: string; lastLine?: number; message: string; extract?: string };

function validate(pages: Page[]): VnuMessage[] {
  const dir = mkdtempSync(join(tmpdir(), "cunjing-html-"));
  try {
    const files = pages.map((page, index) => {
      const file = join(dir, `${String(index).padStart(4, "0")}.html`);
      writeFileSync(file, page.html);
      return file;
    });
    const jar = createRequire(import.meta.url).resolve("vnu-jar/build/dist/vnu.jar");
    const run = spawnSync(javaBinary(), ["-Xss4m", "-jar", jar, "--format", "json", "--exit-zero-always", ...files], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.status !== 0) throw new Error(`vnu exited ${run.status}: ${run.stderr.slice(0, 2000)}`);
    const { messages } = JSON.parse(run.stderr) as { messages: VnuMessage[] };
    const byFile = new Map(files.map((file, index) => [`file:${file}`, pages[index]!.label]));
    return messages.map((message) => ({ ...message, url: byFile.get(message.url) ?? message.url }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const build = buildWebIfStale();
console.log(build.built ? `web built in ${build.seconds.toFixed(1)} s` : "web build is up to date");
const dynamodb = await startDynamoDBLocal({});
let failed = true;
try {
  const tableName = `check-html-${Date.now()}`;
  const client = localClient(dynamodb.endpoint);
  await ensureTable(client, tableName);
  client.destroy();
  process.env.DYNAMODB_ENDPOINT = dynamodb.endpoint;
  process.env.TABLE_NAME = tableName;
  // Core reads the endpoint when it is first imported: import the seed only now.
  const { seedDemo } = await import("./seed/index");
  await seedDemo();
  const server = await startSiteServer({ endpoint: dynamodb.endpoint, tableName });
  try {
    const favicon = await fetch(`${server.base}/favicon.ico`);
    await favicon.arrayBuffer();
    const pages = await crawl(server.base, ["/", "/en", ...extraPublicPages], { consoleSide: false });
    // The public pages again in 关怀模式 (their markup differs: the order of sections, the menu).
    const care = await crawl(server.base, ["/", "/en", ...extraPublicPages], {
      cookie: `${careCookie}=1`,
      consoleSide: false,
    });
    for (const page of care) page.label = `${page.url} (关怀模式)`;
    pages.push(...care);
    pages.push(...(await crawl(server.base, ["/console/signin"], { consoleSide: true })));
    for (const role of roles) {
      const cookie = await signIn(server.base, role);
      if (!cookie) throw new Error(`Could not sign in as ${role.username}`);
      const zh = await crawl(server.base, ["/console"], { cookie, consoleSide: true });
      const en = await crawl(server.base, ["/console"], { cookie: `${cookie}; cunjing_lang=en`, consoleSide: true });
      for (const page of [...zh, ...en])
        page.label = `${page.url} (${role.username}${en.includes(page) ? ", en" : ""})`;
      pages.push(...zh, ...en);
    }
    const messages = validate(pages);
    const errors = messages.filter((message) => message.type === "error" || message.subType === "fatal");
    for (const error of errors)
      console.log(
        `${error.url}:${error.lastLine ?? "?"}: ${error.message}${error.extract ? `\n    ${error.extract.replaceAll("\n", " ").trim()}` : ""}`,
      );
    const faviconProblem = favicon.status === 200 ? 0 : 1;
    if (faviconProblem) console.log(`/favicon.ico answered ${favicon.status}`);
    console.log(`pages checked: ${pages.length}, errors: ${errors.length + faviconProblem}`);
    failed = errors.length + faviconProblem > 0;
  } finally {
    await server.stop();
  }
} finally {
  await dynamodb.stop();
}
process.exit(failed ? 1 : 0);
