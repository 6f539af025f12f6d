import type { RowError } from "@cunjing/core/import/plan";
import { formProblem, type ConsoleLang, type FormProblem } from "..";
import { onboardingEn } from "./en";
import { onboardingZh } from "./zh";

export function onboardingMessages(lang: ConsoleLang) {
  return lang === "en" ? onboardingEn : onboardingZh;
}

/** A validation message from core in the console's language. */
export function fieldText(lang: ConsoleLang, text: string): string {
  const o = onboardingMessages(lang);
  const atMost = /^Use at most (\d+) characters$/.exec(text);
  if (atMost) return o.atMost(atMost[1]!);
  return o.fieldMessages[text] ?? text;
}

/** `formProblem` with the onboarding codes and validation messages translated. */
export function onboardingProblem(lang: ConsoleLang, error: unknown): FormProblem {
  const problem = formProblem(lang, error);
  const o = onboardingMessages(lang);
  const code = (error as { code?: string }).code;
  const fields = Object.fromEntries(
    Object.entries((error as { fieldErrors?: Record<string, string[]> }).fieldErrors ?? {}).map(([field, texts]) => [
      field,
      texts.map((text) => fieldText(lang, text)).join(lang === "zh" ? "；" : "; "),
    ]),
  );
  return { ...problem, message: (code && o.errors[code]) || problem.message, fields: { ...problem.fields, ...fields } };
}

/** A problem of an import file, in the console's language. */
export function rowErrorText(lang: ConsoleLang, error: RowError): string {
  const o = onboardingMessages(lang);
  if (error.code === "import.duplicate_row") {
    const row = /(\d+)/.exec(error.message)?.[1];
    if (row) return o.duplicateRow(Number(row));
  }
  if (error.code === "import.invalid_value") return fieldText(lang, error.message);
  return o.rowErrors[error.code] ?? error.message;
}
