import { VisibleError } from "@cunjing/core/util/errors";
import { consoleMessages, formProblem, type ConsoleLang, type FormProblem } from "../../i18n/console";

/** `formProblem`, with the task pages' own messages for task errors and fields. */
export function taskProblem(lang: ConsoleLang, error: unknown): FormProblem {
  const problem = formProblem(lang, error);
  if (!(error instanceof VisibleError)) return problem;
  const m = consoleMessages(lang);
  const fields = Object.fromEntries(
    Object.entries(error.fieldErrors ?? {}).map(([field, messages]) => [
      field,
      messages
        .map((text) => m.task.fieldMessages[text] ?? m.fieldMessages[text] ?? text)
        .join(lang === "zh" ? "；" : "; "),
    ]),
  );
  return { ...problem, message: m.task.errors[error.code] ?? problem.message, fields };
}
