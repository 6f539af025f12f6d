import type { AstroCookies } from "astro";
import { VisibleError } from "@cunjing/core/util/errors";
import { ThrottledError } from "@cunjing/core/ratelimit/index";
import { consoleEn } from "./en";
import { consoleZh } from "./zh";

export type ConsoleLang = "zh" | "en";
export const consoleLangCookie = "cunjing_lang";

export function consoleLang(cookies: AstroCookies, url: URL): ConsoleLang {
  const asked = url.searchParams.get("lang");
  if (asked === "en" || asked === "zh") return asked;
  return cookies.get(consoleLangCookie)?.value === "en" ? "en" : "zh";
}

export function consoleMessages(lang: ConsoleLang) {
  return lang === "en" ? consoleEn : consoleZh;
}

export type FormProblem = { message: string; fields: Record<string, string>; status: number };

/** Turns an error from core into a message and field errors in the console's language. */
export function formProblem(lang: ConsoleLang, error: unknown): FormProblem {
  const m = consoleMessages(lang);
  if (!(error instanceof VisibleError)) {
    console.error(error);
    return { message: m.errors.internal!, fields: {}, status: 500 };
  }
  let message = m.errors[error.code] ?? error.message;
  if (error instanceof ThrottledError) message = `${message} ${m.retryAfter(error.retryAfterSeconds)}`;
  const fields = Object.fromEntries(
    Object.entries(error.fieldErrors ?? {}).map(([field, messages]) => [
      field,
      messages.map((text) => m.fieldMessages[text] ?? text).join("；"),
    ]),
  );
  const status = {
    input: 400,
    not_found: 404,
    conflict: 409,
    forbidden: 403,
    unauthorized: 401,
    unavailable: 503,
    rate_limited: 429,
  }[error.kind];
  return { message, fields, status };
}
