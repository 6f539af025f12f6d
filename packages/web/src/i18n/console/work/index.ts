import type { ConsoleLang } from "..";
import { workEn } from "./en";
import { workZh } from "./zh";

export function workMessages(lang: ConsoleLang) {
  return lang === "en" ? workEn : workZh;
}
