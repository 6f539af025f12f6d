// `npm start`: the whole product on one machine — DynamoDB Local (persisted under .data/), the
// table, the demo seed, and the portal, console and API on http://localhost:4321.
//
// Process handling: `npm start` execs node on this file (no shell or tsx CLI in between), so npm's
// child is this process and the signals npm forwards (SIGINT, SIGTERM) reach it. It serves the site
// in-process, runs java under scripts/java-guard.sh, and stops everything when npm's process is gone
// (even after `kill -9`, which forwards nothing): it watches its parent.
import type { ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { startDynamoDBLocal, type DynamoDBLocal } from "./dynamodb-local";
import { preflight } from "./preflight";
import { ensureTable, localClient } from "./table";
import { buildWebIfStaleAsync, localServer } from "./web-build";

const root = resolve(import.meta.dirname, "..");
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? "127.0.0.1";
const tableName = process.env.TABLE_NAME ?? "cunjing-local";
// Everything local (database, PII key, uploads) lives under one folder; tests point it elsewhere.
const dataRoot = resolve(root, process.env.CUNJING_DATA_DIR ?? ".data");
process.env.CUNJING_PII_KEY_FILE ??= join(dataRoot, "pii-master.key");
process.env.CUNJING_UPLOAD_DIR ??= join(dataRoot, "uploads");
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

let dynamodb: DynamoDBLocal | undefined;
let build: ChildProcess | undefined;
let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  if (build?.pid && build.exitCode === null) killGroup(build.pid);
  await dynamodb?.stop().catch(() => undefined);
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
process.on("SIGHUP", () => void shutdown(0));

function killGroup(pid: number) {
  try {
    process.kill(-pid, "SIGTERM");
  } catch {
    // Already gone.
  }
}

// The parent (npm, or whoever started us) may die without a word: `kill -9` runs no handlers and
// forwards nothing. When our parent changes, stop everything as if we had been told to.
const parentAtStart = currentParent();
function currentParent(): number {
  try {
    // Linux: field 4 of /proc/self/stat is the current parent (process.ppid is fixed at start).
    const stat = readFileSync("/proc/self/stat", "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return process.ppid;
  }
}
function parentIsGone(): boolean {
  if (currentParent() !== parentAtStart) return true;
  try {
    process.kill(parentAtStart, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}
setInterval(() => {
  if (!stopping && parentIsGone()) {
    console.error("The process that started Cunjing has gone; stopping.");
    void shutdown(0);
  }
}, 1000).unref();

function fail(message: string): never {
  console.error(`\n✖ ${message}\n`);
  void shutdown(1);
  throw new Error(message);
}

async function assertPortFree() {
  await new Promise<void>((resolvePort, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(port, host, () => probe.close(() => resolvePort()));
  }).catch((error: NodeJS.ErrnoException) =>
    fail(
      error.code === "EADDRINUSE"
        ? `Port ${port} is already in use. Stop what is using it, or start on another port: PORT=4322 npm start`
        : `Cannot listen on ${host}:${port} (${error.code ?? error.message}).`,
    ),
  );
}

try {
  preflight();
  await assertPortFree();

  const dataDir = join(dataRoot, "dynamodb");
  dynamodb = await startDynamoDBLocal({ dbPath: dataDir, port: Number(process.env.DYNAMODB_PORT ?? 0) });
  console.log(
    `DynamoDB Local on ${dynamodb.endpoint} (data in ${relative(root, dataDir) || dataDir}) — ${seconds()} s`,
  );

  process.env.DYNAMODB_ENDPOINT = dynamodb.endpoint;
  process.env.TABLE_NAME = tableName;
  const client = localClient(dynamodb.endpoint);
  const createdTable = await ensureTable(client, tableName);
  client.destroy();

  // Core reads the endpoint and table from the environment when it loads, so load it only now.
  const { seedDemo } = await import("./seed/index");
  const { demoPassword } = await import("./seed/demo-data");
  const { created } = await seedDemo();
  console.log(
    `Table ${tableName} ${createdTable ? "created" : "found"}; demo seed wrote ${created} new items — ${seconds()} s`,
  );
  // Alert deliveries waiting when the last run stopped (the in-process worker's timers are gone).
  const { Alert } = await import("@cunjing/core/alert/index");
  const resumed = await Alert.resume();
  if (resumed) console.log(`Resumed ${resumed} alert deliveries`);
  // Key rotations whose re-wrap was still running when the last run stopped.
  const { Keys } = await import("@cunjing/core/keys/index");
  const rotations = await Keys.resume();
  if (rotations) console.log(`Resumed the re-wrap of ${rotations} key rotations`);

  const web = await buildWebIfStaleAsync((child) => (build = child));
  console.log(web.built ? `Web built in ${web.seconds.toFixed(1)} s` : "Web build is up to date");

  process.env.HOST = host;
  process.env.PORT = String(port);
  const local = (await import(pathToFileURL(localServer).href)) as { startLocalServer: () => Promise<unknown> };
  await local.startLocalServer();
  // The local worker: appointment reminders for tomorrow, now and every hour.
  const { handler: remind } = await import("../packages/functions/src/events/reminders");
  const reminders = () => remind().catch((error: unknown) => console.error("appointment reminders failed", error));
  void reminders();
  setInterval(reminders, 3600_000).unref();
  console.log(`
  Cunjing is running — ${seconds()} s

    Portal   http://localhost:${port}/
    Boluo    http://localhost:${port}/boluo
    Console  http://localhost:${port}/console
    API      http://localhost:${port}/api/trpc/county.list

  Demo accounts (password ${demoPassword}), county in brackets:
    admin (platform) · boluo.admin · boluo.supervisor · xu-jieshan · boluo.health (boluo)
    huicheng.admin · liao-yanxia (huicheng)

  Ctrl-C stops everything; data stays in ${relative(root, dataRoot) || dataRoot}/ for the next start.
`);
} catch (error) {
  if (!stopping) fail(error instanceof Error ? error.message : String(error));
}
