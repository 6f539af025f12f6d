import * as z from "zod";
import { useCounty } from "../actor";
import { latestInstant, plannableDay } from "./slots";
import { Audit } from "../audit/index";
import { Counter } from "../counter/index";
import { db } from "../db/service";
import { RatingCode } from "../rating/code";
import { openField } from "./sealed";
import { ConflictError, ForbiddenError, InputError, NotFoundError } from "../util/errors";
import { fn } from "../util/fn";
import { id } from "../util/schemas";
import { WorkLog } from "../worklog/index";
import { help as helpDetails } from "../worklog/kinds";
import { attending, manageableOfficer, staff } from "./access";
import { openSlotsOf } from "./book";
import { notify } from "./notify";
import { transition } from "./transition";
import type { Appointment } from "./types";
import { addDays, instantOf, weekStartOf } from "./zone";

/** What staff see of a booking: no phone beyond its mask, no address unless revealed. */
export function staffView(item: Appointment) {
  const { phoneHash: _h, phoneSealed: _p, addressSealed, ...rest } = item;
  return { ...rest, hasAddress: Boolean(addressSealed) };
}
export type StaffView = ReturnType<typeof staffView>;

export const agendaSchema = z.object({
  officerId: id.optional(),
  day: plannableDay.optional(),
  view: z.enum(["day", "week"]).default("day"),
});

/**
 * An officer's agenda for a day or a week (Monday to Sunday), and the bookings waiting for an
 * answer in the next two weeks: two Queries on the officer's index.
 */
export const agenda = fn(staff, agendaSchema, async (input) => {
  const { officer } = await manageableOfficer(input.officerId);
  const countyId = useCounty();
  const today = Counter.dayOf(Date.now());
  const day = input.day ?? today;
  const from = input.view === "week" ? weekStartOf(day) : day;
  const to = addDays(from, input.view === "week" ? 7 : 1);
  const query = (start: number, end: number) =>
    db.entities.appointment.query
      .byOfficer({ countyId, officerId: officer.officerId })
      .between({ startsAt: start }, { startsAt: end })
      .go({ pages: "all" });
  const [inRange, ahead] = await Promise.all([
    query(instantOf(from, "00:00"), instantOf(to, "00:00") - 1),
    query(instantOf(today, "00:00"), instantOf(addDays(today, 15), "00:00")),
  ]);
  return {
    officer,
    view: input.view,
    day,
    from,
    to: addDays(to, -1),
    items: inRange.data.map(staffView),
    waiting: ahead.data.filter((a) => a.status === "requested").map(staffView),
  };
});

/** A booking of an officer the user manages (another county's or officer's is "not found"). */
async function manageable(appointmentId: string, ownOnly = false) {
  const countyId = useCounty();
  const { data } = await db.entities.appointment.get({ countyId, appointmentId }).go({ consistent: true });
  if (!data) throw new NotFoundError("appointment.not_found", "No such booking");
  try {
    const { scope } = await manageableOfficer(data.officerId);
    if (ownOnly && scope !== "own") {
      throw new ForbiddenError("appointment.officer_only", "Only the officer marks the visit");
    }
  } catch (error) {
    if (
      error instanceof ForbiddenError &&
      error.code !== "appointment.staff_only" &&
      error.code !== "appointment.officer_only"
    ) {
      throw new NotFoundError("appointment.not_found", "No such booking");
    }
    throw error;
  }
  return data;
}

const appointmentId = z
  .string()
  .trim()
  .max(40)
  .transform((value) => value.toUpperCase())
  .pipe(z.string().regex(/^[2-9A-Z]{10}$/, "Not a valid reference code"));

export const confirm = fn(staff, z.object({ appointmentId }), async (input) => {
  const current = await manageable(input.appointmentId);
  const next = await transition(current, "confirm");
  await notify(next, "confirmed");
  return staffView(next);
});

/** Another time: a free desk slot of the officer's hours, or (home visits) another day and window start. */
export const propose = fn(
  staff,
  z.object({ appointmentId, startsAt: z.coerce.number().int().positive().max(latestInstant, "Not a valid time") }),
  async (input) => {
    const current = await manageable(input.appointmentId);
    const countyId = useCounty();
    const free = await openSlotsOf(countyId, current.officerId);
    const slot = free.find((candidate) => candidate.startsAt === input.startsAt);
    if (!slot) {
      throw new InputError("appointment.slot_unavailable", "Choose one of the free times", {
        startsAt: ["Choose one of the free times"],
      });
    }
    const next = await transition(current, "propose", {
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      day: slot.day,
      ...(current.mode === "desk" ? { villageId: slot.villageId } : {}),
    });
    await notify(next, "proposed");
    return staffView(next);
  },
);

export const decline = fn(
  staff,
  z.object({ appointmentId, reason: z.string().trim().min(1, "Give a reason").max(200, "Use at most 200 characters") }),
  async (input) => {
    const current = await manageable(input.appointmentId);
    const next = await transition(current, "decline", { reason: input.reason });
    await notify(next, "declined");
    return staffView(next);
  },
);

export const noShow = fn(attending, z.object({ appointmentId }), async (input) => {
  const current = await manageable(input.appointmentId, true);
  if (current.startsAt > Date.now()) {
    throw new ConflictError("appointment.not_yet", "The appointment has not started yet");
  }
  return staffView(await transition(current, "no_show"));
});

export const completeSchema = z.discriminatedUnion("log", [
  z.object({ appointmentId, log: z.literal("none"), issueCode: z.coerce.boolean().default(false) }),
  z.object({
    appointmentId,
    log: z.literal("visit"),
    household: z.string().trim().min(1, "Required").max(60, "Use at most 60 characters"),
    gridId: id,
    issueCode: z.coerce.boolean().default(false),
  }),
  z.object({
    appointmentId,
    log: z.literal("help"),
    helpKind: helpDetails.shape.helpKind,
    summary: z.string().trim().min(1, "Required").max(500, "Use at most 500 characters"),
    issueCode: z.coerce.boolean().default(false),
  }),
]);

/**
 * Marks a confirmed booking done, in one step for the officer: optionally records the visit or
 * help in the work log (its key is the booking's, so a retry records it once) and issues the
 * resident a verified-contact rating code, sent by SMS to the booking's phone.
 */
export const complete = fn(attending, completeSchema, async (input) => {
  const current = await manageable(input.appointmentId, true);
  if (current.status !== "confirmed") {
    throw new ConflictError("appointment.not_now", "Only a confirmed booking can be marked done");
  }
  let workLogId: string | undefined;
  if (input.log !== "none") {
    const details =
      input.log === "visit"
        ? { category: "visit" as const, household: input.household, purpose: "follow_up" as const }
        : { category: "help" as const, helpKind: input.helpKind, residents: 1, summary: input.summary };
    const recorded = await WorkLog.record({
      idempotencyKey: `appointment-${current.appointmentId}`,
      villageId: current.villageId,
      gridId: input.log === "visit" ? input.gridId : undefined,
      occurredAt: Math.min(Date.now(), Math.max(current.startsAt, current.requestedAt)),
      details,
      notes: `预约 ${current.appointmentId}`,
    });
    workLogId = recorded.entryId;
  }
  const next = await transition(current, "done", workLogId ? { workLogId } : {});
  let code: Awaited<ReturnType<typeof RatingCode.issue>> | undefined;
  if (input.issueCode && workLogId) {
    code = await RatingCode.issue({ workLogId, phone: await openField(current, "phone", current.phoneSealed) });
    await db.entities.appointment
      .patch({ countyId: current.countyId, appointmentId: current.appointmentId })
      .set({ ratingCodeIssued: true })
      .go();
  }
  return { appointment: staffView(next), workLogId, code };
});

/** Free desk slots of a managed officer (to propose another time). */
export const openSlots = fn(staff, z.object({ officerId: id.optional() }), async (input) => {
  const { officer } = await manageableOfficer(input.officerId);
  return openSlotsOf(useCounty(), officer.officerId);
});

/** The address of a home visit, for the officer going there; each reading is audited. */
export const revealAddress = fn(staff, z.object({ appointmentId }), async (input) => {
  const current = await manageable(input.appointmentId);
  if (!current.addressSealed) throw new NotFoundError("appointment.no_address", "This booking has no address");
  await Audit.record({
    countyId: current.countyId,
    action: "appointment.address_read",
    subject: current.appointmentId,
  });
  return { address: await openField(current, "address", current.addressSealed) };
});
