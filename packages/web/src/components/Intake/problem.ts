import { VisibleError } from "@cunjing/core/util/errors";
import { formProblem, type ConsoleLang, type FormProblem } from "../../i18n/console";
import { intakeConsoleMessages } from "../../i18n/console/intake";

/** The console's form problem, with intake's own messages in the console's language. */
export function intakeProblem(lang: ConsoleLang, error: unknown): FormProblem {
  const problem = formProblem(lang, error);
  const t = intakeConsoleMessages(lang);
  const own = error instanceof VisibleError ? t.errors[error.code] : undefined;
  const fields = Object.fromEntries(
    Object.entries(problem.fields).map(([name, text]) => [name, t.fieldMessages[text] ?? text]),
  );
  return { ...problem, fields, ...(own ? { message: own } : {}) };
}
