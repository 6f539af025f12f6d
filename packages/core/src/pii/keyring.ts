import { db } from "../db/service";
import { keyWrapper } from "./wrap";

/** The version of a county's first data key, and of every county that never rotated. */
export const firstKeyVersion = "1";
/** The key behind keyed look-up hashes: it never rotates, so a hash stays valid across rotations. */
export const lookupKeyVersion = "lookup";

/**
 * How long a process trusts the current version it read from the ring head: after a rotation,
 * another process seals under the old version for at most this long (the re-wrap waits it out).
 * `now` is the clock of that cache, replaceable in tests.
 */
export const keyringConfig = {
  versionCacheMs: Number(process.env.CUNJING_PII_VERSION_CACHE_MS ?? 30_000),
  now: () => Date.now(),
};

const cache = new Map<string, Promise<Buffer>>();
const versions = new Map<string, { at: number; version: Promise<string> }>();

/** The data-key version new values of the county are sealed with (read from the ring head, cached briefly). */
export function currentKeyVersion(countyId: string): Promise<string> {
  const hit = versions.get(countyId);
  const now = keyringConfig.now();
  if (hit && now - hit.at < keyringConfig.versionCacheMs) return hit.version;
  if (versions.size > 1000) versions.clear();
  const version = db.entities.keyRing
    .get({ countyId, ring: "pii" })
    .go({ consistent: true })
    .then(({ data }) => data?.currentVersion ?? firstKeyVersion);
  versions.set(countyId, { at: now, version });
  version.catch(() => versions.delete(countyId));
  return version;
}

/** After this process changed the ring head: its next seal reads the head again. */
export function forgetKeyVersion(countyId: string) {
  versions.delete(countyId);
}

/**
 * A county's data key of one version (plaintext, in memory only). The first version and the look-up
 * key are created and wrapped on first use; two processes racing to create one both write
 * conditionally and the loser reads the winner's key. Later versions exist only by rotation.
 */
export function dataKey(countyId: string, keyVersion: string): Promise<Buffer> {
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
  const existing = await readKey(countyId, keyVersion);
  if (existing) return unwrap(countyId, existing);
  if (keyVersion !== firstKeyVersion && keyVersion !== lookupKeyVersion) throw new Error("Unknown PII key version");
  // Look-up hashes were once derived from the first data key: the look-up key starts as a copy of
  // it (the same wrapped bytes), so every hash written before rotation existed stays valid.
  const first = keyVersion === lookupKeyVersion ? await readKey(countyId, firstKeyVersion) : undefined;
  const fresh = first
    ? { plaintext: await unwrap(countyId, first), wrapped: first.wrapped, kind: first.wrapper }
    : { ...(await wrapper.generate(countyId)), kind: wrapper.kind };
  try {
    await db.entities.piiKey
      .create({ countyId, ring: "pii", keyVersion, wrapper: fresh.kind, wrapped: fresh.wrapped, status: "active" })
      .go();
    return fresh.plaintext;
  } catch (error) {
    const raced = await readKey(countyId, keyVersion);
    if (raced) return unwrap(countyId, raced);
    throw error;
  }
}

/** Creates and wraps a new data key for a rotation; returns false when that version exists already. */
export async function createKeyVersion(countyId: string, keyVersion: string): Promise<boolean> {
  const wrapper = keyWrapper();
  const fresh = await wrapper.generate(countyId);
  try {
    await db.entities.piiKey
      .create({ countyId, ring: "pii", keyVersion, wrapper: wrapper.kind, wrapped: fresh.wrapped, status: "active" })
      .go();
    cache.set(`${countyId}|${keyVersion}`, Promise.resolve(fresh.plaintext));
    return true;
  } catch (error) {
    if ((error as { cause?: { name?: string } }).cause?.name === "ConditionalCheckFailedException") return false;
    throw error;
  }
}

async function readKey(countyId: string, keyVersion: string) {
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
