import { Entity } from "electrodb";
import { entityConfig, service, timestamps } from "../db/entity";

export const purposes = ["certificate", "dispute", "hazard", "household", "other"] as const;
export const modes = ["desk", "home"] as const;
export const windows = ["morning", "afternoon", "evening"] as const;
export const statuses = ["requested", "confirmed", "proposed", "declined", "done", "no_show", "cancelled"] as const;
export type Status = (typeof statuses)[number];
/** States that still hold a slot and count toward the phone's open bookings. */
export const openStatuses: readonly Status[] = ["requested", "confirmed", "proposed"];

/**
 * A resident's booking with an officer: at a desk-hours slot in a village, or a home visit in a
 * preferred window. Its id is the reference code the resident keeps. The phone is kept as a keyed
 * hash (limits) and sealed under the county's data key (for the SMS that follow), like the address of
 * a home visit; the item expires half a year after the appointment.
 */
export const AppointmentEntity = new Entity(
  {
    model: { entity: "appointment", version: "1", service },
    attributes: {
      countyId: { type: "string", required: true, readOnly: true },
      appointmentId: { type: "string", required: true, readOnly: true },
      officerId: { type: "string", required: true, readOnly: true },
      precinctId: { type: "string", required: true, readOnly: true },
      villageId: { type: "string", required: true },
      purpose: { type: purposes, required: true, readOnly: true },
      mode: { type: modes, required: true, readOnly: true },
      /** Epoch ms; for a home visit, the start of the preferred window. */
      startsAt: { type: "number", required: true },
      endsAt: { type: "number", required: true },
      /** `YYYY-MM-DD` of `startsAt` in Asia/Shanghai. */
      day: { type: "string", required: true },
      window: { type: windows },
      status: { type: statuses, required: true },
      note: { type: "string" },
      reason: { type: "string" },
      phoneHash: { type: "string", required: true, readOnly: true },
      phoneSealed: { type: "string", required: true, readOnly: true },
      phoneMasked: { type: "string", required: true, readOnly: true },
      addressSealed: { type: "string", readOnly: true },
      requestedAt: { type: "number", required: true, readOnly: true },
      requestDay: { type: "string", required: true, readOnly: true },
      decidedAt: { type: "number" },
      closedAt: { type: "number" },
      remindedAt: { type: "number" },
      workLogId: { type: "string" },
      ratingCodeIssued: { type: "boolean" },
      expiresAt: { type: "number", required: true },
      ...timestamps,
    },
    indexes: {
      byId: {
        pk: { field: "pk", composite: ["countyId", "appointmentId"] },
        sk: { field: "sk", composite: [] },
      },
      byOfficer: {
        index: "gsi1",
        pk: { field: "gsi1pk", composite: ["countyId", "officerId"] },
        sk: { field: "gsi1sk", composite: ["startsAt", "appointmentId"] },
      },
      /** The day's appointments of a county (reminders the day before). */
      byDay: {
        index: "gsi2",
        pk: { field: "gsi2pk", composite: ["countyId", "day"] },
        sk: { field: "gsi2sk", composite: ["startsAt", "appointmentId"] },
      },
    },
  },
  entityConfig,
);

/**
 * One taken slot of an officer: created with a condition, so of any number of residents racing
 * for it exactly one booking commits. Deleted when the booking is declined or cancelled.
 */
export const SlotClaimEntity = new Entity(
  {
    model: { entity: "slotclaim", version: "1", service },
    attributes: {
      countyId: { type: "string", required: true, readOnly: true },
      officerId: { type: "string", required: true, readOnly: true },
      startsAt: { type: "number", required: true, readOnly: true },
      appointmentId: { type: "string", required: true, readOnly: true },
      expiresAt: { type: "number", required: true, readOnly: true },
    },
    indexes: {
      byOfficer: {
        pk: { field: "pk", composite: ["countyId", "officerId"] },
        sk: { field: "sk", composite: ["startsAt"] },
      },
    },
  },
  entityConfig,
);

/** Open bookings of one phone (hash) in a county: at most two at a time, kept by `ADD`. */
export const BookingPhoneEntity = new Entity(
  {
    model: { entity: "bookingphone", version: "1", service },
    attributes: {
      countyId: { type: "string", required: true, readOnly: true },
      phoneHash: { type: "string", required: true, readOnly: true },
      open: { type: "number", required: true, default: 0 },
      expiresAt: { type: "number" },
    },
    indexes: {
      byPhone: {
        pk: { field: "pk", composite: ["countyId", "phoneHash"] },
        sk: { field: "sk", composite: [] },
      },
    },
  },
  entityConfig,
);
