import { LimitedError, limiter, type Limit } from "../resident/limits";

export type { Limit };

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

export class RatingLimitedError extends LimitedError {
  constructor(limit: string, retryAfterSeconds: number) {
    super("rating", limit, retryAfterSeconds, reasons[limit] ?? "Too many requests");
  }
}

export const { hit, assertUnder } = limiter("rating", (limit, retry) => new RatingLimitedError(limit, retry));
