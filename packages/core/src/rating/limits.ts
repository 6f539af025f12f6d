import { db } from "../db/service";
import { VisibleError } from "../util/errors";

export type Limit = { name: string; max: number; windowSeconds: number };

/** Per client address, per phone hash and per officer: how often each may act in a window. */
export const limits = {
  addressSubmit: { name: "address", max: 20, windowSeconds: 3600 },
  addressOtp: { name: "address_otp", max: 10, windowSeconds: 3600 },
  addressCodeMiss: { name: "address_code", max: 10, windowSeconds: 3600 },
  phoneOtp: { name: "phone", max: 3, windowSeconds: 3600 },
  officerBurst: { name: "officer", max: 1000, windowSeconds: 3600 },
} satisfies Record<string, Limit>;

const reasons: Record<string, string> = {
  address: "Too many ratings from this network",
  address_otp: "Too many verification codes requested from this network",
  address_code: "Too many wrong rating codes from this network",
  phone: "Too many verification codes sent to this phone",
  officer: "This officer is receiving unusually many ratings; new ones are paused",
};

export class RatingLimitedError extends VisibleError {
  constructor(
    readonly limit: string,
    readonly retryAfterSeconds: number,
  ) {
    super(
      "rate_limited",
      `rating.limited_${limit}`,
      `${reasons[limit] ?? "Too many requests"}: please try again in ${Math.ceil(retryAfterSeconds / 60)} minutes`,
    );
  }
}

/** Counts one hit in the current window (a TTL item), refuses it above the limit, and returns the count. */
export async function hit(limit: Limit, countyId: string, subject: string, now = Date.now()): Promise<number> {
  const window = Math.floor(now / 1000 / limit.windowSeconds);
  const windowEnd = (window + 1) * limit.windowSeconds;
  const { data } = await db.entities.countyLimit
    .update({ countyId, key: `rating:${limit.name}:${subject}:${window}` })
    .add({ failures: 1 })
    .set({ lastFailureAt: now, expiresAt: windowEnd + 60 })
    .go({ response: "all_new" });
  const count = data.failures ?? 0;
  if (count > limit.max) throw new RatingLimitedError(limit.name, windowEnd - Math.floor(now / 1000));
  return count;
}

/** Refuses when a window is already full, without counting (for misses counted afterwards). */
export async function assertUnder(limit: Limit, countyId: string, subject: string, now = Date.now()) {
  const window = Math.floor(now / 1000 / limit.windowSeconds);
  const { data } = await db.entities.countyLimit
    .get({ countyId, key: `rating:${limit.name}:${subject}:${window}` })
    .go();
  if (data && data.failures >= limit.max) {
    throw new RatingLimitedError(limit.name, (window + 1) * limit.windowSeconds - Math.floor(now / 1000));
  }
}
