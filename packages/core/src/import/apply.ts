import { BatchWriteCommand, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { documentClient, tableName } from "../db/client";
import { createId } from "../util/id";
import type { Op } from "./plan";

/** DynamoDB's limit of items per transaction. */
export const transactionSize = 100;
const inFlight = 4;
const batchWriteSize = 25;

/** An apply stopped: `row` is the file row whose write was refused, when DynamoDB said which. */
export class ApplyFailed extends Error {
  constructor(
    readonly reason: "changed" | "fault",
    readonly row: number | undefined,
    override readonly cause: unknown,
  ) {
    super(`Import apply failed (${reason})`);
  }
}

/** A rollback that could not finish; what is left to undo was handed to `onIncomplete`. */
export class RollbackIncomplete extends Error {}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

type Cancelled = { name?: string; CancellationReasons?: Array<{ Code?: string }> };

/** One transaction of up to 100 writes; retried only when cancelled by a concurrent transaction. */
async function transact(batch: Op[], runId: string, index: number): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await documentClient.send(
        new TransactWriteCommand({
          TransactItems: batch.map((op) => op.write) as never,
          // Makes the SDK's own retries of this request idempotent.
          ClientRequestToken: `${runId}-${index}-${attempt}`,
        }),
      );
      return;
    } catch (error) {
      const reasons = (error as Cancelled).CancellationReasons ?? [];
      if ((error as Cancelled).name !== "TransactionCanceledException")
        throw new ApplyFailed("fault", undefined, error);
      const refused = reasons.findIndex((reason) => reason.Code === "ConditionalCheckFailed");
      if (refused >= 0) throw new ApplyFailed("changed", batch[refused]?.row, error);
      const onlyConflicts = reasons.every(
        (reason) => !reason.Code || reason.Code === "None" || reason.Code === "TransactionConflict",
      );
      if (!onlyConflicts || attempt >= 6) throw new ApplyFailed("fault", undefined, error);
      await sleep(Math.random() * 20 * 2 ** attempt);
    }
  }
}

/**
 * Writes the ops in transactions of up to 100, a few at a time. If any transaction fails, waits for
 * the others, then undoes every committed one (newest first) so the county is as before.
 */
export async function execute(
  ops: Op[],
  onProgress: (written: number) => Promise<void>,
  onIncomplete: (left: Op[]) => Promise<void>,
): Promise<void> {
  const batches = chunks(ops, transactionSize);
  const runId = createId();
  const committed: Op[][] = [];
  let failure: ApplyFailed | undefined;
  let next = 0;
  let written = 0;
  const worker = async () => {
    while (!failure && next < batches.length) {
      const index = next++;
      const batch = batches[index]!;
      try {
        await transact(batch, runId, index);
      } catch (error) {
        failure ??= error instanceof ApplyFailed ? error : new ApplyFailed("fault", undefined, error);
        return;
      }
      committed.push(batch);
      written += batch.length;
      await onProgress(written).catch(() => undefined); // progress is a courtesy, never a failure
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, batches.length) }, worker));
  if (!failure) return;
  const undo = committed.reverse().flatMap((batch) => [...batch].reverse());
  await rollback(undo, onIncomplete);
  throw failure;
}

/** Deletes what was created and puts back what was changed, 25 at a time, retrying hard. */
async function rollback(ops: Op[], onIncomplete: (left: Op[]) => Promise<void>): Promise<void> {
  const table = tableName();
  const groups = chunks(ops, batchWriteSize);
  for (let g = 0; g < groups.length; g++) {
    let requests = groups[g]!.map((op) =>
      "delete" in op.undo ? { DeleteRequest: { Key: op.undo.delete } } : { PutRequest: { Item: op.undo.put } },
    );
    for (let attempt = 1; requests.length; attempt++) {
      let lastError: unknown;
      try {
        const result = await documentClient.send(new BatchWriteCommand({ RequestItems: { [table]: requests } }));
        requests = (result.UnprocessedItems?.[table] ?? []) as typeof requests;
      } catch (error) {
        lastError = error;
      }
      if (!requests.length) break;
      if (attempt >= 10) {
        await onIncomplete(groups.slice(g).flat());
        throw new RollbackIncomplete("Rollback could not finish", { cause: lastError });
      }
      await sleep(Math.min(2_000, 50 * 2 ** attempt));
    }
  }
}
