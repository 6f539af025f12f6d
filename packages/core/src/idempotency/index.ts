import { createHash } from "node:crypto";
import * as z from "zod";
import type { TransactionEntities } from "../counter/write";
import { db } from "../db/service";
import { ConflictError } from "../util/errors";

const lifetimeSeconds = 7 * 24 * 3600;

export namespace Idempotency {
  /** Client-generated, e.g. a UUID made when the form was opened. */
  export const keySchema = z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{8,64}$/, "Not a valid idempotency key");

  export function hashOf(request: unknown): string {
    return createHash("sha256").update(stableJson(request)).digest("hex");
  }

  /** The item to put, conditionally, inside the guarded transaction. */
  export function claim(
    idempotency: TransactionEntities["idempotency"],
    countyId: string,
    key: string,
    requestHash: string,
    resultId: string,
  ) {
    return idempotency
      .create({ countyId, key, requestHash, resultId, expiresAt: Math.floor(Date.now() / 1000) + lifetimeSeconds })
      .commit();
  }

  /** After a cancelled claim: the first result for the same request, or a conflict. */
  export async function replay(countyId: string, key: string, requestHash: string): Promise<string> {
    const { data } = await db.entities.idempotency.get({ countyId, key }).go({ consistent: true });
    if (!data) throw new ConflictError("idempotency.retry", "Please submit again");
    if (data.requestHash !== requestHash) {
      throw new ConflictError("idempotency.mismatch", "This submission key was already used for different content");
    }
    return data.resultId;
  }
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}
