import { BatchWriteItemCommand, ScanCommand, type AttributeValue, type WriteRequest } from "@aws-sdk/client-dynamodb";
import { existsSync, readFileSync } from "node:fs";
import { inject } from "vitest";
import { localClient } from "../table";

declare module "vitest" {
  export interface ProvidedContext {
    /** A table holding the seeded demo, copied into a test file's own table by `copyDemo()`. */
    demoTemplateTable: string;
    /** The region whose DynamoDB Local database holds the template. */
    demoTemplateRegion: string;
    /** Written when the seed has finished: "ok", or "failed" and the seed's output. */
    demoTemplateReadyFile: string;
  }
}

const SEGMENTS = 4;
const BATCH = 25;

/**
 * Copies the run's seeded demo (see demo-template.ts) into this test file's own table, so each file
 * starts from the whole demo without seeding it again and without seeing other files' writes.
 */
export async function copyDemo(): Promise<{ items: number }> {
  await templateReady();
  const source = inject("demoTemplateTable");
  const target = process.env.TABLE_NAME!;
  const client = localClient(process.env.DYNAMODB_ENDPOINT!);
  const templateClient = localClient(process.env.DYNAMODB_ENDPOINT!, inject("demoTemplateRegion"));
  let items = 0;
  try {
    await Promise.all(
      Array.from({ length: SEGMENTS }, async (_, segment) => {
        let startKey: Record<string, AttributeValue> | undefined;
        do {
          const page = await templateClient.send(
            new ScanCommand({
              TableName: source,
              Segment: segment,
              TotalSegments: SEGMENTS,
              ExclusiveStartKey: startKey,
            }),
          );
          const rows = page.Items ?? [];
          for (let index = 0; index < rows.length; index += BATCH) {
            await writeAll(
              client,
              target,
              rows.slice(index, index + BATCH).map((Item) => ({ PutRequest: { Item } })),
            );
          }
          items += rows.length;
          startKey = page.LastEvaluatedKey;
        } while (startKey);
      }),
    );
  } finally {
    client.destroy();
    templateClient.destroy();
  }
  return { items };
}

async function writeAll(client: ReturnType<typeof localClient>, table: string, requests: WriteRequest[]) {
  let pending = requests;
  for (let attempt = 0; pending.length > 0; attempt++) {
    if (attempt > 8) throw new Error(`Copying the demo: ${pending.length} items still unprocessed`);
    if (attempt > 0) await new Promise((wake) => setTimeout(wake, 20 * 2 ** attempt));
    const result = await client.send(new BatchWriteItemCommand({ RequestItems: { [table]: pending } }));
    pending = result.UnprocessedItems?.[table] ?? [];
  }
}

const TEMPLATE_WAIT_MS = 330_000;

async function templateReady() {
  const file = inject("demoTemplateReadyFile");
  const deadline = Date.now() + TEMPLATE_WAIT_MS;
  while (!existsSync(file)) {
    if (Date.now() > deadline) throw new Error(`The demo seed did not finish within ${TEMPLATE_WAIT_MS / 1000} s`);
    await new Promise((wake) => setTimeout(wake, 200));
  }
  const state = readFileSync(file, "utf8");
  if (state !== "ok") throw new Error(`The demo seed ${state}`);
}
