import { createHash } from 'node:crypto';
import * as z from 'zod';
import { d as db } from './id_CvCQQS6k.mjs';
import { C as ConflictError } from './errors_MfzDXNyI.mjs';

const lifetimeSeconds = 7 * 24 * 3600;
var Idempotency;
((Idempotency2) => {
  Idempotency2.keySchema = z.string().trim().regex(/^[A-Za-z0-9_-]{8,64}$/, "Not a valid idempotency key");
  function hashOf(request) {
    return createHash("sha256").update(stableJson(request)).digest("hex");
  }
  Idempotency2.hashOf = hashOf;
  function claim(idempotency, countyId, key, requestHash, resultId) {
    return idempotency.create({
      countyId,
      key,
      requestHash,
      resultId,
      expiresAt: Math.floor(Date.now() / 1e3) + lifetimeSeconds
    }).commit();
  }
  Idempotency2.claim = claim;
  async function replay(countyId, key, requestHash) {
    const {
      data
    } = await db.entities.idempotency.get({
      countyId,
      key
    }).go({
      consistent: true
    });
    if (!data) throw new ConflictError("idempotency.retry", "Please submit again");
    if (data.requestHash !== requestHash) {
      throw new ConflictError("idempotency.mismatch", "This submission key was already used for different content");
    }
    return data.resultId;
  }
  Idempotency2.replay = replay;
})(Idempotency || (Idempotency = {}));
function stableJson(value) {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value).sort().filter((key) => value[key] !== void 0).map((key) => `${JSON.stringify(key)}:${stableJson(value[key])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export { Idempotency as I };
