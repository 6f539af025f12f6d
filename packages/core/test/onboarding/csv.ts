import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import { documentClient, tableName } from "../../src/db/client";

/** CSV bytes exactly as given (no formula escaping), quoting only where CSV needs it. */
export function csv(rows: string[][], options: { bom?: boolean } = {}): Uint8Array {
  const text = rows
    .map((row) => row.map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(","))
    .join("\r\n");
  return new TextEncoder().encode(`${options.bom ? "\uFEFF" : ""}${text}\r\n`);
}

/**
 * Every item of the test's own table except the import's own job records and audit events,
 * sorted: what "the county exactly as before" is compared on. (A Scan, in a test only.)
 */
export async function tableItems(): Promise<string[]> {
  const items: string[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await documentClient.send(new ScanCommand({ TableName: tableName(), ExclusiveStartKey: start }));
    for (const item of page.Items ?? []) {
      if (item.__edb_e__ === "importJob" || item.__edb_e__ === "audit") continue;
      items.push(JSON.stringify(item, (_key, value) => (value instanceof Set ? [...value].sort() : value)));
    }
    start = page.LastEvaluatedKey;
  } while (start);
  return items.sort();
}
