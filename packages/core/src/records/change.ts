import * as z from "zod";
import { Audit } from "../audit/index";
import { Counter } from "../counter/index";
import { db } from "../db/service";
import { assertCommitted } from "../db/transaction";
import { Pii } from "../pii/index";
import { periodOf } from "../rating/half.entity";
import { verifiedWeight } from "../rating/score";
import { mobileSchema } from "../resident/otp";
import { dropPointer, recordPointer } from "../resident/pointer";
import { phoneHash } from "../resident/secret";
import { NotFoundError } from "../util/errors";
import { fn } from "../util/fn";
import { id } from "../util/schemas";
import { pointerOf } from "./list";
import { holderOf, passSchema, residents, type Holder } from "./pass";

const ip = z.string().trim().min(1).max(100);
const notFound = () => new NotFoundError("records.not_found", "This record is not among your records");

async function ownRegistration(holder: Holder, submissionId: string) {
  const pointer = await pointerOf(holder, "registration", submissionId);
  if (!pointer) return undefined;
  const { data } = await db.entities.intakeSubmission
    .get({ countyId: holder.countyId, submissionId })
    .go({ consistent: true });
  return data ? { pointer, submission: data } : undefined;
}

/**
 * The resident corrects a registration's phone or address. A new phone moves the registration to
 * that phone's records (its pointer moves in the same transaction).
 */
export const correctRegistration = fn(
  residents,
  z.object({
    pass: passSchema,
    submissionId: id,
    phone: mobileSchema,
    address: z.string().trim().min(2, "Required").max(100, "Use at most 100 characters"),
    ip,
  }),
  async (input) => {
    const holder = await holderOf(input.pass);
    const { countyId } = holder;
    const own = await ownRegistration(holder, input.submissionId);
    if (!own) throw notFound();
    const { submission, pointer } = own;
    const [oldPhone, oldAddress] = await Promise.all([
      Pii.openField(countyId, submission.submissionId, "phone", submission.phoneSealed),
      Pii.openField(countyId, submission.submissionId, "address", submission.addressSealed),
    ]);
    const changed = [
      ...(input.phone !== oldPhone ? ["phone"] : []),
      ...(input.address !== oldAddress ? ["address"] : []),
    ];
    if (!changed.length) return { changed, moved: false };
    const [phoneSealed, addressSealed, phoneLookup] = await Promise.all([
      Pii.sealField(countyId, submission.submissionId, "phone", input.phone),
      Pii.sealField(countyId, submission.submissionId, "address", input.address),
      Pii.lookupHash(countyId, "phone", input.phone),
    ]);
    const newHash = phoneHash(countyId, input.phone);
    const moved = newHash !== holder.phoneHash;
    const result = await db.transaction
      .write(({ intakeSubmission, residentRecord }) => [
        intakeSubmission
          .patch({ countyId, submissionId: submission.submissionId })
          .set({ phoneSealed, addressSealed, phoneHash: phoneLookup, phoneMasked: Pii.mask.phone(input.phone) })
          .commit(),
        ...(moved
          ? [
              dropPointer(residentRecord, pointer),
              recordPointer(
                residentRecord,
                countyId,
                newHash,
                "registration",
                submission.submissionId,
                pointer.at,
                pointer.expiresAt,
              ),
            ]
          : []),
      ])
      .go();
    assertCommitted(result, () => notFound());
    await Audit.record({
      countyId,
      action: "registration.corrected",
      actorId: "resident",
      subject: submission.submissionId,
      ip: input.ip,
      detail: { fields: changed.join(","), phone: holder.phoneMasked },
    });
    return { changed, moved };
  },
);

/**
 * The resident deletes a registration. One that raised a health alert still open is kept until the
 * alert closes or its retention ends, and the answer says so with the date. Deleting twice is harmless.
 */
export const deleteRegistration = fn(
  residents,
  z.object({ pass: passSchema, submissionId: id, ip }),
  async ({ pass, submissionId, ip: address }) => {
    const holder = await holderOf(pass);
    const { countyId } = holder;
    const own = await ownRegistration(holder, submissionId);
    if (!own) return { state: "gone" as const };
    const { submission, pointer } = own;
    if (submission.alertId) {
      const { data: alert } = await db.entities.alert.get({ countyId, alertId: submission.alertId }).go();
      if (alert && alert.inbox !== "closed") {
        await Audit.record({
          countyId,
          action: "registration.kept_for_alert",
          actorId: "resident",
          subject: submissionId,
          ip: address,
          detail: { phone: holder.phoneMasked },
        });
        return { state: "kept" as const, keptUntil: submission.expiresAt * 1000 };
      }
    }
    const result = await db.transaction
      .write(({ intakeSubmission, residentRecord }) => [
        intakeSubmission
          .delete({ countyId, submissionId })
          .where((a, op) => op.exists(a.submissionId))
          .commit(),
        dropPointer(residentRecord, pointer),
      ])
      .go();
    if (result.canceled) return { state: "gone" as const };
    await Audit.record({
      countyId,
      action: "registration.deleted",
      actorId: "resident",
      subject: submissionId,
      ip: address,
      detail: { phone: holder.phoneMasked },
    });
    return { state: "deleted" as const };
  },
);

/**
 * The resident withdraws a rating: the rating, its published praise, its phone claim and its pointer
 * go, and its figures leave the officer's, the county's and the half-year's aggregates in the same
 * transaction.
 */
export const withdrawRating = fn(
  residents,
  z.object({ pass: passSchema, ratingId: z.string().trim().min(1).max(40), ip }),
  async ({ pass, ratingId, ip: address }) => {
    const holder = await holderOf(pass);
    const { countyId } = holder;
    const pointer = await pointerOf(holder, "rating", ratingId);
    if (!pointer) return { state: "gone" as const };
    const { data: rating } = await db.entities.rating.get({ countyId, ratingId }).go({ consistent: true });
    if (!rating) return { state: "gone" as const };
    const weight = rating.verified ? verifiedWeight : 1;
    const minus = {
      count: -1,
      overall: -rating.overall,
      responsiveness: -rating.responsiveness,
      courtesy: -rating.courtesy,
      solvedYes: rating.solved === "yes" ? -1 : 0,
      solvedPartly: rating.solved === "partly" ? -1 : 0,
      solvedNo: rating.solved === "no" ? -1 : 0,
      verified: rating.verified ? -1 : 0,
      weight: -weight,
      weightedOverall: -weight * rating.overall,
    };
    const scope = Counter.scope.officer(rating.officerId);
    const result = await db.transaction
      .write(
        ({ rating: ratings, ratingSummary, ratingCounty, ratingHalf, ratingPraise, ratingPhone, residentRecord }) => [
          ratings
            .delete({ countyId, ratingId })
            .where((a, op) => op.exists(a.ratingId))
            .commit(),
          ratingSummary.update({ countyId, scope }).add(minus).commit(),
          ratingCounty.update({ countyId }).add(minus).commit(),
          ratingHalf
            .update({ countyId, scope, period: periodOf(Counter.halfYear(rating.submittedAt)) })
            .add({
              count: -1,
              overall: -rating.overall,
              verified: minus.verified,
              verifiedOverall: rating.verified ? -rating.overall : 0,
            })
            .commit(),
          ...(rating.praiseState === "approved" ? [ratingPraise.delete({ countyId, scope, ratingId }).commit()] : []),
          // An open rating's one-per-30-days claim goes with it, so the resident may rate the officer anew.
          ...(rating.verified
            ? []
            : [ratingPhone.delete({ countyId, phoneHash: holder.phoneHash, officerId: rating.officerId }).commit()]),
          dropPointer(residentRecord, pointer),
        ],
      )
      .go();
    if (result.canceled) {
      if (result.data[0]?.code === "ConditionalCheckFailed") return { state: "gone" as const };
      assertCommitted(result);
    }
    await Audit.record({
      countyId,
      action: "rating.withdrawn",
      actorId: "resident",
      subject: ratingId,
      ip: address,
      detail: { officerId: rating.officerId, phone: holder.phoneMasked },
    });
    return { state: "withdrawn" as const };
  },
);
