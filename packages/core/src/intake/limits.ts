import { db } from "../db/service";
import { VisibleError } from "../util/errors";

/** Registrations per client address per hour: a village's households share a few networks. */
export const addressLimit = { max: 120, windowSeconds: 3600 };

export class IntakeLimitedError extends VisibleError {
  constructor(readonly retryAfterSeconds: number) {
    super(
      "rate_limited",
      "intake.limited",
      `Too many registrations from this network: please try again in ${Math.ceil(retryAfterSeconds / 60)} minutes`,
    );
  }
}

/** Counts one registration from an address in the current window (a TTL item); refuses above the limit. */
export async function hitAddress(countyId: string, ip: string, now = Date.now()) {
  const window = Math.floor(now / 1000 / addressLimit.windowSeconds);
  const windowEnd = (window + 1) * addressLimit.windowSeconds;
  const { data } = await db.entities.rateLimit
    .update({ key: `intake:address:${countyId}:${ip}:${window}` })
    .add({ failures: 1 })
    .set({ lastFailureAt: now, expiresAt: windowEnd + 60 })
    .go({ response: "all_new" });
  if ((data.failures ?? 0) > addressLimit.max) throw new IntakeLimitedError(windowEnd - Math.floor(now / 1000));
}
