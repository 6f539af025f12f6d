// `npm run bench`: every budget of DESIGN §5 (and the load figures) in one table, measured in one run
// against the demo on loopback. `--json` also writes bench/results.json; `--no-load` skips the load
// runs (100 connections, 20 s per target).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { startSiteServer } from "../scripts/site-server";
import { buildWebIfStale, serverEntry } from "../scripts/web-build";
import { demoAccounts, signIn } from "../scripts/console-sign-in";
import { requestCounter, type RouteCost } from "./ddb-requests";
import { startDemoStack, type DemoStack } from "./demo-stack";
import { dashboardRows } from "./figures/dashboard";
import { ratingRows } from "./figures/ratings";
import { intakeRows } from "./figures/intake";
import { appointmentRows } from "./figures/appointments";
import { lambdaRows } from "./figures/lambda";
import { loadRows, skippedLoadRows } from "./figures/load";
import { consoleRow, pageRows, type PageName } from "./figures/pages";
import { countedRoutes, requestRows } from "./figures/requests";
import { formatTable } from "./format";
import { weighPage, type PageWeight } from "./page-weight";
import { demoRoutes, publicPages, type RouteName } from "./routes";
import type { Row } from "./rows";

const args = process.argv.slice(2);
const writeJson = args.includes("--json");
const withLoad = !args.includes("--no-load");
const loadOptions = { connections: 100, durationSeconds: Number(optionValue("--load-seconds") ?? 20) };
const resultsFile = resolve(import.meta.dirname, "results.json");

function optionValue(name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

const progress = (message: string) => process.stderr.write(`bench: ${message}\n`);

/** DynamoDB requests per route and page weights, from a server that logs every DynamoDB command. */
async function measureRoutes(stack: DemoStack): Promise<{ rows: Row[]; countyHtml: string }> {
  const workDir = mkdtempSync(join(tmpdir(), "cunjing-bench-"));
  const logFile = join(workDir, "dynamodb-requests.jsonl");
  const server = await startSiteServer({
    endpoint: stack.endpoint,
    tableName: stack.tableName,
    env: { CUNJING_DYNAMO_REQUEST_LOG: logFile },
  });
  try {
    const cost = requestCounter(logFile, server.base);
    const costs = new Map<RouteName, RouteCost>();
    for (const route of countedRoutes) costs.set(route, await cost(demoRoutes[route]));
    const weights = new Map<PageName, PageWeight>();
    for (const [name, page] of Object.entries(publicPages) as Array<[PageName, { path: string }]>) {
      weights.set(name, await weighPage(server.base, page.path));
    }
    const session = await signIn(server.base, demoAccounts.officer);
    const consoleWeight = await weighPage(server.base, demoRoutes.console, session ? { cookie: session } : {});
    const countyHtml = await fetch(server.base + demoRoutes.countyHome).then((response) => response.text());
    return {
      rows: [...requestRows(costs), ...pageRows(weights), consoleRow(demoRoutes.console, consoleWeight)],
      countyHtml,
    };
  } finally {
    await server.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** Load runs against a server without measurement hooks; the static file is the county page's own HTML. */
async function measureLoad(stack: DemoStack, countyHtml: string): Promise<Row[]> {
  // The node adapter serves files from the build's client folder, beside its server folder.
  const staticDir = join(dirname(serverEntry), "../client/bench-static");
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(join(staticDir, "county.html"), countyHtml);
  const server = await startSiteServer({ endpoint: stack.endpoint, tableName: stack.tableName });
  try {
    const statusOf = (path: string) =>
      fetch(server.base + path).then(async (response) => (await response.arrayBuffer(), response.status));
    const staticFile = `${server.base}/bench-static/county.html`;
    const staticStatus = await statusOf("/bench-static/county.html");
    if (staticStatus !== 200)
      throw new Error(
        `The static file ${staticFile} answered ${staticStatus}; is ${staticDir} the site's client folder?`,
      );
    const officerStatus = await statusOf(demoRoutes.officerPage);
    const session = await signIn(server.base, demoAccounts.officer);
    return await loadRows(
      {
        staticFile,
        countyPage: server.base + demoRoutes.countyHome,
        officerPage: officerStatus === 200 ? server.base + demoRoutes.officerPage : undefined,
        trpcQuery: server.base + demoRoutes.trpcCountyBySlug,
        consoleQuery: session ? { url: server.base + demoRoutes.trpcAuthMe, cookie: session } : undefined,
      },
      loadOptions,
    );
  } finally {
    await server.stop();
    rmSync(staticDir, { recursive: true, force: true });
  }
}

const build = buildWebIfStale();
progress(build.built ? `web built in ${build.seconds.toFixed(1)} s` : "web build is up to date");
const stack = await startDemoStack();
const rows: Row[] = [];
try {
  progress("counting DynamoDB requests and sizing pages");
  const routes = await measureRoutes(stack);
  rows.push(...routes.rows);
  progress("dashboard at 1k and 240k work-log entries (the first run writes the workloads), concurrent writes");
  rows.push(...dashboardRows());
  progress("500 concurrent ratings on one officer");
  rows.push(...ratingRows());
  progress("27,261 intake registrations, 146 red alerts through a webhook failing twice, raw table dump");
  rows.push(...intakeRows());
  progress("400 concurrent bookings at 40 slots of one officer");
  rows.push(...appointmentRows());
  progress("bundling the API Lambda and timing cold imports");
  rows.push(...(await lambdaRows()));
  if (withLoad) {
    progress(`load: ${loadOptions.connections} connections, ${loadOptions.durationSeconds} s per target`);
    rows.push(...(await measureLoad(stack, routes.countyHtml)));
  } else {
    rows.push(...skippedLoadRows());
  }
} finally {
  await stack.stop();
}

console.log(formatTable(rows));
console.log(`\n${rows.filter((row) => row.pass).length} of ${rows.length} pass`);
if (writeJson) {
  writeFileSync(resultsFile, `${JSON.stringify(rows, null, 2)}\n`);
  console.log(`Wrote ${resultsFile}`);
}
