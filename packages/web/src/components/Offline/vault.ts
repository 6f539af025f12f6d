import type { Item, QueueStore } from "./queue";

/**
 * Queued items at rest on the device: each sealed with AES-GCM under one non-extractable key.
 * Only what orders and counts the queue (id, position, owner, state) stays readable; fields,
 * labels, pages and the server's reasons are inside the ciphertext, bound to the item's id and
 * owner as associated data.
 */
export interface SealedItem {
  id: string;
  seq: number;
  userId: string;
  state: Item["state"];
  iv: Uint8Array<ArrayBuffer>;
  data: ArrayBuffer;
}

/** Where sealed items and the key live (IndexedDB in the browser; a map in tests). */
export interface SealedStore {
  values(): Promise<SealedItem[]>;
  set(item: SealedItem): Promise<void>;
  del(id: string): Promise<void>;
  clear(): Promise<void>;
}

export function newKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"]);
}

const encoder = new TextEncoder();
const aad = (item: { id: string; userId: string }) => encoder.encode(`${item.id}\u0000${item.userId}`);

export async function seal(key: CryptoKey, item: Item): Promise<SealedItem> {
  const { id, seq, userId, state, ...secret } = item;
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt(
    { name: "AES-GCM", iv, additionalData: aad(item) },
    key,
    encoder.encode(JSON.stringify(secret)),
  );
  return { id, seq, userId, state, iv, data };
}

export async function open(key: CryptoKey, sealed: SealedItem): Promise<Item> {
  const plain = await crypto.subtle.decrypt(
    { name: "AES-GCM", iv: sealed.iv, additionalData: aad(sealed) },
    key,
    sealed.data,
  );
  const secret = JSON.parse(new TextDecoder().decode(plain)) as Omit<Item, "id" | "seq" | "userId" | "state">;
  return { ...secret, id: sealed.id, seq: sealed.seq, userId: sealed.userId, state: sealed.state };
}

/**
 * The queue over a sealed store. An item that no longer opens (its key was lost with a cleared
 * browser profile) cannot be sent by anyone; it is left where it is and not shown.
 */
export function sealedQueue(store: SealedStore, key: () => Promise<CryptoKey>): QueueStore {
  return {
    async all() {
      const k = await key();
      const opened = await Promise.all((await store.values()).map((sealed) => open(k, sealed).catch(() => undefined)));
      return opened.filter((item): item is Item => item !== undefined);
    },
    async put(item) {
      await store.set(await seal(await key(), item));
    },
    remove: (id) => store.del(id),
    clear: () => store.clear(),
  };
}
