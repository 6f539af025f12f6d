import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { injectFaults } from "./faults";
import { logRequests } from "./request-log";

/**
 * Measurement and fault hooks, each switched on by an environment variable and absent otherwise:
 * - `CUNJING_DYNAMO_REQUEST_LOG=<file>`: one line per DynamoDB command (the bench counts them);
 * - `CUNJING_FAULT_RATE=<0..1>`: that share of attempts fails with throttling or a 5xx.
 */
export function observeFromEnvironment(client: DynamoDBClient, env: NodeJS.ProcessEnv = process.env): void {
  if (env.CUNJING_DYNAMO_REQUEST_LOG) logRequests(client, env.CUNJING_DYNAMO_REQUEST_LOG);
  const rate = Number(env.CUNJING_FAULT_RATE ?? 0);
  if (rate > 0) injectFaults(client, { rate: Math.min(rate, 1) });
}
