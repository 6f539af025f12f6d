import type { EntityItem } from "electrodb";
import { createHmac } from "node:crypto";
import { open, seal } from "./cipher";
import { dataKey, lookupKeyVersion } from "./keyring";
import type { PiiKeyEntity } from "./key.entity";
import { maskDocument, maskName, maskPhone } from "./mask";

/**
 * Personal data under PIPL: fields sealed with AES-256-GCM under a per-county data key (envelope
 * encryption: KMS in production, a local key file otherwise), masks for lists, and keyed hashes for
 * look-ups. Plaintext never goes into the table, a log line or an error message.
 */
export namespace Pii {
  export type Key = EntityItem<typeof PiiKeyEntity>;
  export const sealField = seal;
  export const openField = open;
  export const mask = { document: maskDocument, phone: maskPhone, name: maskName };

  /**
   * A keyed hash for exact look-ups (a phone, a document number): HMAC-SHA256 under a key derived
   * from the county's look-up key, so it cannot be brute-forced from the table alone. The look-up key
   * does not rotate with the data key (for a county created before rotation existed it holds the
   * first data key's bytes), so hashes written before a rotation still match after it.
   */
  export async function lookupHash(countyId: string, kind: string, value: string): Promise<string> {
    const key = await dataKey(countyId, lookupKeyVersion);
    const derived = createHmac("sha256", key).update(`lookup:${kind}`).digest();
    return createHmac("sha256", derived).update(value).digest("base64url");
  }
}
