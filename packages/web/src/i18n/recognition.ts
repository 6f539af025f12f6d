import type { Lang } from ".";

const zh = {
  nav: "优秀村居",
  title: (county: string) => `${county}优秀村（居）`,
  description: (county: string) => `${county}按工作实绩和群众评价评定的优秀村（居）名单。`,
  period: (period: string) => `${period.slice(0, 4)} 年${period.endsWith("h1") ? "上" : "下"}半年`,
  progress: (excellent: number, villages: number, share: string, target: number) =>
    `已评定优秀 ${excellent} 个，占 ${villages} 个村（居）的 ${share}%，目标 ${target}%。`,
  none: "尚未公布评定结果。",
  empty: "本期暂无评定为优秀的村（居）。",
  method: "评定依据：有工作记录的周数、经核实接触的群众评价平均分、隐患整改是否超期；由县局确认。",
  brandFigures: (from: string, to: string) => `品牌实绩（${from} 至 ${to}）`,
  disputes: "化解矛盾纠纷",
  entries: "工作记录",
  satisfaction: "群众满意度",
  score: (score: string, count: number) => `${score} 分（满分 5 分，${count} 条评价）`,
  noScore: "评价不足 5 条",
  brandStories: "相关报道",
};

const en: typeof zh = {
  nav: "Excellent villages",
  title: (county) => `Excellent villages of ${county}`,
  description: (county) =>
    `The villages and communities of ${county} rated excellent on their officers' record and residents' ratings.`,
  period: (period) => `${period.endsWith("h1") ? "January–June" : "July–December"} ${period.slice(0, 4)}`,
  progress: (excellent, villages, share, target) =>
    `${excellent} of ${villages} villages rated excellent (${share}%), against a target of ${target}%.`,
  none: "No results have been published yet.",
  empty: "No village was rated excellent in this half-year.",
  method:
    "Rated on weeks with recorded work, the average score from verified contacts and hazards left open too long; confirmed by the county.",
  brandFigures: (from, to) => `The brand's record (${from} to ${to})`,
  disputes: "Disputes mediated",
  entries: "Work entries",
  satisfaction: "Residents' satisfaction",
  score: (score, count) => `${score} of 5 (${count} ratings)`,
  noScore: "fewer than 5 ratings",
  brandStories: "Stories about its officers",
};

export function publicRecognitionMessages(lang: Lang) {
  return lang === "en" ? en : zh;
}
