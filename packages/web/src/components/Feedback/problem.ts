import { VisibleError } from "@cunjing/core/util/errors";
import { formProblem, type ConsoleLang, type FormProblem } from "../../i18n/console";
import { feedbackConsoleMessages } from "../../i18n/console/feedback";

/** The console's form problem, with feedback's own messages in the console's language. */
export function feedbackProblem(lang: ConsoleLang, error: unknown): FormProblem {
  const problem = formProblem(lang, error);
  const own = error instanceof VisibleError ? feedbackConsoleMessages(lang).errors[error.code] : undefined;
  return own ? { ...problem, message: own } : problem;
}
