import { createHash, createHmac } from "node:crypto";

/**
 * Phones are kept only as an HMAC with a per-county key derived from one secret:
 * `CUNJING_PHONE_HASH_SECRET` (a `Config.Secret` in production, required there). Without it a
 * development process derives a fixed local key, so hashes stay stable across restarts.
 */
function masterSecret(): string {
  const configured = process.env.CUNJING_PHONE_HASH_SECRET;
  if (configured) return configured;
  if (process.env.NODE_ENV === "production") throw new Error("CUNJING_PHONE_HASH_SECRET is not set");
  return createHash("sha256").update("cunjing-local-phone-hash").digest("hex");
}

export function phoneHash(countyId: string, phone: string): string {
  const countyKey = createHmac("sha256", masterSecret()).update(`phone:${countyId}`).digest();
  return createHmac("sha256", countyKey).update(phone).digest("base64url");
}

/** Codes and one-time passwords are stored as hashes too (they are short-lived and single use). */
export function secretHash(countyId: string, value: string): string {
  return createHash("sha256").update(`${countyId}:${value}`).digest("base64url");
}
