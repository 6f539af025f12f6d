import { createHash, randomBytes } from "node:crypto";
import * as z from "zod";
import type { Access } from "../access";
import { useCounty } from "../actor";
import { Audit } from "../audit/index";
import { db } from "../db/service";
import { assertCommitted } from "../db/transaction";
import { LimitedError, limiter, type Limit } from "../resident/limits";
import { checkOtp, mobileSchema, otpInputSchema, sendOtp, spendOtp } from "../resident/otp";
import { maskPhone, phoneHash } from "../resident/secret";
import { ConflictError, InputError, UnauthorizedError } from "../util/errors";
import { fn } from "../util/fn";

/** Residents on the public portal, proving control of a phone. */
export const residents: Access = { public: true };
export const passValidMs = 15 * 60_000;

const address = z.string().trim().min(1).max(100);
export const passSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{43}$/, "Check your phone again");

const limits = {
  addressOtp: { name: "address_otp", max: 10, windowSeconds: 3600 },
  phoneOtp: { name: "phone", max: 3, windowSeconds: 3600 },
} satisfies Record<string, Limit>;
const reasons: Record<string, string> = {
  address_otp: "Too many verification codes requested from this network",
  phone: "Too many verification codes sent to this phone",
};
const { hit } = limiter(
  "records",
  (limit, retry) => new LimitedError("records", limit, retry, reasons[limit] ?? "Too many requests"),
);

const hashOf = (pass: string) => createHash("sha256").update(pass).digest("base64url");

/** A 6-digit code by SMS to the phone whose records the resident wants to see. */
export const requestCode = fn(residents, z.object({ phone: mobileSchema, ip: address }), async ({ phone, ip }) => {
  const countyId = useCounty();
  await hit(limits.addressOtp, countyId, ip);
  await hit(limits.phoneOtp, countyId, phoneHash(countyId, phone));
  return sendOtp({
    countyId,
    phone,
    purpose: "records",
    subject: "records-otp",
    body: (otp) => `【村警】您查看本人信息的验证码 ${otp}，5分钟内有效。如非本人操作，请忽略本短信。`,
  });
});

/**
 * Spends a checked code and opens a 15-minute pass to the phone's records. Only the pass's hash is
 * stored; the pass itself goes to the resident once (the portal keeps it in an HttpOnly cookie).
 */
export const open = fn(
  residents,
  z.object({ phone: mobileSchema, otp: otpInputSchema, ip: address }),
  async ({ phone, otp, ip }) => {
    const countyId = useCounty();
    const proof = await checkOtp(countyId, otp, undefined, "records", "records");
    if (phoneHash(countyId, phone) !== proof.phoneHash) {
      throw new InputError("records.otp_invalid", "Request a new verification code", {
        otp: ["Request a new verification code"],
      });
    }
    const pass = randomBytes(32).toString("base64url");
    const now = Date.now();
    const validUntil = now + passValidMs;
    const result = await db.transaction
      .write(({ ratingOtp, residentPass }) => [
        spendOtp(ratingOtp, countyId, proof.otpId, now),
        residentPass
          .create({
            countyId,
            passHash: hashOf(pass),
            phoneHash: proof.phoneHash,
            phoneMasked: maskPhone(phone),
            validUntil,
            expiresAt: Math.floor(validUntil / 1000) + 3600,
          })
          .commit(),
      ])
      .go();
    assertCommitted(result, (index) =>
      index === 0 ? new ConflictError("records.otp_used", "This verification code has already been used") : undefined,
    );
    await Audit.record({
      countyId,
      action: "records.opened",
      actorId: "resident",
      ip,
      detail: { phone: maskPhone(phone) },
    });
    return { pass, validUntil, phoneMasked: maskPhone(phone) };
  },
);

/** The phone a pass was opened for; an unknown or expired pass is refused. */
export async function holderOf(pass: string) {
  const countyId = useCounty();
  const { data } = await db.entities.residentPass.get({ countyId, passHash: hashOf(pass) }).go({ consistent: true });
  if (!data || data.validUntil <= Date.now()) {
    throw new UnauthorizedError("records.pass_expired", "Check your phone again to see your records");
  }
  return { countyId, phoneHash: data.phoneHash, phoneMasked: data.phoneMasked, validUntil: data.validUntil };
}
export type Holder = Awaited<ReturnType<typeof holderOf>>;

/** Ends a pass before its time (the resident signs out). */
export const close = fn(residents, z.object({ pass: passSchema }), async ({ pass }) => {
  await db.entities.residentPass.delete({ countyId: useCounty(), passHash: hashOf(pass) }).go();
  return { closed: true };
});
