import { describe, expect, it } from "vitest";
import { flush, outcomeOf, revise, withKey, type Item, type Outcome } from "../src/components/Offline/queue";
import { newKey, open, seal, sealedQueue, type SealedItem, type SealedStore } from "../src/components/Offline/vault";

/** The device outbox's rules, over a sealed in-memory store with a real WebCrypto key. */
function memoryStore(): SealedStore & { raw: Map<string, SealedItem> } {
  const raw = new Map<string, SealedItem>();
  return {
    raw,
    values: async () => [...raw.values()],
    set: async (item) => void raw.set(item.id, item),
    del: async (id) => void raw.delete(id),
    clear: async () => raw.clear(),
  };
}

const officer = "c1.u1";
let counter = 0;
function item(label: string, extra: Partial<Item> = {}): Item {
  counter += 1;
  const id = `item-${counter}`;
  return {
    id,
    seq: counter,
    userId: officer,
    state: "queued",
    action: "/console/log",
    page: "/console/log?category=visit",
    fields: withKey(
      [
        ["category", "visit"],
        ["details.household", label],
      ],
      id,
    ),
    label,
    idempotencyKey: id,
    createdAt: 1_750_000_000_000 + counter,
    ...extra,
  };
}

const problem = { message: "请检查标记的项目", fields: [{ field: "住户", message: "必填" }] };

async function queueOf(...items: Item[]) {
  const store = memoryStore();
  const key = await newKey();
  const queue = sealedQueue(store, async () => key);
  for (const i of items) await queue.put(i);
  return { store, queue, key };
}

describe("reading a form post's answer", () => {
  const read = () => problem;
  it("counts a redirect to a page as saved, and a redirect to sign-in as an expired session", () => {
    expect(outcomeOf({ status: 200, redirected: true, url: "http://h/console/log?saved=1" }, read)).toEqual({
      kind: "sent",
      location: "http://h/console/log?saved=1",
    });
    expect(
      outcomeOf({ status: 200, redirected: true, url: "http://h/console/signin?next=%2Fconsole%2Flog" }, read),
    ).toEqual({ kind: "signin" });
    expect(outcomeOf({ status: 401, redirected: false, url: "http://h/console/log" }, read)).toEqual({
      kind: "signin",
    });
  });
  it("keeps refusals with their reasons and conflicts apart; retries faults", () => {
    expect(outcomeOf({ status: 400, redirected: false, url: "http://h/console/log" }, read)).toEqual({
      kind: "invalid",
      problem,
    });
    expect(outcomeOf({ status: 409, redirected: false, url: "http://h/console/today" }, read)).toEqual({
      kind: "conflict",
      problem,
    });
    expect(outcomeOf({ status: 200, redirected: false, url: "http://h/console/log" }, read).kind).toBe("invalid");
    expect(
      outcomeOf({ status: 200, redirected: false, url: "http://h/console/agenda", savedPage: true }, read).kind,
    ).toBe("sent");
    for (const status of [0, 429, 500, 503])
      expect(outcomeOf({ status, redirected: false, url: "http://h/x" }, read).kind).toBe("retry");
  });
});

describe("sending the outbox", () => {
  it("sends in order and removes only what the server confirmed", async () => {
    const [a, b, c] = [item("a"), item("b"), item("c")];
    const { queue } = await queueOf(c, a, b);
    const seen: string[] = [];
    const answers: Record<string, Outcome> = {
      a: { kind: "sent", location: "/console/log?saved=a" },
      b: { kind: "invalid", problem },
      c: { kind: "sent", location: "/console/log?saved=c" },
    };
    const result = await flush(queue, officer, async (i) => (seen.push(i.label), answers[i.label]!));
    expect(seen).toEqual(["a", "b", "c"]);
    expect(result.sent.map((s) => s.id)).toEqual([a.id, c.id]);
    const left = await queue.all();
    expect(left).toHaveLength(1);
    expect(left[0]).toMatchObject({ id: b.id, state: "invalid", problem, idempotencyKey: b.idempotencyKey });
  });

  it("stops at an expired session, marks the rest, and sends them all after sign-in", async () => {
    const items = [item("a"), item("b"), item("c")];
    const { queue } = await queueOf(...items);
    let signedIn = false;
    const send = async (i: Item): Promise<Outcome> =>
      signedIn ? { kind: "sent", location: `/ok/${i.label}` } : { kind: "signin" };
    const first = await flush(queue, officer, send);
    expect(first).toEqual({ sent: [], stopped: "signin" });
    expect((await queue.all()).map((i) => i.state)).toEqual(["signin", "signin", "signin"]);
    signedIn = true;
    const second = await flush(queue, officer, send);
    expect(second.sent.map((s) => s.location)).toEqual(["/ok/a", "/ok/b", "/ok/c"]);
    expect(await queue.all()).toEqual([]);
  });

  it("keeps the order when the network drops midway (a thrown fetch is a retry)", async () => {
    const [a, b, c] = [item("a"), item("b"), item("c")];
    const { queue } = await queueOf(a, b, c);
    const seen: string[] = [];
    const result = await flush(queue, officer, async (i) => {
      seen.push(i.label);
      if (i.label === "b") throw new TypeError("Failed to fetch");
      return { kind: "sent", location: "/" };
    });
    expect(seen).toEqual(["a", "b"]);
    expect(result.stopped).toBe("retry");
    const left = (await queue.all()).sort((x, y) => x.seq - y.seq);
    expect(left.map((i) => [i.label, i.state])).toEqual([
      ["b", "retry"],
      ["c", "queued"],
    ]);
  });

  it("never sends another officer's items, nor items waiting for a fix", async () => {
    const theirs = item("theirs", { userId: "c1.u2" });
    const conflict = item("conflict", { state: "conflict", problem });
    const invalid = item("invalid", { state: "invalid", problem });
    const { queue } = await queueOf(theirs, conflict, invalid);
    const seen: string[] = [];
    await flush(queue, officer, async (i) => (seen.push(i.label), { kind: "sent", location: "/" }));
    expect(seen).toEqual([]);
    expect(await queue.all()).toHaveLength(3);
  });

  it("a fixed item keeps its place and its idempotency key and is sent again", async () => {
    const invalid = item("invalid", { state: "invalid", problem });
    const later = item("later");
    const { queue } = await queueOf(invalid, later);
    await queue.put(
      revise(invalid, [
        ["category", "visit"],
        ["details.household", "12号 王家"],
        ["idempotencyKey", "typed-by-someone"],
      ]),
    );
    const sent: Item[] = [];
    await flush(queue, officer, async (i) => (sent.push(i), { kind: "sent", location: "/" }));
    expect(sent.map((i) => i.label)).toEqual(["invalid", "later"]);
    expect(sent[0]!.problem).toBeUndefined();
    expect(sent[0]!.fields).toContainEqual(["details.household", "12号 王家"]);
    expect(sent[0]!.fields.filter(([name]) => name === "idempotencyKey")).toEqual([
      ["idempotencyKey", invalid.idempotencyKey],
    ]);
  });
});

describe("the outbox at rest", () => {
  it("stores fields, labels and reasons only as ciphertext", async () => {
    const secret = item("入户走访 12号 王家", {
      state: "invalid",
      problem: { message: "王家 电话 13912345678", fields: [] },
    });
    const { store } = await queueOf(secret);
    const stored = store.raw.get(secret.id)!;
    expect(Object.keys(stored).sort()).toEqual(["data", "id", "iv", "seq", "state", "userId"]);
    const bytes = Buffer.from(stored.data);
    for (const clear of ["王家", "13912345678", "household", "入户走访"]) {
      expect(bytes.includes(Buffer.from(clear))).toBe(false);
    }
  });

  it("uses a key that cannot be exported, and binds each ciphertext to its item and officer", async () => {
    const key = await newKey();
    expect(key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey("raw", key)).rejects.toThrow();
    const sealed = await seal(key, item("a"));
    expect((await open(key, sealed)).label).toBe("a");
    await expect(open(key, { ...sealed, userId: "c1.u2" })).rejects.toThrow();
    await expect(open(await newKey(), sealed)).rejects.toThrow();
  });

  it("hides items that no longer open (the key went with a cleared profile)", async () => {
    const store = memoryStore();
    await store.set(await seal(await newKey(), item("orphan")));
    const key = await newKey();
    const queue = sealedQueue(store, async () => key);
    expect(await queue.all()).toEqual([]);
  });
});
