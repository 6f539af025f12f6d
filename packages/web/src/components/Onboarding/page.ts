import type { AstroGlobal } from "astro";
import type { Access } from "@cunjing/core/access";
import { allows } from "@cunjing/core/util/fn";
import { consoleLang, consoleMessages } from "../../i18n/console";
import { onboardingMessages } from "../../i18n/console/onboarding";

/**
 * The language, messages and door of an onboarding page: the page is for whoever may call its verb
 * (the verb enforces it again); anyone else gets a 403 page instead of a failing form.
 */
export function onboardingPage(astro: AstroGlobal, verb: { who: Access }) {
  const lang = consoleLang(astro.cookies, astro.url);
  const allowed = allows(verb, astro.locals.actor);
  if (!allowed) astro.response.status = 403;
  return { lang, m: consoleMessages(lang), o: onboardingMessages(lang), allowed };
}

/** Post/redirect/get: after a successful form, go back to a page with a notice key. */
export function done(astro: AstroGlobal, path: string, notice: string) {
  const url = new URL(path, astro.url);
  url.searchParams.set("done", notice);
  return astro.redirect(url.pathname + url.search + url.hash, 303);
}

export function nameOf(lang: "zh" | "en", item: { nameZh: string; nameEn?: string }) {
  return lang === "en" && item.nameEn ? item.nameEn : item.nameZh;
}

export function formatTime(lang: "zh" | "en", value: string | number) {
  return new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "zh-CN", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Asia/Shanghai",
  }).format(new Date(value));
}

/** A form field as text; absent fields are "". */
export function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/** A form field, or undefined when empty (an optional field left blank). */
export function optional(form: FormData, name: string): string | undefined {
  return text(form, name).trim() || undefined;
}

/** Page number from `?page=`, and the slice of items it shows. */
export function paginate<T>(url: URL, items: T[], size = 100) {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const page = Math.min(pages, Math.max(1, Number(url.searchParams.get("page")) || 1));
  return { page, pages, items: items.slice((page - 1) * size, page * size) };
}

/** An aside in parentheses: full-width in Chinese, "name (aside)" in English. */
export function paren(lang: "zh" | "en", text: string | number) {
  return lang === "zh" ? `（${text}）` : ` (${text})`;
}
