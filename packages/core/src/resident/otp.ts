import { randomInt } from "node:crypto";
import * as z from "zod";
import type { TransactionEntities } from "../counter/write";
import { db } from "../db/service";
import { Outbox } from "../outbox/index";
import { ConflictError, InputError } from "../util/errors";
import { createId } from "../util/id";
import { id } from "../util/schemas";
import { phoneHash, secretHash } from "./secret";

/**
 * The resident phone check shared by resident services (open ratings, bookings): a 6-digit code
 * by SMS, valid 5 minutes, 5 attempts, stored only as a hash with the phone's keyed hash. Each code
 * is bound to one purpose (and, for ratings and bookings, one officer), so a code asked for a booking
 * cannot rate anyone.
 */
export const otpValidMs = 5 * 60_000;
export const otpAttempts = 5;
export type OtpPurpose = "rating" | "booking" | "records";

/** A mainland mobile number, spaces and hyphens dropped. */
export const mobileSchema = z
  .string()
  .trim()
  .transform((value) => value.replace(/[\s-]/g, ""))
  .pipe(z.string().regex(/^1[3-9]\d{9}$/, "Not a valid mobile number"));

export const otpInputSchema = z.object({
  otpId: id,
  value: z
    .string()
    .trim()
    .regex(/^\d{6}$/, "Enter the 6 digits"),
});
export type OtpInput = z.output<typeof otpInputSchema>;

/** Creates the code and queues its SMS. Callers apply their own limits first. */
export async function sendOtp(input: {
  countyId: string;
  officerId?: string;
  phone: string;
  purpose: OtpPurpose;
  subject: string;
  body: (otp: string) => string;
}) {
  const { countyId, officerId, phone, purpose } = input;
  const otp = String(randomInt(0, 1_000_000)).padStart(6, "0");
  const otpId = createId();
  const validUntil = Date.now() + otpValidMs;
  await db.entities.ratingOtp
    .create({
      countyId,
      otpId,
      officerId,
      purpose,
      phoneHash: phoneHash(countyId, phone),
      otpHash: secretHash(countyId, `${otpId}:${otp}`),
      validUntil,
      expiresAt: Math.floor(validUntil / 1000) + 3600,
    })
    .go();
  await Outbox.send({ countyId, channel: "sms", to: phone, subject: input.subject, body: input.body(otp) });
  return { otpId, validUntil };
}

/**
 * Checks a typed code (a wrong one costs an attempt) and returns the phone's hash. Errors carry the
 * calling service's code prefix (`rating.otp_wrong`, `appointment.otp_wrong`).
 */
export async function checkOtp(
  countyId: string,
  otp: OtpInput,
  officerId: string | undefined,
  purpose: OtpPurpose,
  domain: string,
) {
  const { data } = await db.entities.ratingOtp.get({ countyId, otpId: otp.otpId }).go({ consistent: true });
  if (!data || data.officerId !== officerId || (data.purpose ?? "rating") !== purpose)
    throw new InputError(`${domain}.otp_invalid`, "Request a new verification code", {
      otp: ["Request a new verification code"],
    });
  if (data.usedAt) throw new ConflictError(`${domain}.otp_used`, "This verification code has already been used");
  if (data.attempts >= otpAttempts)
    throw new InputError(`${domain}.otp_attempts`, "Too many wrong codes: request a new one", {
      otp: ["Too many wrong codes: request a new one"],
    });
  if (data.validUntil <= Date.now())
    throw new InputError(`${domain}.otp_expired`, "The verification code has expired: request a new one", {
      otp: ["The code has expired"],
    });
  if (secretHash(countyId, `${otp.otpId}:${otp.value}`) !== data.otpHash) {
    await db.entities.ratingOtp.update({ countyId, otpId: otp.otpId }).add({ attempts: 1 }).go();
    const left = otpAttempts - data.attempts - 1;
    throw new InputError(`${domain}.otp_wrong`, `Wrong verification code: ${left} attempts left`, {
      otp: [`Wrong code: ${left} attempts left`],
    });
  }
  return { kind: "otp" as const, otpId: otp.otpId, phoneHash: data.phoneHash };
}

/** The transaction item that spends a checked code exactly once. */
export function spendOtp(ratingOtp: TransactionEntities["ratingOtp"], countyId: string, otpId: string, now: number) {
  return ratingOtp
    .patch({ countyId, otpId })
    .set({ usedAt: now })
    .where((a, op) => `${op.notExists(a.usedAt)} AND ${op.lt(a.attempts, otpAttempts)}`)
    .commit();
}
