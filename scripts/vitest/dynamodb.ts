import { randomInt } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { startDynamoDBLocal, type DynamoDBLocal } from "../dynamodb-local";
import type {} from "./random";

declare module "vitest" {
  export interface ProvidedContext {
    dynamodbEndpoint: string;
    /** The run's local PII master key file, shared by test files, the demo template and site servers. */
    piiKeyFile: string;
  }
}

interface Shared {
  dynamodb: Promise<DynamoDBLocal>;
  scratch: string;
  seed: number;
  users: number;
}

// Every project that needs DynamoDB Local lists this file as a global setup; the projects' setups run
// in the one main process, so they share one JVM through this slot and the last teardown stops it.
const slot = globalThis as typeof globalThis & { __cunjingDynamoDB?: Shared };

/** One in-memory DynamoDB Local for the whole run, shared by every project that needs it. */
export default async function setup(project: TestProject) {
  if (!slot.__cunjingDynamoDB) {
    const scratch = mkdtempSync(join(tmpdir(), "cunjing-test-run-"));
    slot.__cunjingDynamoDB = {
      // Test files run a few at a time, each with its own table (dropped when the file ends) in its
      // worker's own database (table-per-file.ts sets a region per worker), so workers do not queue
      // behind one SQLite thread.
      dynamodb: startDynamoDBLocal({ heapMb: 2048, jit: "full", sharedDb: false }),
      scratch,
      seed: process.env.TEST_SEED ? Number(process.env.TEST_SEED) : randomInt(1, 2 ** 31 - 1),
      users: 0,
    };
  }
  const shared = slot.__cunjingDynamoDB;
  shared.users++;
  const dynamodb = await shared.dynamodb;
  project.provide("dynamodbEndpoint", dynamodb.endpoint);
  project.provide("piiKeyFile", join(shared.scratch, "pii-master.key"));
  project.provide("testSeed", shared.seed);
  return async () => {
    if (--shared.users > 0) return;
    slot.__cunjingDynamoDB = undefined;
    await dynamodb.stop();
    rmSync(shared.scratch, { recursive: true, force: true });
  };
}
