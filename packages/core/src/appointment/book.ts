import { customAlphabet } from "nanoid";
import * as z from "zod";
import { useCounty } from "../actor";
import { Counter } from "../counter/index";
import { db } from "../db/service";
import { assertCommitted, withConflictRetry } from "../db/transaction";
import { Idempotency } from "../idempotency/index";
import { limiter, LimitedError } from "../resident/limits";
import { checkOtp, mobileSchema, otpInputSchema, sendOtp, spendOtp } from "../resident/otp";
import { recordPointer } from "../resident/pointer";
import { maskPhone, phoneHash } from "../resident/secret";
import { sealField } from "./sealed";
import { codeAlphabet } from "../rating/code";
import { ConflictError, InputError, NotFoundError } from "../util/errors";
import { fn } from "../util/fn";
import { id } from "../util/schemas";
import { availabilityOf, claimsBetween, residents } from "./access";
import { modes, purposes, windows } from "./appointment.entity";
import { appointmentCounters, waitFigure } from "./figures";
import { notify } from "./notify";
import { exceptionOn, horizon, latestInstant, leadMs, plannableDay, slotsOf } from "./slots";
import { instantOf } from "./zone";

/** At most this many open bookings (requested, confirmed, proposed) per phone and county. */
export const openPerPhone = 2;
const newReference = customAlphabet(codeAlphabet, 10);
const conflictAttempts = 12;
const retentionDays = 180;

export const limits = {
  addressOtp: { name: "address_otp", max: 10, windowSeconds: 3600 },
  addressBook: { name: "address", max: 20, windowSeconds: 3600 },
  addressReference: { name: "address_ref", max: 20, windowSeconds: 3600 },
  phoneOtp: { name: "phone", max: 3, windowSeconds: 3600 },
};
const reasons: Record<string, string> = {
  address_otp: "Too many verification codes requested from this network",
  address: "Too many bookings from this network",
  address_ref: "Too many wrong reference codes from this network",
  phone: "Too many verification codes sent to this phone",
};
const { hit, assertUnder } = limiter(
  "appointment",
  (limit, retry) => new LimitedError("appointment", limit, retry, reasons[limit] ?? "Too many requests"),
);

/** Home visits: the preferred window's local hours. */
export const windowHours = {
  morning: { start: "09:00", end: "12:00" },
  afternoon: { start: "14:00", end: "17:30" },
  evening: { start: "18:30", end: "20:30" },
} as const;

const address = z.string().trim().min(1).max(100);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters`)
    .optional()
    .transform((value) => value || undefined);

export const referenceSchema = z
  .string()
  .trim()
  .max(40)
  .transform((value) => value.toUpperCase().replace(/[\s-]/g, ""))
  .pipe(z.string().regex(new RegExp(`^[${codeAlphabet}]{10}$`), "Not a valid reference code"));

/** The free slots of an officer (public): desk hours minus exceptions, past slots and taken ones. */
export const freeSlots = fn(residents, z.object({ officerId: id, villageId: id.optional() }), async (input) => {
  const countyId = useCounty();
  const officer = await activeOfficer(countyId, input.officerId);
  return openSlotsOf(countyId, officer.officerId, input.villageId);
});

export async function openSlotsOf(countyId: string, officerId: string, villageId?: string, now = Date.now()) {
  const window = horizon(now);
  const { hours, exceptions } = await availabilityOf(countyId, officerId);
  const desk = villageId ? hours.filter((h) => h.villageId === villageId) : hours;
  const slots = slotsOf(desk, exceptions, window.from, window.days, now);
  if (!slots.length) return [];
  const taken = await claimsBetween(countyId, officerId, slots[0]!.startsAt, slots.at(-1)!.startsAt);
  return slots.filter((slot) => !taken.has(slot.startsAt));
}

async function activeOfficer(countyId: string, officerId: string) {
  const { data: officer } = await db.entities.officer.get({ countyId, officerId }).go();
  if (!officer || officer.status !== "active") throw new NotFoundError("officer.not_found", "No such officer");
  return officer;
}

async function openOf(countyId: string, hash: string) {
  const { data } = await db.entities.bookingPhone.get({ countyId, phoneHash: hash }).go({ consistent: true });
  return data?.open ?? 0;
}

function tooManyOpen() {
  return new ConflictError(
    "appointment.phone_open_limit",
    `This phone already has ${openPerPhone} open bookings: cancel one or wait until they are done`,
    { phone: [`At most ${openPerPhone} open bookings per phone`] },
  );
}

/** A 6-digit code by SMS before a booking (the phone check shared with ratings). */
export const requestOtp = fn(
  residents,
  z.object({ officerId: id, phone: mobileSchema, ip: address }),
  async ({ officerId, phone, ip }) => {
    const countyId = useCounty();
    const hash = phoneHash(countyId, phone);
    await hit(limits.addressOtp, countyId, ip);
    await activeOfficer(countyId, officerId);
    if ((await openOf(countyId, hash)) >= openPerPhone) throw tooManyOpen();
    await hit(limits.phoneOtp, countyId, hash);
    return sendOtp({
      countyId,
      officerId,
      phone,
      purpose: "booking",
      subject: "appointment-otp",
      body: (otp) => `【村警】您的预约验证码 ${otp}，5分钟内有效。`,
    });
  },
);

export const bookSchema = z
  .object({
    officerId: id,
    idempotencyKey: Idempotency.keySchema,
    purpose: z.enum(purposes),
    mode: z.enum(modes),
    villageId: id,
    /** A desk slot's start (epoch ms). */
    startsAt: z.coerce.number().int().positive().max(latestInstant, "Not a valid time").optional(),
    /** A home visit: the preferred day and window, and where. */
    homeDay: plannableDay.optional(),
    window: z.enum(windows).optional(),
    address: optionalText(100),
    note: optionalText(200),
    phone: mobileSchema,
    otp: otpInputSchema,
    /** The client address, for abuse limits; never stored with the booking. */
    ip: address,
  })
  .superRefine((input, context) => {
    if (input.mode === "desk" && !input.startsAt) {
      context.addIssue({ code: "custom", path: ["slot"], message: "Choose a time" });
    }
    if (input.mode === "home") {
      if (!input.homeDay) context.addIssue({ code: "custom", path: ["homeDay"], message: "Choose a day" });
      if (!input.window) context.addIssue({ code: "custom", path: ["window"], message: "Choose a time of day" });
      if (!input.address)
        context.addIssue({ code: "custom", path: ["address"], message: "Where should the officer come?" });
    }
  });
export type BookInput = z.input<typeof bookSchema>;

function slotError(code: string, message: string) {
  return new InputError(`appointment.${code}`, message, { slot: [message] });
}

/** Where and when: a free desk slot of the officer's hours, or a home-visit window on a working day. */
async function placeOf(countyId: string, input: z.output<typeof bookSchema>, now: number) {
  const { hours, exceptions } = await availabilityOf(countyId, input.officerId);
  if (input.mode === "desk") {
    const startsAt = input.startsAt!;
    const day = Counter.dayOf(startsAt);
    if (startsAt < now + leadMs) throw slotError("slot_past", "This time has passed: choose a later one");
    if (exceptionOn(day, exceptions)) throw slotError("slot_leave", "The officer is away that day: choose another day");
    const window = horizon(now);
    if (day > window.to) throw slotError("slot_too_far", "Book at most two weeks ahead");
    const slot = slotsOf(
      hours.filter((h) => h.villageId === input.villageId),
      [],
      day,
      1,
      now,
    ).find((candidate) => candidate.startsAt === startsAt);
    if (!slot) throw slotError("slot_outside_hours", "This time is outside the officer's desk hours");
    return { villageId: input.villageId, startsAt, endsAt: slot.endsAt, day, window: undefined };
  }
  const day = input.homeDay!;
  const hoursOf = windowHours[input.window!];
  const startsAt = instantOf(day, hoursOf.start);
  const window = horizon(now);
  if (instantOf(day, hoursOf.end) < now + leadMs)
    throw slotError("slot_past", "This time has passed: choose a later one");
  if (day > window.to) throw slotError("slot_too_far", "Book at most two weeks ahead");
  if (exceptionOn(day, exceptions)) throw slotError("slot_leave", "The officer is away that day: choose another day");
  const { data: village } = await db.entities.village.get({ countyId, villageId: input.villageId }).go();
  if (!village || village.officerId !== input.officerId || village.status !== "active") {
    throw new InputError("appointment.village_invalid", "Choose one of the officer's villages", {
      villageId: ["Choose one of the officer's villages"],
    });
  }
  return { villageId: input.villageId, startsAt, endsAt: instantOf(day, hoursOf.end), day, window: input.window };
}

/**
 * Books an appointment in one transaction with its proofs: the spent phone code, the phone's
 * open-bookings counter (at most two), the slot's claim (a conditional put: of residents racing
 * for one slot exactly one wins, the others hear "just taken"), the booking and its counters.
 */
export const book = fn(residents, bookSchema, async (input) => {
  const countyId = useCounty();
  const requestHash = Idempotency.hashOf({ ...input, ip: undefined, otp: undefined });
  const { data: earlier } = await db.entities.idempotency
    .get({ countyId, key: input.idempotencyKey })
    .go({ consistent: true });
  if (earlier) return outcomeOf(countyId, await Idempotency.replay(countyId, input.idempotencyKey, requestHash));

  await hit(limits.addressBook, countyId, input.ip);
  const officer = await activeOfficer(countyId, input.officerId);
  const now = Date.now();
  const place = await placeOf(countyId, input, now);
  const proof = await checkOtp(countyId, input.otp, officer.officerId, "booking", "appointment");
  const hash = phoneHash(countyId, input.phone);
  if (hash !== proof.phoneHash) {
    throw new InputError("appointment.otp_invalid", "Request a new verification code", {
      otp: ["Request a new verification code"],
    });
  }
  if ((await openOf(countyId, hash)) >= openPerPhone) throw tooManyOpen();

  const appointmentId = newReference();
  const [phoneSealed, addressSealed] = await Promise.all([
    sealField(countyId, appointmentId, "phone", input.phone),
    input.mode === "home" && input.address ? sealField(countyId, appointmentId, "address", input.address) : undefined,
  ]);
  const requestDay = Counter.dayOf(now);
  const expiresAt = Math.floor(place.endsAt / 1000) + retentionDays * 86_400;
  const scoped = { countyId, precinctId: officer.precinctId, villageId: place.villageId, officerId: officer.officerId };
  const desk = input.mode === "desk";
  const layout = { claim: 0, officer: 1, otp: 2, phone: 3, slot: desk ? 4 : -1 };

  const result = await withConflictRetry(
    () =>
      db.transaction
        .write(
          ({
            idempotency,
            officer: officers,
            ratingOtp,
            bookingPhone,
            slotClaim,
            appointment,
            counter,
            residentRecord,
          }) => [
            Idempotency.claim(idempotency, countyId, input.idempotencyKey, requestHash, appointmentId),
            officers
              .check({ countyId, officerId: officer.officerId })
              .where((a, op) => op.eq(a.status, "active"))
              .commit(),
            spendOtp(ratingOtp, countyId, proof.otpId, now),
            bookingPhone
              .update({ countyId, phoneHash: hash })
              .add({ open: 1 })
              .set({ expiresAt })
              .where((a, op) => `${op.notExists(a.open)} OR ${op.lt(a.open, openPerPhone)}`)
              .commit(),
            ...(desk
              ? [
                  slotClaim
                    .create({
                      countyId,
                      officerId: officer.officerId,
                      startsAt: place.startsAt,
                      appointmentId,
                      expiresAt,
                    })
                    .commit(),
                ]
              : []),
            appointment
              .create({
                countyId,
                appointmentId,
                officerId: officer.officerId,
                precinctId: officer.precinctId,
                villageId: place.villageId,
                purpose: input.purpose,
                mode: input.mode,
                startsAt: place.startsAt,
                endsAt: place.endsAt,
                day: place.day,
                window: place.window,
                status: "requested",
                note: input.note,
                phoneHash: hash,
                phoneSealed,
                phoneMasked: maskPhone(input.phone),
                addressSealed,
                requestedAt: now,
                requestDay,
                expiresAt,
              })
              .commit(),
            ...appointmentCounters(counter, scoped, requestDay, {
              appt_booked: 1,
              [waitFigure(requestDay, place.day)]: 1,
            }),
            recordPointer(residentRecord, countyId, hash, "booking", appointmentId, now, expiresAt),
          ],
        )
        .go(),
    conflictAttempts,
  );
  assertCommitted(result, (index) => {
    if (index === layout.slot) return justTaken();
    if (index === layout.claim) return new ConflictError("idempotency.retry", "This booking was already sent");
    if (index === layout.officer) return new NotFoundError("officer.not_found", "No such officer");
    if (index === layout.otp)
      return new ConflictError("appointment.otp_used", "This verification code has already been used");
    if (index === layout.phone) return tooManyOpen();
    return undefined;
  });
  const { data: created } = await db.entities.appointment.get({ countyId, appointmentId }).go({ consistent: true });
  if (created) await notify(created, "received");
  return { reference: appointmentId, startsAt: place.startsAt, day: place.day };
});

export function justTaken() {
  return new ConflictError("appointment.slot_taken", "This time was just taken: please choose another", {
    slot: ["This time was just taken: please choose another"],
  });
}

async function outcomeOf(countyId: string, appointmentId: string) {
  const { data } = await db.entities.appointment.get({ countyId, appointmentId }).go({ consistent: true });
  if (!data) throw new ConflictError("idempotency.retry", "Please submit again");
  return { reference: appointmentId, startsAt: data.startsAt, day: data.day };
}

/** A booking by its reference code, for the resident (another county's code is simply not found). */
export async function byReference(reference: string, ip: string) {
  const countyId = useCounty();
  await assertUnder(limits.addressReference, countyId, ip);
  const { data } = await db.entities.appointment.get({ countyId, appointmentId: reference }).go({ consistent: true });
  if (!data) {
    await hit(limits.addressReference, countyId, ip).catch(() => undefined);
    throw new NotFoundError("appointment.not_found", "No booking with this reference code");
  }
  return data;
}

export const referenceInput = z.object({ reference: referenceSchema, ip: address });
