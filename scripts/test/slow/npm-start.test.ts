// `npm start` as a supervisor runs it: its own process group, signals sent to npm's process only.
// Three starts on one temporary data folder, with a county admin's changes in between: SIGINT,
// SIGTERM and `kill -9` of npm's process each leave no process, no server and no held port within
// 10 s, and no restart gives the admin's officer any work they did not log.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { demoPassword } from "../../seed/demo-data";
import { freeLoopbackPort } from "../../site-server";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), "cunjing-npm-start-"));
const started: ChildProcess[] = [];

afterAll(() => {
  // Only what this file started: each npm start leads its own process group.
  for (const child of started) if (child.pid) signalGroup(child.pid, "SIGKILL");
  rmSync(dataDir, { recursive: true, force: true });
});

function signalGroup(pgid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false;
  }
}

type Running = { child: ChildProcess; base: string; port: number; dynamodbPort: number };

async function npmStart(): Promise<Running> {
  const [port, dynamodbPort] = [await freeLoopbackPort(), await freeLoopbackPort()];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    DYNAMODB_PORT: String(dynamodbPort),
    CUNJING_DATA_DIR: dataDir,
  };
  // The test run's own table and folders are not this server's.
  for (const name of ["TABLE_NAME", "DYNAMODB_ENDPOINT", "CUNJING_UPLOAD_DIR", "CUNJING_PII_KEY_FILE"])
    delete env[name];
  const child = spawn("npm", ["start"], { cwd: root, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  started.push(child);
  let output = "";
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`npm start did not start within 4 minutes:\n${output}`)), 240_000);
    const read = (chunk: Buffer) => {
      output = (output + chunk.toString("utf8")).slice(-8_000);
      if (output.includes("Server listening")) {
        clearTimeout(timer);
        ready();
      }
    };
    child.stdout!.on("data", read);
    child.stderr!.on("data", read);
    child.once("exit", () => fail(new Error(`npm start exited early:\n${output}`)));
  });
  return { child, base: `http://127.0.0.1:${port}`, port, dynamodbPort };
}

const portAnswers = (port: number) =>
  new Promise<boolean>((answer) => {
    const socket = connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => (socket.destroy(), answer(true)));
    socket.once("error", () => answer(false));
  });

/** Whether, within 10 s, every process of the group has exited and neither port answers. */
async function allGoneWithin10s({ child, port, dynamodbPort }: Running) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const left = {
      processes: signalGroup(child.pid!, 0),
      server: await portAnswers(port),
      dynamodb: await portAnswers(dynamodbPort),
    };
    if (!left.processes && !left.server && !left.dynamodb) return left;
    if (Date.now() > deadline) return left;
    await new Promise((wake) => setTimeout(wake, 200));
  }
}
const nothingLeft = { processes: false, server: false, dynamodb: false };

async function signIn(base: string) {
  const response = await fetch(`${base}/console/signin`, {
    method: "POST",
    redirect: "manual",
    headers: { origin: base, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ county: "boluo", username: "boluo.admin", password: demoPassword }),
  });
  return response.headers
    .getSetCookie()
    .find((c) => c.startsWith("cunjing_session="))!
    .split(";")[0]!;
}

async function post(base: string, cookie: string, path: string, fields: Record<string, string>) {
  const response = await fetch(base + path, {
    method: "POST",
    redirect: "manual",
    headers: { cookie, origin: base, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields),
  });
  expect(response.status, path).toBe(303);
  return response.headers.get("location")!;
}

/** A public page of one of the admin's own officers, who never log any work here. */
async function ownOfficerPage(base: string, slug = "own-officer") {
  const page = await fetch(`${base}/boluo/officers/${slug}`);
  expect(page.status).toBe(200);
  return page.text();
}

describe("npm start under a supervisor", () => {
  it("stops on SIGINT, SIGTERM and kill -9 of npm's process, and restarts never add work to the admin's officer", async () => {
    const first = await npmStart();
    const cookie = await signIn(first.base);
    const officers = await (await fetch(`${first.base}/console/onboarding/officers`, { headers: { cookie } })).text();
    const precinctId = /<select id="precinctId" name="precinctId"[^>]*>\s*<option value="([a-z0-9]+)"/.exec(
      officers,
    )![1]!;
    const officerPath = await post(first.base, cookie, "/console/onboarding/officers", {
      nameZh: "自建民警",
      badge: "OWN0001",
      slug: "own-officer",
      precinctId,
    });
    const officerId = /officers\/([a-z0-9]+)/.exec(officerPath)![1]!;
    const villagePath = (
      await post(first.base, cookie, "/console/onboarding/villages", {
        precinctId,
        kind: "village",
        nameZh: "自建村",
        nameEn: "",
      })
    ).split("?")[0]!;
    await post(first.base, cookie, villagePath, { intent: "assign", officerId });
    expect(await ownOfficerPage(first.base)).toContain("本半年暂无工作记录。");

    process.kill(first.child.pid!, "SIGINT");
    expect(await allGoneWithin10s(first)).toEqual(nothingLeft);

    const second = await npmStart();
    expect(await ownOfficerPage(second.base)).toContain("本半年暂无工作记录。");
    // A second officer of the admin's takes over a demo community from its demo officer.
    const again = await signIn(second.base);
    const secondPath = await post(second.base, again, "/console/onboarding/officers", {
      nameZh: "自建二号",
      badge: "OWN0002",
      slug: "own-officer-2",
      precinctId,
    });
    const villages = await (
      await fetch(`${second.base}/console/onboarding/villages?q=xiqu`, { headers: { cookie: again } })
    ).text();
    const xiqu = /href="(\/console\/onboarding\/villages\/[a-z0-9]+)"[^>]*>西区社区/.exec(villages)![1]!;
    await post(second.base, again, xiqu, {
      intent: "assign",
      officerId: /officers\/([a-z0-9]+)/.exec(secondPath)![1]!,
    });
    process.kill(second.child.pid!, "SIGTERM");
    expect(await allGoneWithin10s(second)).toEqual(nothingLeft);

    const third = await npmStart();
    expect(await ownOfficerPage(third.base)).toContain("本半年暂无工作记录。");
    expect(await ownOfficerPage(third.base, "own-officer-2")).toContain("本半年暂无工作记录。");
    process.kill(third.child.pid!, "SIGKILL");
    expect(await allGoneWithin10s(third)).toEqual(nothingLeft);
  });
});
