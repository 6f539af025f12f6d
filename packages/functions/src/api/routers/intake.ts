import { Intake } from "@cunjing/core/intake/index";
import { mutation, query, router } from "../trpc";

/** QR intake forms for officers and admins; residents register on the public page, not here. */
export const intakeRouter = router({
  forms: query(Intake.list),
  form: query(Intake.get),
  createForm: mutation(Intake.create),
  setStatus: mutation(Intake.setStatus),
  submissions: query(Intake.submissions),
  reveal: mutation(Intake.revealRecord),
  export: mutation(Intake.exportCsv),
  figures: query(Intake.dashboard),
});
