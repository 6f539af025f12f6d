import { customAlphabet } from "nanoid";
import * as z from "zod";
import type { Access } from "../access";
import { useCounty } from "../actor";
import { Counter } from "../counter/index";
import { db } from "../db/service";
import { assertCommitted, withConflictRetry } from "../db/transaction";
import { Idempotency } from "../idempotency/index";
import { checkOtp, otpInputSchema, sendOtp, spendOtp } from "../resident/otp";
import { ConflictError, InputError, NotFoundError, VisibleError } from "../util/errors";
import { fn } from "../util/fn";
import { id } from "../util/schemas";
import { codeAlphabet, codeSchema, RatingCode } from "./code";
import { flagsOf } from "./flags";
import { assertUnder, hit, limits } from "./limits";
import { burstTexts, repeatTally, seenBefore } from "./repeats";
import { verifiedWeight } from "./score";
import { phoneHash, secretHash, unkeyedHash } from "./secret";
import { recordPointer } from "../resident/pointer";
import { solvedValues } from "./rating.entity";
import { periodOf } from "./half.entity";

export const honorifics = ["先生", "女士"] as const;
export { otpAttempts } from "../resident/otp";
const phoneClaimDays = 30;
const conflictAttempts = 8;
/** Reference codes: what a resident keeps to check a complaint, and the rating's id. */
const newReference = customAlphabet(codeAlphabet, 10);

const score = z.coerce.number().int("Choose 1 to 5").min(1, "Choose 1 to 5").max(5, "Choose 1 to 5");
const address = z.string().trim().min(1).max(100);

export const submitSchema = z
  .object({
    officerId: id,
    idempotencyKey: Idempotency.keySchema,
    overall: score,
    responsiveness: score,
    courtesy: score,
    solved: z.enum(solvedValues),
    text: z
      .string()
      .trim()
      .max(500, "Use at most 500 characters")
      .optional()
      .transform((value) => value || undefined),
    /** A surname (one or two Chinese characters) and an honorific; absent: "anonymous resident". */
    surname: z
      .string()
      .trim()
      .regex(/^[\u4e00-\u9fa5]{0,2}$/, "Only a surname (one or two Chinese characters)")
      .optional()
      .transform((value) => value || undefined),
    honorific: z.enum(honorifics).optional(),
    reportPrivately: z.coerce.boolean().default(false),
    code: codeSchema.optional(),
    otp: otpInputSchema.optional(),
    /** The client address, for abuse limits; never stored with the rating. */
    ip: address,
  })
  .refine((input) => input.code || input.otp, { message: "A rating code or a phone check is needed", path: ["code"] });

export type SubmitInput = z.input<typeof submitSchema>;

/** Residents on the public portal (signed in or not): the proof is a rating code or a checked phone. */
const residents: Access = { public: true };

/** A 6-digit code by SMS before an open rating (no rating code). */
export const requestOtp = fn(
  residents,
  z.object({ officerId: id, phone: RatingCode.phoneSchema, ip: address }),
  async ({ officerId, phone, ip }) => {
    const countyId = useCounty();
    const hash = phoneHash(countyId, phone);
    await hit(limits.addressOtp, countyId, ip);
    const [{ data: officer }, { data: claim }] = await Promise.all([
      db.entities.officer.get({ countyId, officerId }).go(),
      db.entities.ratingPhone.get({ countyId, phoneHash: hash, officerId }).go(),
    ]);
    if (!officer || officer.status !== "active") throw new NotFoundError("officer.not_found", "No such officer");
    if (claim && claim.until > Date.now()) throw phoneUsed();
    await hit(limits.phoneOtp, countyId, hash);
    const { otpId, validUntil } = await sendOtp({
      countyId,
      officerId,
      phone,
      purpose: "rating",
      subject: "rating-otp",
      body: (otp) => `【村警】您的评价验证码 ${otp}，5分钟内有效。`,
    });
    return { otpId, validUntil };
  },
);

/**
 * A resident's rating, in one transaction with its proof (a rating code or a checked phone), the
 * officer's and the county's aggregates and the submission's idempotency key: a retried
 * submission is counted once, and concurrent ones are all counted.
 */
export const submit = fn(residents, submitSchema, async (input) => {
  const countyId = useCounty();
  const requestHash = Idempotency.hashOf({ ...input, ip: undefined });
  const { data: earlier } = await db.entities.idempotency
    .get({ countyId, key: input.idempotencyKey })
    .go({ consistent: true });
  if (earlier) return outcomeOf(await Idempotency.replay(countyId, input.idempotencyKey, requestHash));

  const fromAddress = await hit(limits.addressSubmit, countyId, input.ip);
  const { data: officer } = await db.entities.officer.get({ countyId, officerId: input.officerId }).go();
  if (!officer || officer.status !== "active") throw new NotFoundError("officer.not_found", "No such officer");
  await hit(limits.officerBurst, countyId, officer.officerId);
  let proof: Awaited<ReturnType<typeof codeProof>> | Awaited<ReturnType<typeof otpProof>>;
  try {
    proof = input.code
      ? await codeProof(countyId, input.code, input.officerId, input.ip)
      : await otpProof(countyId, input.otp!, input.officerId);
  } catch (error) {
    // A retry racing its own first attempt finds the proof used: answer with the first result.
    const { data: first } = await db.entities.idempotency
      .get({ countyId, key: input.idempotencyKey })
      .go({ consistent: true });
    if (first) return outcomeOf(await Idempotency.replay(countyId, input.idempotencyKey, requestHash));
    throw error;
  }

  const now = Date.now();
  const ratingId = newReference();
  const complaint = input.reportPrivately || (input.overall <= 2 && Boolean(input.text));
  const praiseState = input.text && !complaint ? "pending" : "none";
  const queue = complaint ? "complaint" : praiseState === "pending" ? "praise" : "done";
  const verified = proof.kind === "code";
  // Repeated text and bursts from one address are held for the moderator with a mark, never published unread.
  const heldFlags = input.text
    ? [
        ...((await seenBefore(countyId, input.text)) ? ["repeated"] : []),
        ...(fromAddress > burstTexts ? ["burst"] : []),
      ]
    : [];
  const tally = input.text ? repeatTally(countyId, input.text, now) : undefined;
  const weight = verified ? verifiedWeight : 1;
  const sums = {
    count: 1,
    overall: input.overall,
    responsiveness: input.responsiveness,
    courtesy: input.courtesy,
    solvedYes: input.solved === "yes" ? 1 : 0,
    solvedPartly: input.solved === "partly" ? 1 : 0,
    solvedNo: input.solved === "no" ? 1 : 0,
    verified: verified ? 1 : 0,
    weight,
    weightedOverall: weight * input.overall,
  };

  const result = await withConflictRetry(
    () =>
      db.transaction
        .write(
          ({
            idempotency,
            officer: officers,
            ratingCode,
            ratingOtp,
            ratingPhone,
            rating,
            ratingSummary,
            ratingCounty,
            countyLimit,
            ratingHalf,
            residentRecord,
          }) => [
            Idempotency.claim(idempotency, countyId, input.idempotencyKey, requestHash, ratingId),
            officers
              .check({ countyId, officerId: input.officerId })
              .where((a, op) => op.eq(a.status, "active"))
              .commit(),
            proof.kind === "code"
              ? ratingCode
                  .patch({ countyId, codeHash: proof.codeHash })
                  .set({ usedAt: now, ratingId })
                  .where(
                    (a, op) =>
                      `${op.notExists(a.usedAt)} AND ${op.gt(a.validUntil, now)} AND ${op.eq(a.officerId, input.officerId)}`,
                  )
                  .commit()
              : spendOtp(ratingOtp, countyId, proof.otpId, now),
            ...(proof.kind === "otp"
              ? [
                  ratingPhone
                    .put({
                      countyId,
                      phoneHash: proof.phoneHash,
                      officerId: input.officerId,
                      until: now + phoneClaimDays * 86_400_000,
                      expiresAt: Math.floor(now / 1000) + phoneClaimDays * 86_400,
                    })
                    .where((a, op) => `${op.notExists(a.until)} OR ${op.lt(a.until, now)}`)
                    .commit(),
                ]
              : []),
            rating
              .create({
                countyId,
                ratingId,
                officerId: input.officerId,
                precinctId: officer.precinctId,
                overall: input.overall,
                responsiveness: input.responsiveness,
                courtesy: input.courtesy,
                solved: input.solved,
                verified,
                signedAs: input.surname && input.honorific ? `${input.surname}${input.honorific}` : undefined,
                text: input.text,
                flags: input.text ? [...flagsOf(input.text), ...heldFlags] : [],
                praiseState,
                complaint,
                complaintState: complaint ? "open" : undefined,
                queue,
                submittedAt: now,
              })
              .commit(),
            ratingSummary
              .update({ countyId, scope: Counter.scope.officer(input.officerId) })
              .add(sums)
              .commit(),
            ratingCounty.update({ countyId }).add(sums).commit(),
            ...(tally ? [countyLimit.update(tally.key).add({ failures: 1 }).set(tally.set).commit()] : []),
            ratingHalf
              .update({
                countyId,
                scope: Counter.scope.officer(input.officerId),
                period: periodOf(Counter.halfYear(now)),
              })
              .add({
                count: 1,
                overall: input.overall,
                verified: sums.verified,
                verifiedOverall: verified ? input.overall : 0,
              })
              .commit(),
            ...(proof.phoneHash
              ? [recordPointer(residentRecord, countyId, proof.phoneHash, "rating", ratingId, now)]
              : []),
          ],
        )
        .go(),
    // Every rating of an officer meets on its aggregate item: allow more turns than a work-log write.
    conflictAttempts,
  );
  if (result.canceled && (result.data as Array<{ code: string }>)[0]?.code === "ConditionalCheckFailed") {
    return outcomeOf(await Idempotency.replay(countyId, input.idempotencyKey, requestHash));
  }
  assertCommitted(result, (index) => {
    if (index === 1) return new NotFoundError("officer.not_found", "No such officer");
    if (index === 2) {
      return proof.kind === "code"
        ? new ConflictError("rating.code_used", "This rating code has already been used")
        : new ConflictError("rating.otp_used", "This verification code has already been used");
    }
    if (index === 3 && proof.kind === "otp") return phoneUsed();
    return undefined;
  });
  return { ratingId, verified, complaint, praiseState };
});

/** The answer to a replayed submission: the first submission's rating. */
async function outcomeOf(ratingId: string) {
  const { data } = await db.entities.rating.get({ countyId: useCounty(), ratingId }).go({ consistent: true });
  if (!data) throw new ConflictError("idempotency.retry", "Please submit again");
  return { ratingId, verified: data.verified, complaint: data.complaint, praiseState: data.praiseState };
}

function phoneUsed() {
  return new ConflictError("rating.phone_recently", "This phone has rated this officer in the last 30 days");
}

async function codeProof(countyId: string, code: string, officerId: string, ip: string) {
  await assertUnder(limits.addressCodeMiss, countyId, ip);
  let codeHash = secretHash(countyId, code);
  let { data } = await db.entities.ratingCode.get({ countyId, codeHash }).go({ consistent: true });
  if (!data) {
    codeHash = unkeyedHash(countyId, code);
    ({ data } = await db.entities.ratingCode.get({ countyId, codeHash }).go({ consistent: true }));
  }
  const refuse = async (error: VisibleError) => {
    await hit(limits.addressCodeMiss, countyId, ip).catch(() => undefined);
    throw error;
  };
  if (!data)
    return refuse(
      new InputError("rating.code_invalid", "This rating code is not valid", {
        code: ["This rating code is not valid"],
      }),
    );
  if (data.officerId !== officerId) {
    return refuse(
      new InputError("rating.code_foreign", "This rating code was issued by another officer", {
        code: ["This rating code was issued by another officer"],
      }),
    );
  }
  if (data.usedAt) throw new ConflictError("rating.code_used", "This rating code has already been used");
  if (data.validUntil <= Date.now())
    throw new InputError("rating.code_expired", "This rating code has expired", {
      code: ["This rating code has expired"],
    });
  return { kind: "code" as const, codeHash, phoneHash: data.phoneHash };
}

function otpProof(countyId: string, otp: { otpId: string; value: string }, officerId: string) {
  return checkOtp(countyId, otp, officerId, "rating", "rating");
}
