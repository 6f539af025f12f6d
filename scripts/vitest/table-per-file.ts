import { randomUUID } from "node:crypto";
import { inject } from "vitest";
import { ensureTable, localClient } from "../table";

// Runs before each test file's imports: core reads TABLE_NAME and DYNAMODB_ENDPOINT when loaded.
const endpoint = inject("dynamodbEndpoint");
const tableName = `test-${randomUUID()}`;
process.env.DYNAMODB_ENDPOINT = endpoint;
process.env.TABLE_NAME = tableName;
const client = localClient(endpoint);
await ensureTable(client, tableName);
client.destroy();
