import { Intake } from "@cunjing/core/intake/index";
import { procedure, router } from "../trpc";

/** QR intake forms for officers and admins; residents register on the public page, not here. */
export const intakeRouter = router({
  forms: procedure.query(() => Intake.list()),
  form: procedure.input(Intake.get.schema).query(({ input }) => Intake.get(input)),
  createForm: procedure.input(Intake.create.schema).mutation(({ input }) => Intake.create(input)),
  setStatus: procedure.input(Intake.setStatus.schema).mutation(({ input }) => Intake.setStatus(input)),
  submissions: procedure.input(Intake.submissions.schema).query(({ input }) => Intake.submissions(input)),
  reveal: procedure.input(Intake.revealRecord.schema).mutation(({ input }) => Intake.revealRecord(input)),
  export: procedure.input(Intake.exportCsv.schema).mutation(({ input }) => Intake.exportCsv(input)),
  figures: procedure.input(Intake.dashboard.schema).query(({ input }) => Intake.dashboard(input)),
});
