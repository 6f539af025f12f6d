import type { ConsoleLang } from "../../i18n/console";
import { consoleMessages } from "../../i18n/console";

const locales: Record<ConsoleLang, string> = { zh: "zh-CN", en: "en-GB" };

export function localName(lang: ConsoleLang, item: { nameZh: string; nameEn?: string }): string {
  return lang === "en" && item.nameEn ? item.nameEn : item.nameZh;
}

/** Whole days from one `YYYY-MM-DD` to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A calendar day as people say it: "5月3日 周日", "Sun 3 May". */
export function formatDay(lang: ConsoleLang, day: string): string {
  return new Intl.DateTimeFormat(locales[lang], {
    month: lang === "zh" ? "long" : "short",
    day: "numeric",
    weekday: "short",
    timeZone: "UTC",
  }).format(Date.parse(`${day}T00:00:00Z`));
}

/** An instant in Asia/Shanghai: "5月3日 14:05". */
export function formatInstant(lang: ConsoleLang, instant: number | string): string {
  return new Intl.DateTimeFormat(locales[lang], {
    month: lang === "zh" ? "long" : "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: "Asia/Shanghai",
  }).format(typeof instant === "string" ? Date.parse(instant) : instant);
}

export type DueTone = "overdue" | "today" | "soon" | "later";

/** "逾期 2 天", "今天到期", "明天到期" or the day, and how urgent it looks. */
export function dueLabel(lang: ConsoleLang, dueDate: string, today: string): { text: string; tone: DueTone } {
  const m = consoleMessages(lang).task;
  const days = daysBetween(today, dueDate);
  if (days < 0) return { text: m.overdueBy(-days), tone: "overdue" };
  if (days === 0) return { text: m.dueTodayLabel, tone: "today" };
  if (days === 1) return { text: m.dueTomorrow, tone: "soon" };
  return { text: m.dueOn(formatDay(lang, dueDate)), tone: days <= 3 ? "soon" : "later" };
}

/** Officers' names as a list: "徐洁珊、何建国", "Xu Jieshan, He Jianguo". */
export function names(lang: ConsoleLang, people: Array<{ nameZh: string; nameEn: string }>): string {
  return people.map((person) => localName(lang, person)).join(lang === "zh" ? "、" : ", ");
}

/** The name of whoever acted, "系统" for the system. */
export function personName(lang: ConsoleLang, id: string, name: string): string {
  return id === "system" ? consoleMessages(lang).task.system : name;
}
