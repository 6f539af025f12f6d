import { db } from "../db/service";
import { keyWrapper } from "./wrap";

/** The data-key version new records are sealed with. */
export const currentKeyVersion = "1";

const cache = new Map<string, Promise<Buffer>>();

/**
 * A county's data key (plaintext, in memory only), created and wrapped on first use. Two processes
 * racing to create it both write conditionally; the loser reads the winner's key.
 */
export function dataKey(countyId: string, keyVersion = currentKeyVersion): Promise<Buffer> {
  const cacheKey = `${countyId}|${keyVersion}`;
  let key = cache.get(cacheKey);
  if (!key) {
    key = loadOrCreate(countyId, keyVersion);
    cache.set(cacheKey, key);
    key.catch(() => cache.delete(cacheKey));
  }
  return key;
}

async function loadOrCreate(countyId: string, keyVersion: string): Promise<Buffer> {
  const wrapper = keyWrapper();
  const existing = await read(countyId, keyVersion);
  if (existing) return unwrap(countyId, existing);
  if (keyVersion !== currentKeyVersion) throw new Error("Unknown PII key version");
  const fresh = await wrapper.generate(countyId);
  try {
    await db.entities.piiKey
      .create({ countyId, ring: "pii", keyVersion, wrapper: wrapper.kind, wrapped: fresh.wrapped })
      .go();
    return fresh.plaintext;
  } catch (error) {
    const raced = await read(countyId, keyVersion);
    if (raced) return unwrap(countyId, raced);
    throw error;
  }
}

async function read(countyId: string, keyVersion: string) {
  const { data } = await db.entities.piiKey.get({ countyId, ring: "pii", keyVersion }).go({ consistent: true });
  return data;
}

async function unwrap(countyId: string, item: { wrapper: "kms" | "local"; wrapped: string }) {
  const wrapper = keyWrapper();
  if (wrapper.kind !== item.wrapper) {
    throw new Error(`This county's PII key is wrapped by ${item.wrapper}, but this process uses ${wrapper.kind}`);
  }
  return wrapper.unwrap(countyId, item.wrapped);
}
