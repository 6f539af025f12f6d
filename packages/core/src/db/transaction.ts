import { UnavailableError } from "./unavailable";
import type { ConflictError, VisibleError } from "../util/errors";

type TransactionResult = {
  canceled: boolean;
  data: Array<{ rejected: boolean; code: string; message?: string }>;
};

/**
 * ElectroDB returns `{ canceled: true }` instead of throwing when a transaction is cancelled.
 * This turns a cancelled transaction into an error: the first rejected item's conflict, if the
 * caller named one for its position, or a generic fault.
 */
export function assertCommitted(
  result: TransactionResult,
  conflictFor: (index: number) => VisibleError | undefined = () => undefined,
): void {
  if (!result.canceled) return;
  const rejectedIndex = result.data.findIndex((reason) => reason.rejected);
  const reason = result.data[rejectedIndex];
  if (reason?.code === "ConditionalCheckFailed") {
    const conflict = conflictFor(rejectedIndex);
    if (conflict) throw conflict;
  }
  // Still meeting other transactions on busy items after the retries: busy, try again (503), not a fault.
  if (result.data.every((r) => r.code === "TransactionConflict" || r.code === "None")) throw new UnavailableError();
  throw new Error(`Transaction cancelled: ${result.data.map((r) => r.code).join(", ")}`);
}

/** ElectroDB wraps a failed `create` condition; give the caller's conflict instead. */
export function conflictOr(error: unknown, conflict: ConflictError): unknown {
  const cause = (error as { cause?: { name?: string } } | undefined)?.cause;
  return cause?.name === "ConditionalCheckFailedException" ? conflict : error;
}

type Cancellable = { canceled: boolean; data: Array<{ rejected: boolean; code: string }> };

/**
 * Runs a transaction again when DynamoDB cancelled it only because another transaction touched
 * the same items (busy counters): a cancelled transaction applied nothing, so retrying is safe.
 */
export async function withConflictRetry<T extends { canceled: boolean; data: unknown }>(
  run: () => Promise<T>,
  attempts = 6,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const result = await run();
    const reasons = (result as unknown as Cancellable).data;
    const onlyConflicts =
      result.canceled &&
      reasons.some((r) => r.code === "TransactionConflict") &&
      reasons.every((r) => r.code === "TransactionConflict" || r.code === "None");
    if (!onlyConflicts || attempt >= attempts) return result;
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 25 * 2 ** attempt));
  }
}
