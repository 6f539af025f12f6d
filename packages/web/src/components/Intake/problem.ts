import { VisibleError } from "@cunjing/core/util/errors";
import { formProblem, type ConsoleLang, type FormProblem } from "../../i18n/console";
import { intakeConsoleMessages } from "../../i18n/console/intake";

/** The console's form problem, with intake's own messages in the console's language. */
export function intakeProblem(lang: ConsoleLang, error: unknown): FormProblem {
  const problem = formProblem(lang, error);
  const own = error instanceof VisibleError ? intakeConsoleMessages(lang).errors[error.code] : undefined;
  return own ? { ...problem, message: own } : problem;
}
