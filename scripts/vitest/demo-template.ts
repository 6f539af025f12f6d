import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { ensureTable, localClient } from "../table";
import type {} from "./demo-copy";

const TEMPLATE_TABLE = "demo-template";
/** The template's database in DynamoDB Local (every test file reads it from its own worker's). */
const TEMPLATE_REGION = "ap-east-1";
const SEED_SCRIPT = fileURLToPath(new URL("../seed.ts", import.meta.url));
const slot = globalThis as typeof globalThis & {
  __cunjingDemoTemplate?: { readyFile: string; users: number; stop(): void };
};

/**
 * Seeds the demo once per run, in the background (after `dynamodb.ts` in the same project's global
 * setups): seeding takes tens of seconds, copying its items a second or two, and the tests that do
 * not need the demo start at once.
 */
export default async function setup(project: TestProject) {
  const { dynamodbEndpoint, piiKeyFile } = project.getProvidedContext();
  if (!slot.__cunjingDemoTemplate) {
    const readyFile = join(dirname(piiKeyFile), "demo-template.ready");
    const client = localClient(dynamodbEndpoint, TEMPLATE_REGION);
    await ensureTable(client, TEMPLATE_TABLE);
    client.destroy();
    const child = spawn(process.execPath, ["--import", "tsx", SEED_SCRIPT], {
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        DYNAMODB_ENDPOINT: dynamodbEndpoint,
        TABLE_NAME: TEMPLATE_TABLE,
        AWS_REGION: TEMPLATE_REGION,
        CUNJING_PII_KEY_FILE: piiKeyFile,
      },
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.once("exit", (code) => writeFileSync(readyFile, code === 0 ? "ok" : `failed (exit ${code}):\n${output}`));
    slot.__cunjingDemoTemplate = { readyFile, users: 0, stop: () => child.exitCode === null && child.kill("SIGTERM") };
  }
  const template = slot.__cunjingDemoTemplate;
  template.users++;
  project.provide("demoTemplateTable", TEMPLATE_TABLE);
  project.provide("demoTemplateRegion", TEMPLATE_REGION);
  project.provide("demoTemplateReadyFile", template.readyFile);
  return () => {
    if (--template.users > 0) return;
    template.stop();
    slot.__cunjingDemoTemplate = undefined;
  };
}
