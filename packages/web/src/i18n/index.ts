import { en } from "./en";
import { zh } from "./zh";

export const languages = ["zh", "en"] as const;
export type Lang = (typeof languages)[number];
export type Messages = typeof zh;

const dictionaries: Record<Lang, Messages> = { zh, en };

export function messages(lang: Lang): Messages {
  return dictionaries[lang];
}

export function langOf(url: URL): Lang {
  return url.pathname === "/en" || url.pathname.startsWith("/en/") ? "en" : "zh";
}

/** A site path in the given language: Chinese at the root, English under /en. */
export function localePath(lang: Lang, path: string): string {
  const clean = path.startsWith("/") ? path : `/${path}`;
  if (lang === "zh") return clean;
  return clean === "/" ? "/en" : `/en${clean}`;
}

/** The same page in the other language. */
export function switchPath(url: URL): string {
  const lang = langOf(url);
  if (lang === "en") return url.pathname.replace(/^\/en(?=\/|$)/, "") || "/";
  return localePath("en", url.pathname);
}

/** Picks the name in the page's language, falling back to Chinese. */
export function nameIn(lang: Lang, item: { nameZh: string; nameEn?: string }): string {
  return lang === "en" && item.nameEn ? item.nameEn : item.nameZh;
}

/** Picks a text field's English variant on English pages when there is one; says which language it is in. */
export function textIn<T extends string>(
  lang: Lang,
  item: Partial<Record<T | `${T}En`, string | undefined>>,
  field: T,
): { text: string; lang: Lang } {
  const english = item[`${field}En` as `${T}En`];
  if (lang === "en" && english) return { text: english, lang: "en" };
  return { text: item[field] ?? "", lang: "zh" };
}

/** The `lang` attribute value of a language. */
export function htmlLang(lang: Lang): string {
  return messages(lang).htmlLang;
}
