import type { EntityItem } from "electrodb";
import { withActor } from "../actor";
import { Audit } from "../audit/index";
import { db } from "../db/service";
import { keyringConfig } from "../pii/keyring";
import type { KeyRingEntity } from "../pii/ring.entity";
import { countPartition, rewrapItem, sources } from "./sources";

export type Ring = EntityItem<typeof KeyRingEntity>;
export type Rotation = NonNullable<Ring["rotation"]>;

/**
 * The re-wrap's settings: items per page, and the margin after a process's cached version runs out
 * (a seal made just before may still be on its way to the table).
 */
export const rewrapConfig = {
  pageSize: 100,
  graceMs: Number(process.env.CUNJING_PII_REWRAP_GRACE_MS ?? 10_000),
  /** Whether a rotation starts its re-wrap in this process at once (tests drive it step by step). */
  background: true,
};

/** When a pass may be the last: every process has read the new version by then. */
export function settledAt(rotation: Rotation): number {
  return rotation.startedAt + keyringConfig.versionCacheMs + rewrapConfig.graceMs;
}

export type RunResult = "finished" | "waiting" | "idle" | "budget";

/**
 * Runs a county's re-wrap from where it stands until it finishes, has to wait for stale caches to run
 * out (`waiting`: run again after `settledAt`), or spends its time budget. Progress and the resume
 * point are saved after every page on condition that nobody else moved them, so a second runner or a
 * restart continues without losing or double-counting work. Passes repeat until one that started
 * after every process saw the new version re-wraps nothing; then the job is finished and the keys it
 * replaced are retired (kept, so a value restored from a backup still opens).
 */
export async function runRewrap(countyId: string, budgetMs = Infinity): Promise<RunResult> {
  return withActor({ type: "system", properties: { countyId } }, async () => {
    const deadline = Date.now() + budgetMs;
    for (;;) {
      const ring = await readRing(countyId);
      const rotation = ring?.rotation;
      if (!rotation || rotation.status !== "running") return "idle";
      const now = keyringConfig.now();
      let next: Rotation;
      if (rotation.total < 0) {
        next = { ...rotation, total: await countAll(countyId) };
      } else if (rotation.source >= sources.length) {
        if (rotation.passRewrapped === 0 && rotation.passStartedAt >= settledAt(rotation)) {
          await finish(countyId, rotation);
          return "finished";
        }
        if (now < settledAt(rotation)) return "waiting";
        next = {
          ...rotation,
          pass: rotation.pass + 1,
          passStartedAt: now,
          source: 0,
          partition: 0,
          cursor: undefined,
          passRewrapped: 0,
        };
      } else {
        next = await step(countyId, rotation);
      }
      await save(countyId, rotation, next);
      if (Date.now() >= deadline) return "budget";
    }
  });
}

async function step(countyId: string, rotation: Rotation): Promise<Rotation> {
  const source = sources[rotation.source]!;
  const partitions = await source.partitions(countyId);
  const partition = partitions[rotation.partition];
  if (partition === undefined) return { ...rotation, source: rotation.source + 1, partition: 0, cursor: undefined };
  const page = await source
    .query(countyId, partition)
    .go({ cursor: rotation.cursor ?? null, limit: rewrapConfig.pageSize });
  let rewrapped = 0;
  for (const item of page.data) if (await rewrapItem(source, countyId, item, rotation.to)) rewrapped++;
  const done = rotation.pass === 1 ? rotation.done + page.data.length : rotation.done;
  return {
    ...rotation,
    done,
    total: Math.max(rotation.total, done),
    rewrapped: rotation.rewrapped + rewrapped,
    passRewrapped: rotation.passRewrapped + rewrapped,
    ...(page.cursor ? { cursor: page.cursor } : { partition: rotation.partition + 1, cursor: undefined }),
  };
}

async function countAll(countyId: string): Promise<number> {
  let total = 0;
  for (const source of sources)
    for (const partition of await source.partitions(countyId))
      total += await countPartition(source, countyId, partition);
  return total;
}

export async function readRing(countyId: string): Promise<Ring | undefined> {
  const { data } = await db.entities.keyRing.get({ countyId, ring: "pii" }).go({ consistent: true });
  return data ?? undefined;
}

/** Saves the next state if the rotation still stands where this runner read it; else another runner moved on. */
async function save(countyId: string, read: Rotation, next: Rotation) {
  const { cursor, ...rest } = next;
  await db.entities.keyRing
    .patch({ countyId, ring: "pii" })
    .set({ rotation: cursor ? { ...rest, cursor } : rest })
    .where(
      (a, op) =>
        `${op.eq(a.rotation.rotationId, read.rotationId)} AND ${op.eq(a.rotation.pass, read.pass)} AND ${op.eq(a.rotation.source, read.source)} AND ${op.eq(a.rotation.partition, read.partition)} AND ${op.eq(a.rotation.done, read.done)} AND ${op.eq(a.rotation.total, read.total)} AND ${op.eq(a.rotation.status, "running")}`,
    )
    .go()
    .catch((error: { cause?: { name?: string } }) => {
      if (error.cause?.name !== "ConditionalCheckFailedException") throw error;
    });
}

async function finish(countyId: string, rotation: Rotation) {
  const finishedAt = Date.now();
  try {
    await db.entities.keyRing
      .patch({ countyId, ring: "pii" })
      .set({ rotation: { ...withoutCursor(rotation), status: "finished", finishedAt } })
      .where(
        (a, op) => `${op.eq(a.rotation.rotationId, rotation.rotationId)} AND ${op.eq(a.rotation.status, "running")}`,
      )
      .go();
  } catch (error) {
    if ((error as { cause?: { name?: string } }).cause?.name === "ConditionalCheckFailedException") return;
    throw error;
  }
  await Audit.record({
    countyId,
    action: "keys.rewrap_finished",
    subject: `v${rotation.to}`,
    actorId: rotation.actorId,
    detail: { from: rotation.from, to: rotation.to, items: rotation.total, rewrapped: rotation.rewrapped },
  });
  // Nothing is sealed under an older version any more: retire every active key but the new one.
  const { data: keys } = await db.entities.piiKey.query.byCounty({ countyId, ring: "pii" }).go({ pages: "all" });
  for (const key of keys) {
    if (key.keyVersion === rotation.to || key.keyVersion === "lookup" || key.status === "retired") continue;
    await db.entities.piiKey
      .patch({ countyId, ring: "pii", keyVersion: key.keyVersion })
      .set({ status: "retired", retiredAt: finishedAt })
      .go();
    await Audit.record({
      countyId,
      action: "keys.key_retired",
      subject: `v${key.keyVersion}`,
      actorId: rotation.actorId,
      detail: { version: key.keyVersion },
    });
  }
}

function withoutCursor(rotation: Rotation): Omit<Rotation, "cursor"> {
  const { cursor: _cursor, ...rest } = rotation;
  return rest;
}
