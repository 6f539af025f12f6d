/**
 * The officer's outbox: form submissions kept on the device until the server confirms them.
 * Storage and transport are passed in, so the rules live here and are tested without a browser:
 * items go out oldest first; only a confirmed save removes one; a refusal keeps it with the
 * server's reasons; an expired session or a dead network stops the run so the order holds.
 */

/** What the officer submitted: the form's fields as posted, where to, and how to name it. */
export interface Submission {
  /** Path the form posts to (its `action`), e.g. `/console/log`. */
  action: string;
  /** Page the form was on, to reopen it for a fix. */
  page: string;
  /** The form's fields in order, as `FormData` gives them (text fields only). */
  fields: Array<[string, string]>;
  /** A short description for the list (the kind of work, the task title). */
  label: string;
  /** Sent as the form's `idempotencyKey`, so a save that arrived before the line dropped counts once. */
  idempotencyKey: string;
  createdAt: number;
}

export type ItemState = "queued" | "sending" | "invalid" | "conflict" | "signin" | "retry";

export interface Problem {
  message: string;
  /** Field label (or name) → reason. */
  fields: Array<{ field: string; message: string }>;
}

/** A queued item as the UI sees it (opened). */
export interface Item extends Submission {
  id: string;
  seq: number;
  userId: string;
  state: ItemState;
  problem?: Problem;
}

/** What the transport learned from one attempt. */
export type Outcome =
  | { kind: "sent"; location: string }
  | { kind: "invalid"; problem: Problem }
  | { kind: "conflict"; problem: Problem }
  | { kind: "signin" }
  | { kind: "retry" };

export interface QueueStore {
  all(): Promise<Item[]>;
  put(item: Item): Promise<void>;
  remove(id: string): Promise<void>;
  clear(): Promise<void>;
}

/** One HTTP attempt, reduced to what decides the outcome (the response after redirects). */
export interface Attempt {
  status: number;
  redirected: boolean;
  /** Final URL after redirects. */
  url: string;
  /** The answer is a page that says it saved (`data-saved`), for forms answered without a redirect. */
  savedPage?: boolean;
}

/**
 * Reads a form POST's answer. The console's forms answer a save with a 303 to a page, which fetch
 * follows; an expired session is a 303 to the sign-in page, which also ends in a 200 and must never
 * count as a save. A 4xx page carries the reasons (`readProblem`).
 */
export function outcomeOf(attempt: Attempt, readProblem: () => Problem): Outcome {
  const path = new URL(attempt.url, "http://x").pathname;
  if (attempt.redirected && /^\/console\/signin\/?$/.test(path)) return { kind: "signin" };
  if (attempt.status === 401) return { kind: "signin" };
  const ok = attempt.status >= 200 && attempt.status < 300;
  if (ok && (attempt.redirected || attempt.savedPage)) return { kind: "sent", location: attempt.url };
  if (attempt.status === 409 || attempt.status === 412) return { kind: "conflict", problem: readProblem() };
  if (attempt.status === 408 || attempt.status === 429 || attempt.status >= 500 || attempt.status === 0)
    return { kind: "retry" };
  // Any other answer (a 4xx, or a page shown without a redirect) did not save: keep it and say why.
  return { kind: "invalid", problem: readProblem() };
}

export function ordered(items: Item[]): Item[] {
  return [...items].sort((a, b) => a.seq - b.seq);
}

/** The next position at the end of the queue. */
export function nextSeq(items: Item[]): number {
  return items.reduce((max, item) => Math.max(max, item.seq), 0) + 1;
}

export interface FlushResult {
  sent: Array<{ id: string; location: string }>;
  /** Why the run stopped early, if it did. */
  stopped?: "signin" | "retry";
}

/**
 * Sends the user's waiting items in order. Items needing the officer (invalid, conflict) are
 * skipped, not sent again until fixed; a sign-in or network stop leaves the rest untouched.
 * Items of another user (a different officer signed in on this device) are never sent.
 */
export async function flush(
  store: QueueStore,
  userId: string,
  send: (item: Item) => Promise<Outcome>,
  onChange: (items: Item[]) => void = () => {},
): Promise<FlushResult> {
  const result: FlushResult = { sent: [] };
  const waiting = ordered(await store.all()).filter(
    (item) =>
      item.userId === userId &&
      (item.state === "queued" || item.state === "retry" || item.state === "signin" || item.state === "sending"),
  );
  for (const item of waiting) {
    await store.put({ ...item, state: "sending" });
    onChange(await store.all());
    let outcome: Outcome;
    try {
      outcome = await send(item);
    } catch {
      outcome = { kind: "retry" };
    }
    if (outcome.kind === "sent") {
      await store.remove(item.id);
      result.sent.push({ id: item.id, location: outcome.location });
    } else if (outcome.kind === "invalid" || outcome.kind === "conflict") {
      await store.put({ ...item, state: outcome.kind, problem: outcome.problem });
    } else {
      // Stop: this one and everything after it wait, so they still go out in order.
      await store.put({ ...item, state: outcome.kind });
      for (const later of waiting.slice(waiting.indexOf(item) + 1)) {
        if (outcome.kind === "signin") await store.put({ ...later, state: "signin" });
        else if (later.state === "sending") await store.put({ ...later, state: "queued" });
      }
      result.stopped = outcome.kind;
      onChange(await store.all());
      return result;
    }
    onChange(await store.all());
  }
  return result;
}

/** The same submission with a fix: it keeps its place and its key, and waits to be sent again. */
export function revise(item: Item, fields: Array<[string, string]>): Item {
  const { problem: _dropped, ...rest } = item;
  return { ...rest, fields: withKey(fields, item.idempotencyKey), state: "queued" };
}

/** Sets the form's `idempotencyKey` field to the item's key (adds it when the form has none). */
export function withKey(fields: Array<[string, string]>, key: string): Array<[string, string]> {
  const others = fields.filter(([name]) => name !== "idempotencyKey");
  return [...others, ["idempotencyKey", key]];
}

export function counts(items: Item[]): Record<ItemState, number> {
  const tally: Record<ItemState, number> = { queued: 0, sending: 0, invalid: 0, conflict: 0, signin: 0, retry: 0 };
  for (const item of items) tally[item.state] += 1;
  return tally;
}
