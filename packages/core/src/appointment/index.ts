import * as agendaVerbs from "./agenda";
import * as bookVerbs from "./book";
import { appointmentFigures } from "./figures";
import * as hoursVerbs from "./hours";
import { sendReminders as sendRemindersJob } from "./remind";
import * as residentVerbs from "./resident";
import { defaultSlotMinutes, horizonDays } from "./slots";
import type { Appointment as Item } from "./types";

export { exceptionKinds } from "./hours.entity";
export { modes, purposes, statuses, windows } from "./appointment.entity";

/**
 * Appointments and desk hours (坐班、预约服务): officers keep weekly desk hours per village with
 * exceptions; residents book a free slot or a home visit after a phone check; officers confirm,
 * propose another time, decline, mark done or no-show; residents follow and cancel by reference code.
 */
export namespace Appointment {
  export type Info = Item;
  export type StaffView = agendaVerbs.StaffView;
  export type ResidentView = residentVerbs.ResidentView;
  export const slotMinutes = defaultSlotMinutes;
  export const bookableDays = horizonDays;
  export const maxOpenPerPhone = bookVerbs.openPerPhone;
  export const homeWindows = bookVerbs.windowHours;
  export const referenceSchema = bookVerbs.referenceSchema;

  // Residents (public pages)
  export const freeSlots = bookVerbs.freeSlots;
  export const requestOtp = bookVerbs.requestOtp;
  export const book = bookVerbs.book;
  export const status = residentVerbs.status;
  export const cancel = residentVerbs.cancel;
  export const accept = residentVerbs.accept;
  // Officers and supervisors
  export const availability = hoursVerbs.availability;
  export const setDeskHours = hoursVerbs.setDeskHours;
  export const addException = hoursVerbs.addException;
  export const removeException = hoursVerbs.removeException;
  export const agenda = agendaVerbs.agenda;
  export const openSlots = agendaVerbs.openSlots;
  export const confirm = agendaVerbs.confirm;
  export const propose = agendaVerbs.propose;
  export const decline = agendaVerbs.decline;
  export const complete = agendaVerbs.complete;
  export const noShow = agendaVerbs.noShow;
  export const revealAddress = agendaVerbs.revealAddress;
  // Housekeeping and figures
  export const sendReminders = sendRemindersJob;
  export const figures = appointmentFigures;
}
