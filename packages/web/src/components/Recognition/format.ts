import type { ConsoleLang } from "../../i18n/console";

/** A date and time in Asia/Shanghai, as people read it: "2026年11月29日 14:05", "29 Nov 2026, 14:05". */
export function formatDate(lang: ConsoleLang, instant: number): string {
  return new Intl.DateTimeFormat(lang === "zh" ? "zh-CN" : "en-GB", {
    timeZone: "Asia/Shanghai",
    dateStyle: "medium",
    timeStyle: "short",
  }).format(instant);
}
