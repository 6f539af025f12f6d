import { limiter } from "../resident/limits";
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

const { hit } = limiter("intake", (_limit, retryAfterSeconds) => new IntakeLimitedError(retryAfterSeconds));

/** Counts one registration from an address in the current window (a TTL item); refuses above the limit. */
export async function hitAddress(countyId: string, ip: string, now = Date.now()) {
  await hit({ name: "address", ...addressLimit }, countyId, ip, now);
}
