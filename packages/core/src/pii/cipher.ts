import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { currentKeyVersion, dataKey } from "./keyring";

const prefix = "pii1";

/**
 * Seals one field with AES-256-GCM under the county's current data key. The county, the record and
 * the field name are the associated data, so a sealed value copied to another record or field fails
 * to open. Format: `pii1.<keyVersion>.<iv>.<tag>.<ciphertext>` (base64url parts).
 */
export async function seal(countyId: string, recordId: string, field: string, plaintext: string): Promise<string> {
  return sealWith(await currentKeyVersion(countyId), countyId, recordId, field, plaintext);
}

/** Seals under a given key version: the re-wrap of a rotation. */
export async function sealWith(
  keyVersion: string,
  countyId: string,
  recordId: string,
  field: string,
  plaintext: string,
): Promise<string> {
  const key = await dataKey(countyId, keyVersion);
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv).setAAD(aad(countyId, recordId, field));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [
    prefix,
    keyVersion,
    iv.toString("base64url"),
    cipher.getAuthTag().toString("base64url"),
    body.toString("base64url"),
  ].join(".");
}

/** Opens a sealed value under whichever key version sealed it, retired or not. */
export async function open(countyId: string, recordId: string, field: string, sealed: string): Promise<string> {
  const [tag, keyVersion, iv, authTag, body] = sealed.split(".");
  if (tag !== prefix || !keyVersion || !iv || !authTag || body === undefined) throw new Error("Not a sealed value");
  const key = await dataKey(countyId, keyVersion);
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"))
    .setAAD(aad(countyId, recordId, field))
    .setAuthTag(Buffer.from(authTag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}

/** The key version a sealed value was sealed under (undefined for anything else). */
export function versionOf(sealed: string): string | undefined {
  const [tag, keyVersion] = sealed.split(".");
  return tag === prefix ? keyVersion : undefined;
}

function aad(countyId: string, recordId: string, field: string) {
  return Buffer.from(`${countyId}|${recordId}|${field}`);
}
