import { withPlatformAccess } from "../db/client";
import { db } from "../db/service";
import { VisibleError } from "../util/errors";

/**
 * Sign-in throttles are platform-wide items (keyed by username and client address, not under a
 * county), so they are read and written with the function's own role.
 *
 * Exponential back-off, then a lock: after `freeFailures` failures each attempt must wait
 * 2^(extra failures) seconds (capped), and at `lockAfter` failures the key is locked for `lockSeconds`.
 */
export type ThrottlePolicy = {
  freeFailures: number;
  lockAfter: number;
  lockSeconds: number;
  maxBackoffSeconds: number;
};

export const signInPolicies = {
  username: { freeFailures: 3, lockAfter: 10, lockSeconds: 15 * 60, maxBackoffSeconds: 60 },
  address: { freeFailures: 20, lockAfter: 100, lockSeconds: 30 * 60, maxBackoffSeconds: 60 },
} satisfies Record<string, ThrottlePolicy>;

export class ThrottledError extends VisibleError {
  constructor(
    readonly retryAfterSeconds: number,
    readonly locked: boolean,
  ) {
    super(
      "rate_limited",
      locked ? "auth.locked" : "auth.throttled",
      locked
        ? `Too many failed attempts: sign-in is locked for ${Math.ceil(retryAfterSeconds / 60)} minutes`
        : `Too many failed attempts: try again in ${retryAfterSeconds} seconds`,
    );
  }
}

export namespace RateLimit {
  /** Throws ThrottledError when any key is locked or still backing off. */
  export async function assertAllowed(keys: Array<{ key: string; policy: ThrottlePolicy }>, now = Date.now()) {
    const { data } = await withPlatformAccess(() => db.entities.rateLimit.get(keys.map(({ key }) => ({ key }))).go());
    for (const item of data) {
      const policy = keys.find((k) => k.key === item.key)?.policy;
      if (!policy) continue;
      if (item.lockedUntil && item.lockedUntil > now) {
        throw new ThrottledError(Math.ceil((item.lockedUntil - now) / 1000), true);
      }
      const extra = item.failures - policy.freeFailures;
      if (extra > 0 && !(item.lockedUntil && item.lockedUntil <= now)) {
        const waitMs = Math.min(2 ** (extra - 1), policy.maxBackoffSeconds) * 1000;
        const readyAt = item.lastFailureAt + waitMs;
        if (readyAt > now) throw new ThrottledError(Math.ceil((readyAt - now) / 1000), false);
      }
    }
  }

  /** Counts a failure on each key; locks a key that reaches its limit. */
  export async function recordFailure(keys: Array<{ key: string; policy: ThrottlePolicy }>, now = Date.now()) {
    for (const { key, policy } of keys) {
      const { data } = await withPlatformAccess(() =>
        db.entities.rateLimit
          .update({ key })
          .add({ failures: 1 })
          .set({ lastFailureAt: now, expiresAt: Math.floor(now / 1000) + 24 * 3600 })
          .go({ response: "all_new" }),
      );
      if ((data.failures ?? 0) >= policy.lockAfter && !(data.lockedUntil && data.lockedUntil > now)) {
        await withPlatformAccess(() =>
          db.entities.rateLimit
            .patch({ key })
            .set({ lockedUntil: now + policy.lockSeconds * 1000, failures: 0 })
            .go(),
        );
      }
    }
  }

  export async function reset(key: string) {
    await withPlatformAccess(() => db.entities.rateLimit.delete({ key }).go());
  }
}
