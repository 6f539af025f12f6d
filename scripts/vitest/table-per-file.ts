import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DeleteTableCommand } from "@aws-sdk/client-dynamodb";
import { afterAll, beforeEach, inject } from "vitest";
import { ensureTable, localClient } from "../table";
import { runSeed } from "./random";

// Runs before each test file's imports: core reads TABLE_NAME and DYNAMODB_ENDPOINT when loaded.
const endpoint = inject("dynamodbEndpoint");
// One database per worker in DynamoDB Local (not shared: see dynamodb.ts); child processes inherit it.
process.env.AWS_REGION = `local-${process.env.VITEST_POOL_ID ?? "1"}`;
const tableName = `test-${randomUUID()}`;
process.env.DYNAMODB_ENDPOINT = endpoint;
process.env.TABLE_NAME = tableName;
// Sealed fields use the run's own master key, never the developer's .data/pii-master.key.
process.env.CUNJING_PII_KEY_FILE ??= inject("piiKeyFile");
// Every request with a county is held to the production tenant role's LeadingKeys condition.
process.env.CUNJING_TENANT_KEYS = "enforce";
// Uploaded images and import files of this test file go to a throwaway folder, not .data/.
const uploadDir = mkdtempSync(join(tmpdir(), "cunjing-uploads-"));
process.env.CUNJING_UPLOAD_DIR = uploadDir;
afterAll(() => rmSync(uploadDir, { recursive: true, force: true }));
const client = localClient(endpoint);
await ensureTable(client, tableName);
// The table goes when the file ends (this hook runs after the file's own), so DynamoDB Local's heap
// holds only the tables of the files still running.
afterAll(async () => {
  await client.send(new DeleteTableCommand({ TableName: tableName })).catch(() => undefined);
  client.destroy();
});

beforeEach((context) => {
  context.onTestFailed(() => {
    console.error(`Fixtures were drawn with TEST_SEED=${runSeed()}; set it to replay this run's random values.`);
  });
});
