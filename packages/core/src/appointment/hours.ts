import * as z from "zod";
import { useCounty } from "../actor";
import { Counter } from "../counter/index";
import { db } from "../db/service";
import { ForbiddenError, InputError, NotFoundError } from "../util/errors";
import { fn } from "../util/fn";
import { createId } from "../util/id";
import { id } from "../util/schemas";
import { availabilityOf, manageableOfficer, staff } from "./access";
import { exceptionKinds } from "./hours.entity";
import { defaultSlotMinutes, overlapping, plannableDay, weeklySchema } from "./slots";
import { addDays, daysFrom } from "./zone";

const officerField = { officerId: id.optional() };

/** An officer's desk hours per village, exceptions, and the villages they may hold hours in. */
export const availability = fn(staff, z.object(officerField), async (input) => {
  const { officer } = await manageableOfficer(input.officerId);
  const countyId = useCounty();
  const [{ hours, exceptions }, villages] = await Promise.all([
    availabilityOf(countyId, officer.officerId),
    villagesOf(countyId, officer.officerId),
  ]);
  const today = Counter.dayOf(Date.now());
  return { officer, hours, exceptions: exceptions.filter((e) => e.to >= today), villages };
});

async function villagesOf(countyId: string, officerId: string) {
  const { data } = await db.entities.village.query.byId({ countyId }).go({ pages: "all" });
  return data.filter((village) => village.officerId === officerId && village.status === "active");
}

export const setDeskHoursSchema = z.object({
  ...officerField,
  villageId: id,
  slotMinutes: z.coerce
    .number()
    .int("Use whole minutes")
    .min(10, "At least 10 minutes")
    .max(120, "At most 120 minutes")
    .default(defaultSlotMinutes),
  weekly: weeklySchema,
});

/**
 * Sets the weekly desk hours of an officer in one of the officer's villages (an empty week removes
 * them). Hours may not overlap the officer's hours in another village: a slot is one person's time.
 */
export const setDeskHours = fn(staff, setDeskHoursSchema, async (input) => {
  const { officer } = await manageableOfficer(input.officerId);
  const countyId = useCounty();
  const { data: village } = await db.entities.village.get({ countyId, villageId: input.villageId }).go();
  if (!village) throw new NotFoundError("village.not_found", "No such village");
  if (village.officerId !== officer.officerId || village.status !== "active") {
    throw new ForbiddenError("appointment.not_officers_village", "This village is not in the officer's patch");
  }
  if (!input.weekly.length) {
    await db.entities.deskHours.delete({ countyId, officerId: officer.officerId, villageId: input.villageId }).go();
    return { villageId: input.villageId, ranges: 0 };
  }
  const { hours } = await availabilityOf(countyId, officer.officerId);
  const elsewhere = hours.filter((h) => h.villageId !== input.villageId).flatMap((h) => h.weekly);
  if (overlapping([...elsewhere, ...input.weekly])) {
    throw new InputError("appointment.hours_overlap", "These hours overlap the officer's hours in another village", {
      weekly: ["These hours overlap the officer's hours in another village"],
    });
  }
  await db.entities.deskHours
    .put({
      countyId,
      officerId: officer.officerId,
      villageId: input.villageId,
      slotMinutes: input.slotMinutes,
      weekly: input.weekly,
    })
    .go();
  return { villageId: input.villageId, ranges: input.weekly.length };
});

export const addExceptionSchema = z
  .object({
    ...officerField,
    from: plannableDay,
    to: plannableDay,
    kind: z.enum(exceptionKinds),
    note: z.string().trim().max(200, "Use at most 200 characters").optional(),
  })
  .refine((range) => range.from <= range.to, { message: "The range ends before it starts", path: ["to"] })
  .refine((range) => daysFrom(range.from, range.to) <= 92, { message: "At most three months", path: ["to"] });

/** Leave or duty elsewhere: no slots on those days. Open bookings then are counted for the officer to handle. */
export const addException = fn(staff, addExceptionSchema, async (input) => {
  const { officer } = await manageableOfficer(input.officerId);
  const countyId = useCounty();
  const today = Counter.dayOf(Date.now());
  if (input.to < today) {
    throw new InputError("appointment.exception_past", "The range is in the past", {
      to: ["The range is in the past"],
    });
  }
  const exceptionId = createId();
  await db.entities.deskException
    .create({
      countyId,
      officerId: officer.officerId,
      exceptionId,
      from: input.from,
      to: input.to,
      kind: input.kind,
      note: input.note || undefined,
      expiresAt: Math.floor(Date.parse(`${addDays(input.to, 30)}T00:00:00Z`) / 1000),
    })
    .go();
  const { data } = await db.entities.appointment.query
    .byOfficer({ countyId, officerId: officer.officerId })
    .go({ pages: "all" });
  const affected = data.filter(
    (a) => a.day >= input.from && a.day <= input.to && ["requested", "confirmed", "proposed"].includes(a.status),
  ).length;
  return { exceptionId, affected };
});

export const removeException = fn(staff, z.object({ ...officerField, exceptionId: id }), async (input) => {
  const { officer } = await manageableOfficer(input.officerId);
  const countyId = useCounty();
  const { data } = await db.entities.deskException
    .get({ countyId, officerId: officer.officerId, exceptionId: input.exceptionId })
    .go();
  if (!data) throw new NotFoundError("appointment.exception_not_found", "No such exception");
  await db.entities.deskException
    .delete({ countyId, officerId: officer.officerId, exceptionId: input.exceptionId })
    .go();
});
