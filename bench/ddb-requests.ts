import { readFileSync, statSync, writeFileSync } from "node:fs";

export interface RouteCost {
  path: string;
  status: number;
  commands: string[];
}

/**
 * Counts the DynamoDB commands one GET costs, from the request log the server writes
 * (`CUNJING_DYNAMO_REQUEST_LOG`). The log is appended synchronously before each command is sent,
 * so once the response has arrived every command it needed is in the file.
 */
export function requestCounter(logFile: string, base: string) {
  writeFileSync(logFile, "");
  return async function cost(path: string): Promise<RouteCost> {
    // A first request warms caches and connections; the second one is counted.
    await fetch(base + path, { redirect: "manual" }).then((response) => response.arrayBuffer());
    const offset = statSync(logFile).size;
    const response = await fetch(base + path, { redirect: "manual" });
    await response.arrayBuffer();
    const added = readFileSync(logFile).subarray(offset).toString("utf8");
    const commands = added
      .split("\n")
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { command: string }).command);
    return { path, status: response.status, commands };
  };
}
