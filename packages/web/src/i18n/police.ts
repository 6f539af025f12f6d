import type { Lang } from "./index";

// Ranks of the People's Police (人民警察警衔) and the 2022 sergeant grades (警长), with their usual
// English renderings. An unknown rank is shown as entered.
const grades: Record<string, string> = { 一: "1st", 二: "2nd", 三: "3rd", 四: "4th" };
const ranks: Array<[RegExp, string]> = [
  [/^总警监$/, "Commissioner General"],
  [/^副总警监$/, "Deputy Commissioner General"],
  [/^([一二三])级警监$/, "Commissioner, $1 class"],
  [/^([一二三])级警督$/, "Superintendent, $1 class"],
  [/^([一二三])级警司$/, "Inspector, $1 class"],
  [/^([一二三四])级高级警长$/, "Senior Sergeant, $1 class"],
  [/^([一二三])级警长$/, "Sergeant, $1 class"],
  [/^([一二])级警员$/, "Constable, $1 class"],
];

export function rankIn(lang: Lang, rank: string): string {
  if (lang === "zh") return rank;
  for (const [pattern, english] of ranks) {
    const match = pattern.exec(rank.trim());
    if (match) return english.replace("$1", grades[match[1] ?? ""] ?? "");
  }
  return rank;
}

const days: Record<string, string> = {
  一: "Mon",
  二: "Tue",
  三: "Wed",
  四: "Thu",
  五: "Fri",
  六: "Sat",
  日: "Sun",
  天: "Sun",
};

/**
 * Desk hours as officers write them (`周一至周五 9:00–12:00`, `周二、周四 14:30–17:30`) in English
 * (`Mon–Fri 9:00–12:00`, `Tue, Thu 14:30–17:30`). Text it cannot read is kept as written, so the
 * caller marks it `lang="zh-CN"` when `translated` is false.
 */
export function deskHoursIn(lang: Lang, text: string): { text: string; translated: boolean } {
  if (lang === "zh") return { text, translated: true };
  const english = text
    .replace(/(?:周|星期)([一二三四五六日天])/g, (_, day: string) => days[day]!)
    .replace(/\s*(至|到)\s*/g, "–")
    .replace(/\s*[、，,]\s*/g, ", ")
    .replace(/；|;/g, "; ")
    .replace(/上午\s*/g, "am ")
    .replace(/下午\s*/g, "pm ")
    .replace(/节假日休息/g, "closed on public holidays")
    .replace(/全天/g, "all day");
  return /[\u3400-\u9fff]/.test(english) ? { text, translated: false } : { text: english, translated: true };
}
