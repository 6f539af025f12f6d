import { clear, createStore, del, get, set, values, type UseStore } from "idb-keyval";
import type { QueueStore } from "./queue";
import { newKey, sealedQueue, type SealedItem } from "./vault";

/** The browser side: two small IndexedDB databases, one for the sealed items, one for the key. */
let items: UseStore | undefined;
let keys: UseStore | undefined;
let key: Promise<CryptoKey> | undefined;

const itemStore = () => (items ??= createStore("cunjing-outbox", "items"));
const keyStore = () => (keys ??= createStore("cunjing-outbox-key", "keys"));

/** The device key: made once, non-extractable, kept in IndexedDB as a CryptoKey object. */
function deviceKey(): Promise<CryptoKey> {
  key ??= (async () => {
    const stored = await get<CryptoKey>("queue", keyStore());
    if (stored) return stored;
    const made = await newKey();
    await set("queue", made, keyStore());
    return made;
  })();
  return key;
}

export function deviceQueue(): QueueStore {
  const store = itemStore();
  return sealedQueue(
    {
      values: () => values<SealedItem>(store),
      set: (item) => set(item.id, item, store),
      del: (id) => del(id, store),
      clear: () => clear(store),
    },
    deviceKey,
  );
}

/** Signing out: the items, the key and the cached console pages go. */
export async function forgetDevice(): Promise<void> {
  await clear(itemStore());
  await clear(keyStore());
  key = undefined;
  if ("caches" in self) {
    for (const name of await caches.keys()) if (name.startsWith("console-")) await caches.delete(name);
  }
}
