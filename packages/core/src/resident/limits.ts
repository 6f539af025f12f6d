import { db } from "../db/service";
import { VisibleError } from "../util/errors";

export type Limit = { name: string; max: number; windowSeconds: number };

/** A resident service refusing more of something in a window (`<domain>.limited_<name>`). */
export class LimitedError extends VisibleError {
  constructor(
    readonly domain: string,
    readonly limit: string,
    readonly retryAfterSeconds: number,
    reason: string,
  ) {
    super(
      "rate_limited",
      `${domain}.limited_${limit}`,
      `${reason}: please try again in ${Math.ceil(retryAfterSeconds / 60)} minutes`,
    );
  }
}

type Refusal = (limit: string, retryAfterSeconds: number) => VisibleError;

/**
 * Fixed-window limits kept as TTL items under the county's partition prefix
 * (`<county>` + `<domain>:<limit>:<subject>:<window>`), per client address, phone hash or officer, so
 * requests confined to the county write them. One `ADD` per hit; nothing is scanned.
 */
export function limiter(domain: string, refuse: Refusal) {
  const keyOf = (limit: Limit, countyId: string, subject: string, window: number) => ({
    countyId,
    key: `${domain}:${limit.name}:${subject}:${window}`,
  });

  /** Counts one hit in the current window, refuses it above the limit, and returns the count. */
  async function hit(limit: Limit, countyId: string, subject: string, now = Date.now()): Promise<number> {
    const window = Math.floor(now / 1000 / limit.windowSeconds);
    const windowEnd = (window + 1) * limit.windowSeconds;
    const { data } = await db.entities.countyLimit
      .update(keyOf(limit, countyId, subject, window))
      .add({ failures: 1 })
      .set({ lastFailureAt: now, expiresAt: windowEnd + 60 })
      .go({ response: "all_new" });
    const count = data.failures ?? 0;
    if (count > limit.max) throw refuse(limit.name, windowEnd - Math.floor(now / 1000));
    return count;
  }

  /** Refuses when a window is already full, without counting (for misses counted afterwards). */
  async function assertUnder(limit: Limit, countyId: string, subject: string, now = Date.now()) {
    const window = Math.floor(now / 1000 / limit.windowSeconds);
    const { data } = await db.entities.countyLimit.get(keyOf(limit, countyId, subject, window)).go();
    if (data && data.failures >= limit.max) {
      throw refuse(limit.name, (window + 1) * limit.windowSeconds - Math.floor(now / 1000));
    }
  }

  return { hit, assertUnder };
}
