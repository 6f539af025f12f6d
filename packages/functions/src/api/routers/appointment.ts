import { Appointment } from "@cunjing/core/appointment/index";
import { procedure, router } from "../trpc";

/** Officers' agendas and desk hours (residents book on the public pages, without the API). */
export const appointmentRouter = router({
  availability: procedure.input(Appointment.availability.schema).query(({ input }) => Appointment.availability(input)),
  setDeskHours: procedure
    .input(Appointment.setDeskHours.schema)
    .mutation(({ input }) => Appointment.setDeskHours(input)),
  addException: procedure
    .input(Appointment.addException.schema)
    .mutation(({ input }) => Appointment.addException(input)),
  removeException: procedure
    .input(Appointment.removeException.schema)
    .mutation(({ input }) => Appointment.removeException(input)),
  agenda: procedure.input(Appointment.agenda.schema).query(({ input }) => Appointment.agenda(input)),
  openSlots: procedure.input(Appointment.openSlots.schema).query(({ input }) => Appointment.openSlots(input)),
  confirm: procedure.input(Appointment.confirm.schema).mutation(({ input }) => Appointment.confirm(input)),
  propose: procedure.input(Appointment.propose.schema).mutation(({ input }) => Appointment.propose(input)),
  decline: procedure.input(Appointment.decline.schema).mutation(({ input }) => Appointment.decline(input)),
  complete: procedure.input(Appointment.complete.schema).mutation(({ input }) => Appointment.complete(input)),
  noShow: procedure.input(Appointment.noShow.schema).mutation(({ input }) => Appointment.noShow(input)),
  revealAddress: procedure
    .input(Appointment.revealAddress.schema)
    .mutation(({ input }) => Appointment.revealAddress(input)),
});
