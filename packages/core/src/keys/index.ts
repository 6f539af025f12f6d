import * as z from "zod";
import { useScope, type Access } from "../access";
import { useActor, useCounty, withActor } from "../actor";
import { countySigningKey } from "../alert/webhook";
import { Audit } from "../audit/index";
import { County } from "../county/index";
import { withPlatformAccess } from "../db/client";
import { db } from "../db/service";
import {
  createKeyVersion,
  dataKey,
  firstKeyVersion,
  forgetKeyVersion,
  keyringConfig,
  lookupKeyVersion,
} from "../pii/keyring";
import { ConflictError, InputError, NotFoundError } from "../util/errors";
import { fn } from "../util/fn";
import { createId } from "../util/id";
import { slug } from "../util/schemas";
import { readRing, rewrapConfig, runRewrap, settledAt, type Rotation, type RunResult } from "./rewrap";
import { deliveryKeys, webhookOverlapMs } from "./webhook";

/**
 * Key rotation. A county's data key (which seals personal fields) and its webhook signing key rotate
 * on an admin's word: the county admin for their county, the platform admin for any county (by slug)
 * or all of them. New seals use the new data key at once (a process trusts its cached version for at
 * most `keyringConfig.versionCacheMs`); a background re-wrap moves every sealed value to it, then the
 * old key is retired. Deliveries sign with the new webhook key at once and with the previous one too
 * until the overlap ends. Every step is audited.
 */
export namespace Keys {
  export const admins: Access = { county_admin: "county", platform_admin: "platform" };
  const platform: Access = { platform_admin: "platform" };
  export const overlapMs = webhookOverlapMs;
  export const config = rewrapConfig;
  export const signingKeys = deliveryKeys;
  export type RotationState = Rotation;

  const target = z.object({ slug: slug.optional() });

  /** The county a verb acts on: the caller's own, or for the platform admin the one named by slug. */
  async function countyOf(input: { slug?: string }) {
    if (useScope() === "platform") {
      if (!input.slug) throw new InputError("input.invalid", "The input is invalid", { slug: ["Required"] });
      return County.bySlug(input.slug);
    }
    const { data: county } = await db.entities.county.get({ countyId: useCounty() }).go();
    if (!county || (input.slug && input.slug !== county.slug))
      throw new NotFoundError("county.not_found", "No such county");
    return county;
  }

  function actorId() {
    const actor = useActor();
    return actor.type === "user" ? actor.properties.userId : actor.type;
  }

  /** A county's key ring as the console shows it: versions, the last rotation's progress, the webhook key's overlap. */
  export const status = fn(admins, target, async (input) => {
    const county = await countyOf(input);
    return withActor({ type: "system", properties: { countyId: county.countyId } }, () => statusOf(county));
  });

  async function statusOf(county: { countyId: string; slug: string; nameZh: string; nameEn?: string }) {
    const { countyId } = county;
    const [ring, keys] = await Promise.all([
      readRing(countyId),
      db.entities.piiKey.query.byCounty({ countyId, ring: "pii" }).go({ pages: "all" }),
    ]);
    const { cursor: _cursor, ...rotation } = ring?.rotation ?? ({} as Partial<Rotation>);
    return {
      countyId,
      slug: county.slug,
      nameZh: county.nameZh,
      nameEn: county.nameEn,
      currentVersion: ring?.currentVersion ?? firstKeyVersion,
      keys: keys.data
        .filter((key) => key.keyVersion !== lookupKeyVersion)
        .map((key) => ({
          version: key.keyVersion,
          status: key.status ?? "active",
          createdAt: key.createdAt,
          retiredAt: key.retiredAt,
        }))
        .sort((a, b) => Number(b.version) - Number(a.version)),
      rotation: ring?.rotation ? (rotation as Omit<Rotation, "cursor">) : undefined,
      webhook: {
        generation: ring?.webhookGeneration ?? 1,
        previous: ring?.webhookPrevious,
        overlapEndsAt: ring?.webhookOverlapEndsAt,
        rotatedAt: ring?.webhookRotatedAt,
      },
    };
  }

  export type Status = Awaited<ReturnType<typeof statusOf>>;

  /**
   * Rotates the county's data key: a new version, the ring head pointing at it, and the re-wrap
   * started. While a re-wrap runs, another rotation answers with the running one and changes nothing.
   */
  export const rotateData = fn(admins, target, async (input) => {
    const county = await countyOf(input);
    const by = actorId();
    return withActor({ type: "system", properties: { countyId: county.countyId } }, () => rotate(county.countyId, by));
  });

  async function rotate(
    countyId: string,
    by: string,
  ): Promise<{ started: boolean; rotation: Omit<Rotation, "cursor"> }> {
    const ring = await readRing(countyId);
    if (ring?.rotation?.status === "running") return { started: false, rotation: ring.rotation };
    const from = ring?.currentVersion ?? firstKeyVersion;
    const to = String(Number(from) + 1);
    // The first key (for a county that never sealed anything) and the look-up key, which starts as a
    // copy of the first key, exist before anything moves.
    await dataKey(countyId, firstKeyVersion);
    await dataKey(countyId, lookupKeyVersion);
    await createKeyVersion(countyId, to);
    const now = keyringConfig.now();
    const rotation: Rotation = {
      rotationId: createId(),
      from,
      to,
      status: "running",
      startedAt: now,
      actorId: by,
      total: -1,
      done: 0,
      rewrapped: 0,
      pass: 1,
      passStartedAt: now,
      source: 0,
      partition: 0,
      passRewrapped: 0,
    };
    const moved = await (
      ring
        ? db.entities.keyRing
            .patch({ countyId, ring: "pii" })
            .set({ currentVersion: to, rotation })
            .where((a, op) => op.eq(a.currentVersion, from))
            .go()
        : db.entities.keyRing.create({ countyId, ring: "pii", currentVersion: to, rotation }).go()
    ).then(
      () => true,
      (error: { cause?: { name?: string } }) => {
        if (error.cause?.name === "ConditionalCheckFailedException") return false;
        throw error;
      },
    );
    if (!moved) {
      // Another rotation moved the head first: answer with it.
      const now = await readRing(countyId);
      return { started: false, rotation: now!.rotation! };
    }
    forgetKeyVersion(countyId);
    await Audit.record({
      countyId,
      action: "keys.rotation_started",
      subject: `v${to}`,
      actorId: by,
      detail: { from, to },
    });
    if (rewrapConfig.background) void startRewrap(countyId);
    return { started: true, rotation };
  }

  /** The platform admin rotates every active county's data key; counties mid-rotation are left as they are. */
  export const rotateAll = fn(platform, z.object({}), async () => {
    const by = actorId();
    const counties = await withPlatformAccess(() => db.entities.county.query.all({}).go({ pages: "all" }));
    const results: Array<{ slug: string; started: boolean; to: string }> = [];
    for (const county of counties.data.filter((item) => item.status === "active")) {
      const result = await withActor({ type: "system", properties: { countyId: county.countyId } }, () =>
        rotate(county.countyId, by),
      );
      results.push({ slug: county.slug, started: result.started, to: result.rotation.to });
    }
    return results;
  });

  /** Every county's key ring, for the platform admin's page. */
  export const overview = fn(platform, z.object({}), async () => {
    const counties = await withPlatformAccess(() => db.entities.county.query.all({}).go({ pages: "all" }));
    return Promise.all(
      counties.data
        .filter((item) => item.status === "active")
        .map((county) =>
          withActor({ type: "system", properties: { countyId: county.countyId } }, () => statusOf(county)),
        ),
    );
  });

  /**
   * Rotates the county's webhook signing key: the new generation signs every delivery from now on,
   * the previous one also until the overlap ends. The new key is derived, never stored: this answer
   * is the only time it is shown.
   */
  export const rotateWebhook = fn(
    admins,
    target.extend({
      /** The generation the admin saw: a form sent twice rotates once (the second answers 409). */
      from: z.coerce.number().int().min(1).max(1_000_000).optional(),
    }),
    async (input) => {
      const county = await countyOf(input);
      const by = actorId();
      const { countyId } = county;
      return withActor({ type: "system", properties: { countyId } }, async () => {
        const ring = await readRing(countyId);
        const previous = ring?.webhookGeneration ?? 1;
        if (input.from !== undefined && input.from !== previous)
          throw new ConflictError("keys.webhook_rotated_meanwhile", "The webhook key was rotated meanwhile");
        const generation = previous + 1;
        const now = Date.now();
        const overlapEndsAt = now + webhookOverlapMs;
        const set = {
          webhookGeneration: generation,
          webhookPrevious: previous,
          webhookOverlapEndsAt: overlapEndsAt,
          webhookRotatedAt: now,
        };
        await (ring
          ? db.entities.keyRing
              .patch({ countyId, ring: "pii" })
              .set(set)
              .where((a, op) => op.eq(a.webhookGeneration, previous))
              .go()
          : db.entities.keyRing.create({ countyId, ring: "pii", ...set }).go());
        await Audit.record({
          countyId,
          action: "keys.webhook_rotated",
          subject: `g${generation}`,
          actorId: by,
          detail: { generation, overlapEndsAt: new Date(overlapEndsAt).toISOString() },
        });
        return { generation, key: countySigningKey(countyId, generation), overlapEndsAt };
      });
    },
  );

  const running = new Map<string, Promise<RunResult>>();

  /**
   * Runs a county's re-wrap in this process until it finishes (waiting out stale caches when it has
   * to). Safe to call again while it runs, and from several processes: progress is saved conditionally.
   */
  export function startRewrap(countyId: string): Promise<RunResult> {
    const known = running.get(countyId);
    if (known) return known;
    const job = (async () => {
      for (;;) {
        const result = await runRewrap(countyId);
        if (result !== "waiting") return result;
        const ring = await readRing(countyId);
        const wait = ring?.rotation ? Math.max(0, settledAt(ring.rotation) - keyringConfig.now()) : 0;
        await new Promise((resolve) => setTimeout(resolve, wait + 50).unref?.());
      }
    })()
      .catch((error: unknown) => {
        console.error(
          JSON.stringify({ level: "error", message: "keys.rewrap_failed", countyId, error: (error as Error).name }),
        );
        return "idle" as const;
      })
      .finally(() => running.delete(countyId));
    running.set(countyId, job);
    return job;
  }

  /** Resolves once no re-wrap runs in this process. */
  export async function idle() {
    while (running.size) await Promise.all([...running.values()]);
  }

  /**
   * Picks up every re-wrap still running (after a restart, or from a schedule), each with an optional
   * time budget. Returns how many counties had one.
   */
  export async function resume(budgetMs?: number): Promise<number> {
    const counties = await withActor({ type: "system", properties: {} }, () =>
      withPlatformAccess(() => db.entities.county.query.all({}).go({ pages: "all" })),
    );
    let resumed = 0;
    for (const county of counties.data) {
      const ring = await withActor({ type: "system", properties: { countyId: county.countyId } }, () =>
        readRing(county.countyId),
      );
      if (ring?.rotation?.status !== "running") continue;
      resumed++;
      if (budgetMs === undefined) void startRewrap(county.countyId);
      else await runRewrap(county.countyId, budgetMs);
    }
    return resumed;
  }

  export const run = runRewrap;
}
