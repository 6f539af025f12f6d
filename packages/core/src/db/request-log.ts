import { appendFileSync } from "node:fs";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";

/**
 * Appends one JSON line per DynamoDB command (`{"command":"QueryCommand"}`) to a file, before it is
 * sent. Retries of a command are not counted again. The bench reads the file between requests to
 * count what each route costs. Off unless `CUNJING_DYNAMO_REQUEST_LOG` names a file.
 */
export function logRequests(client: DynamoDBClient, file: string): void {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      appendFileSync(file, `${JSON.stringify({ command: context.commandName ?? "unknown" })}\n`);
      return next(args);
    },
    { step: "initialize", priority: "high", name: "cunjingRequestLog" },
  );
}
