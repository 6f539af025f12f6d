import { VisibleError } from "@cunjing/core/util/errors";
import { formProblem, type ConsoleLang, type FormProblem } from "../../i18n/console";
import { appointmentConsoleMessages } from "../../i18n/console/appointment";

/** A console problem, with the appointment area's own messages first. */
export function agendaProblem(lang: ConsoleLang, error: unknown): FormProblem {
  const problem = formProblem(lang, error);
  const own = error instanceof VisibleError ? appointmentConsoleMessages(lang).errors[error.code] : undefined;
  return own ? { ...problem, message: own } : problem;
}

/** `HH:mm` in Asia/Shanghai. */
export function clock(ms: number): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Shanghai", hour: "2-digit", minute: "2-digit" }).format(ms);
}
