// Starts the local web server (packages/web/server.mjs around the Node build) as a child process on loopback,
// the way `npm start` serves it, for browser journeys, the bench and the fault tests.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { join } from "node:path";
import { localServer } from "./web-build";

export interface SiteServer {
  /** e.g. http://127.0.0.1:38211 */
  base: string;
  port: number;
  pid: number;
  stop(): Promise<void>;
}

export interface SiteServerOptions {
  endpoint: string;
  tableName: string;
  /** Extra environment, e.g. CUNJING_FAULT_RATE or CUNJING_DYNAMO_REQUEST_LOG. */
  env?: Record<string, string>;
}

const LISTEN_TIMEOUT_MS = 60_000;
const OUTPUT_TAIL_CHARS = 4_000;

export async function freeLoopbackPort(): Promise<number> {
  const probe = createServer().listen(0, "127.0.0.1");
  await once(probe, "listening");
  const { port } = probe.address() as { port: number };
  await new Promise((resolveClose) => probe.close(resolveClose));
  return port;
}

/**
 * The site for a test file. `CUNJING_SHAPE=prod` (set by `npm run test:prod-shape`) serves the
 * production shape instead: the Lambda bundles behind the emulated CloudFront over HTTPS
 * (scripts/prod-shape/serve.ts), so the same tests run in both shapes.
 */
export async function startSiteServer(options: SiteServerOptions): Promise<SiteServer> {
  const prod = process.env.CUNJING_SHAPE === "prod";
  const port = await freeLoopbackPort();
  const args = prod
    ? [
        "--import",
        "tsx",
        join(import.meta.dirname, "prod-shape/serve.ts"),
        "--out",
        process.env.CUNJING_PROD_SHAPE_OUT ?? ".build/prod-shape",
        "--cert",
        process.env.CUNJING_PROD_SHAPE_CERT ?? "",
        "--key",
        process.env.CUNJING_PROD_SHAPE_KEY ?? "",
        "--port",
        String(port),
      ]
    : [localServer];
  const child = spawn(process.execPath, args, {
    env: {
      ...process.env,
      ...options.env,
      HOST: "127.0.0.1",
      PORT: String(port),
      TABLE_NAME: options.tableName,
      DYNAMODB_ENDPOINT: options.endpoint,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keepTail = (chunk: Buffer) => {
    output = (output + chunk.toString("utf8")).slice(-OUTPUT_TAIL_CHARS);
  };
  child.stderr!.on("data", keepTail);
  // The production shape's Lambda logs (errors behind a 500) go to the test's output.
  if (prod) child.stderr!.on("data", (chunk: Buffer) => process.stderr.write(chunk));
  const exited = new Promise<void>((resolveExit) => {
    child.once("exit", () => resolveExit());
    child.once("error", () => resolveExit());
  });
  await waitForListening(child, exited, () => output, keepTail);
  return {
    base: `${prod ? "https" : "http"}://127.0.0.1:${port}`,
    port,
    pid: child.pid!,
    stop: () => stopChild(child),
  };
}

// The node adapter prints "Server listening on ..." once it accepts connections.
async function waitForListening(
  child: ChildProcess,
  exited: Promise<unknown>,
  tail: () => string,
  keepTail: (chunk: Buffer) => void,
) {
  let timer: NodeJS.Timeout | undefined;
  const listening = new Promise<void>((resolveListening) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      keepTail(chunk);
      if (chunk.toString("utf8").includes("listening")) resolveListening();
    });
  });
  const failure = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`The web server did not start within ${LISTEN_TIMEOUT_MS / 1000} s:\n${tail()}`)),
      LISTEN_TIMEOUT_MS,
    );
    void exited.then(() => reject(new Error(`The web server exited before it listened:\n${tail()}`)));
  });
  try {
    await Promise.race([listening, failure]);
  } catch (error) {
    await stopChild(child);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, "exit");
  child.kill("SIGTERM");
  const force = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(force);
}
