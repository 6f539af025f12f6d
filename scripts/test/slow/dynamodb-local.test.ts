import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  CreateTableCommand,
  DynamoDBClient,
  GetItemCommand,
  ListTablesCommand,
  PutItemCommand,
} from "@aws-sdk/client-dynamodb";
import { afterAll, describe, expect, it } from "vitest";
import { javaRssMiB, startDynamoDBLocal, type DynamoDBLocal } from "../../dynamodb-local";

const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const HOLD_FIXTURE = fileURLToPath(new URL("../fixtures/hold-dynamodb.ts", import.meta.url));
const PREFLIGHT_SCRIPT = fileURLToPath(new URL("../../preflight.ts", import.meta.url));
const JVM_TEST_TIMEOUT_MS = 60_000;

const scratchDir = mkdtempSync(join(tmpdir(), "dynamodb-local-test-"));
afterAll(() => rmSync(scratchDir, { recursive: true, force: true }));

function clientFor(dynamodb: DynamoDBLocal): DynamoDBClient {
  return new DynamoDBClient({
    endpoint: dynamodb.endpoint,
    region: "ap-east-1",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
}

async function createTable(client: DynamoDBClient, tableName: string): Promise<void> {
  await client.send(
    new CreateTableCommand({
      TableName: tableName,
      AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "S" }],
      KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }],
      BillingMode: "PAY_PER_REQUEST",
    }),
  );
}

/** True while `pid` is a live (non-zombie) DynamoDB Local java process. Linux only (/proc). */
function isDynamoDBLocalAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const state = stat.slice(stat.lastIndexOf(")") + 2).charAt(0);
    if (state === "Z") return false;
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("DynamoDBLocal.jar");
  } catch {
    return false;
  }
}

async function waitUntilGone(pid: number, deadlineMs = 10_000): Promise<boolean> {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    if (!isDynamoDBLocalAlive(pid)) return true;
    await new Promise((wake) => setTimeout(wake, 100));
  }
  return !isDynamoDBLocalAlive(pid);
}

function listenOnFreePort(): Promise<{ server: Server; port: number }> {
  return new Promise((resolveListening, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen({ port: 0 }, () => {
      const address = server.address();
      if (typeof address !== "object" || address === null) return reject(new Error("no address"));
      resolveListening({ server, port: address.port });
    });
  });
}

describe("startDynamoDBLocal", () => {
  it(
    "runs in memory on a free port",
    async () => {
      const dynamodb = await startDynamoDBLocal({});
      const client = clientFor(dynamodb);
      try {
        expect(dynamodb.endpoint).toBe(`http://127.0.0.1:${dynamodb.port}`);
        expect(javaRssMiB(dynamodb.pid)).toBeGreaterThan(0);
        await createTable(client, "in-memory-table");
        const { TableNames } = await client.send(new ListTablesCommand({}));
        expect(TableNames).toContain("in-memory-table");
      } finally {
        client.destroy();
        await dynamodb.stop();
      }
      expect(isDynamoDBLocalAlive(dynamodb.pid)).toBe(false);
    },
    JVM_TEST_TIMEOUT_MS,
  );

  it(
    "keeps data in dbPath across a restart",
    async () => {
      const dbPath = join(scratchDir, "persistent", "data"); // missing: must be created
      const key = { pk: { S: "greeting" } };

      const first = await startDynamoDBLocal({ dbPath });
      const firstClient = clientFor(first);
      try {
        await createTable(firstClient, "persistent-table");
        await firstClient.send(
          new PutItemCommand({ TableName: "persistent-table", Item: { ...key, text: { S: "hello" } } }),
        );
      } finally {
        firstClient.destroy();
        await first.stop();
      }

      const second = await startDynamoDBLocal({ dbPath });
      const secondClient = clientFor(second);
      try {
        const { Item } = await secondClient.send(new GetItemCommand({ TableName: "persistent-table", Key: key }));
        expect(Item?.text?.S).toBe("hello");
      } finally {
        secondClient.destroy();
        await second.stop();
      }
    },
    JVM_TEST_TIMEOUT_MS,
  );

  it("fails fast when a fixed port is taken", async () => {
    const { server, port } = await listenOnFreePort();
    try {
      await expect(startDynamoDBLocal({ port })).rejects.toThrow(
        `Port ${port} is already in use; set DYNAMODB_PORT to another port or stop the process using it`,
      );
    } finally {
      server.close();
    }
  });

  it("refuses a dbPath that is a file, without touching it", async () => {
    const notADirectory = join(scratchDir, "not-a-directory");
    writeFileSync(notADirectory, "keep me");
    await expect(startDynamoDBLocal({ dbPath: notADirectory })).rejects.toThrow(
      new RegExp(`${notADirectory} exists but is not a directory\\. Move it aside`),
    );
    expect(readFileSync(notADirectory, "utf8")).toBe("keep me");
  });
});

describe("no java left behind when the parent process dies", () => {
  it.each([
    { ending: "SIGKILL", mode: "hold", signal: "SIGKILL" },
    { ending: "SIGTERM", mode: "hold", signal: "SIGTERM" },
    { ending: "SIGINT (Ctrl-C)", mode: "hold", signal: "SIGINT" },
    { ending: "an uncaught exception", mode: "throw", signal: undefined },
  ] as const)(
    "after $ending",
    async ({ mode, signal }) => {
      // `node --import tsx` rather than the tsx CLI, so the pid we signal is the process holding java.
      const parent = spawn(process.execPath, ["--import", "tsx", HOLD_FIXTURE, mode], {
        cwd: REPO_ROOT,
        stdio: ["ignore", "pipe", "pipe"],
      });
      let stderr = "";
      parent.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
      const parentExited = new Promise<void>((resolveExit) => parent.once("exit", () => resolveExit()));

      const javaPid = await new Promise<number>((resolvePid, reject) => {
        let stdout = "";
        parent.stdout.on("data", (chunk: Buffer) => {
          stdout += chunk.toString("utf8");
          const match = /JAVA_PID=(\d+)/.exec(stdout);
          if (match?.[1]) resolvePid(Number(match[1]));
        });
        void parentExited.then(() => reject(new Error(`fixture exited before printing JAVA_PID:\n${stderr}`)));
      });

      try {
        expect(isDynamoDBLocalAlive(javaPid)).toBe(true);
        if (signal) parent.kill(signal);
        await parentExited;
        expect(await waitUntilGone(javaPid)).toBe(true);
      } finally {
        if (isDynamoDBLocalAlive(javaPid)) process.kill(javaPid, "SIGKILL");
      }
    },
    JVM_TEST_TIMEOUT_MS,
  );
});

describe("preflight", () => {
  it("exits 1 with install instructions when java is missing", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", PREFLIGHT_SCRIPT], {
      cwd: REPO_ROOT,
      env: { ...process.env, JAVA: "/nonexistent/java" },
      encoding: "utf8",
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Java (/nonexistent/java) was not found.");
    expect(result.stderr).toContain("apt-get install -y default-jre-headless");
  });

  it("passes on this machine", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", PREFLIGHT_SCRIPT], {
      cwd: REPO_ROOT,
      encoding: "utf8",
    });
    expect(result.stdout).toContain("Preflight OK");
    expect(result.status).toBe(0);
  });
});
