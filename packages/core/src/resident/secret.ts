import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from "node:crypto";

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

/**
 * Codes (phone-check codes, rating codes) and repeated-text tallies are stored only as an HMAC under
 * a per-county key derived from the same secret: without the secret, a table dump does not allow
 * trying the million 6-digit codes.
 */
export function secretHash(countyId: string, value: string): string {
  const countyKey = createHmac("sha256", masterSecret()).update(`secret:${countyId}`).digest();
  return createHmac("sha256", countyKey).update(value).digest("base64url");
}

/** The unkeyed digest rating codes issued before keyed hashes were stored under, found until they expire. */
export function unkeyedHash(countyId: string, value: string): string {
  return createHash("sha256").update(`${countyId}:${value}`).digest("base64url");
}

/**
 * A phone a service must reach again later (an appointment's reminders): AES-256-GCM with a
 * per-county key derived from the same secret, stored as `v1.<iv>.<tag>.<data>` (base64url).
 */
function sealKey(countyId: string): Buffer {
  return createHmac("sha256", masterSecret()).update(`seal:${countyId}`).digest();
}

export function seal(countyId: string, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", sealKey(countyId), iv);
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), data]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

export function unseal(countyId: string, sealed: string): string {
  const [version, iv, tag, data] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || !data) throw new Error("Not a sealed value");
  const decipher = createDecipheriv("aes-256-gcm", sealKey(countyId), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
}

/** 138****8000: what staff and residents see of a phone. */
export function maskPhone(phone: string): string {
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}
