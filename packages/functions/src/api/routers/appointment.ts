import { Appointment } from "@cunjing/core/appointment/index";
import { mutation, query, router } from "../trpc";

/** Officers' agendas and desk hours (residents book on the public pages, without the API). */
export const appointmentRouter = router({
  availability: query(Appointment.availability),
  setDeskHours: mutation(Appointment.setDeskHours),
  addException: mutation(Appointment.addException),
  removeException: mutation(Appointment.removeException),
  agenda: query(Appointment.agenda),
  openSlots: query(Appointment.openSlots),
  confirm: mutation(Appointment.confirm),
  propose: mutation(Appointment.propose),
  decline: mutation(Appointment.decline),
  complete: mutation(Appointment.complete),
  noShow: mutation(Appointment.noShow),
  revealAddress: mutation(Appointment.revealAddress),
});
