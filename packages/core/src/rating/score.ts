import type { EntityItem } from "electrodb";
import type { RatingCountyEntity, RatingSummaryEntity } from "./summary.entity";

/** Below this many ratings a score says more about luck than about the officer: nothing is shown. */
export const minimumRatings = 5;
/** A rating from a verified contact counts this many times in the weighted average. */
export const verifiedWeight = 2;
/** The prior counts as this many (weight units of) ratings at the county's average. */
export const priorWeight = 10;
/** Before a county has ratings of its own, its prior is this average. */
export const defaultPriorMean = 4;

type Sums = Pick<
  EntityItem<typeof RatingSummaryEntity>,
  | "count"
  | "weight"
  | "weightedOverall"
  | "verified"
  | "overall"
  | "responsiveness"
  | "courtesy"
  | "solvedYes"
  | "solvedPartly"
  | "solvedNo"
>;
type CountySums = Pick<EntityItem<typeof RatingCountyEntity>, "weight" | "weightedOverall">;

/** What the officer page shows: the Bayesian score and the per-dimension averages, or nothing. */
export type PublicScore = {
  count: number;
  score: number;
  responsiveness: number;
  courtesy: number;
  solvedShare: number;
  verifiedShare: number;
};

export function priorMean(county: CountySums | undefined): number {
  return county && county.weight > 0 ? county.weightedOverall / county.weight : defaultPriorMean;
}

/** (prior weight × county mean + Σ weight × overall) / (prior weight + Σ weight). */
export function publicScore(summary: Sums | undefined, county: CountySums | undefined): PublicScore | undefined {
  if (!summary || summary.count < minimumRatings) return undefined;
  const prior = priorMean(county);
  return {
    count: summary.count,
    score: (priorWeight * prior + summary.weightedOverall) / (priorWeight + summary.weight),
    responsiveness: summary.responsiveness / summary.count,
    courtesy: summary.courtesy / summary.count,
    solvedShare: (summary.solvedYes + summary.solvedPartly / 2) / summary.count,
    verifiedShare: summary.verified / summary.count,
  };
}

export const method = {
  zh: `评分按贝叶斯平均计算：以全县平均分作为基准（相当于 ${priorWeight / verifiedWeight} 条核实评价），经核实接触的评价计 ${verifiedWeight} 倍权重，满 ${minimumRatings} 条评价才显示。`,
  en: `The score is a Bayesian average: it starts from the county-wide average (worth ${priorWeight / verifiedWeight} verified ratings), verified contacts count ${verifiedWeight} times, and it is shown only from ${minimumRatings} ratings.`,
} as const;
