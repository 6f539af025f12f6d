import type { EntityItem } from "electrodb";
import { Counter } from "../counter/index";
import { addDays, weeksBetween, weekStart } from "../dashboard/weeks";
import type { ExcellenceCriteriaEntity } from "./excellence.entity";

export type Criteria = Pick<
  EntityItem<typeof ExcellenceCriteriaEntity>,
  "minSatisfaction" | "minVerifiedRatings" | "minCoverage" | "maxHazardDays"
>;

export type VillageFigures = {
  /** Daily counter items of the village over the half-year (up to the evaluation day). */
  days: Array<Partial<Counter.Totals> & { day: string }>;
  /** The half-year's ratings of the village's officer, if it has one. */
  ratings?: { verified: number; verifiedOverall: number };
  hasOfficer: boolean;
  /** Days each of the village's open hazard follow-ups has been open, as of the evaluation day. */
  openHazardAges: number[];
};

export type Verdict = {
  weeks: number;
  weeksWorked: number;
  coverage: number;
  verifiedRatings: number;
  satisfaction?: number;
  staleHazards: number;
  meets: boolean;
  misses: string[];
};

/**
 * Judges one village against the county's criteria, from its figures alone (no reads here):
 * - coverage: weeks of the half-year (Monday-based, up to the evaluation day) with at least one
 *   work-log entry in the village, as a share of those weeks, in percent;
 * - satisfaction: the average overall score of the officer's verified ratings of the half-year,
 *   counted only from `minVerifiedRatings` ratings;
 * - hazards: no hazard follow-up of the village open for more than `maxHazardDays` days.
 */
export function judge(criteria: Criteria, from: string, until: string, figures: VillageFigures): Verdict {
  const weeks = weeksBetween(from, until);
  const worked = new Set(
    figures.days
      .filter((day) => day.day >= from && day.day <= until)
      .filter((day) => Counter.categories.some((category) => (day[category] ?? 0) > 0))
      .map((day) => weekStart(day.day)),
  );
  const weeksWorked = weeks.filter((week) => worked.has(week)).length;
  const coverage = weeks.length ? (100 * weeksWorked) / weeks.length : 0;
  const verifiedRatings = figures.ratings?.verified ?? 0;
  const satisfaction = verifiedRatings > 0 ? figures.ratings!.verifiedOverall / verifiedRatings : undefined;
  const staleHazards = figures.openHazardAges.filter((age) => age > criteria.maxHazardDays).length;

  const misses: string[] = [];
  if (!figures.hasOfficer) misses.push("officer");
  if (coverage < criteria.minCoverage) misses.push("coverage");
  if (verifiedRatings < criteria.minVerifiedRatings) misses.push("ratings");
  else if ((satisfaction ?? 0) < criteria.minSatisfaction) misses.push("satisfaction");
  if (staleHazards > 0) misses.push("hazards");
  return {
    weeks: weeks.length,
    weeksWorked,
    coverage,
    verifiedRatings,
    satisfaction,
    staleHazards,
    meets: misses.length === 0,
    misses,
  };
}

/** The half-year a period key names (`2026-h1`), with its first and last day. */
export function halfOf(period: string): Counter.HalfYear {
  const [year, half] = [Number(period.slice(0, 4)), period.endsWith("h1") ? 1 : 2] as [number, 1 | 2];
  return half === 1
    ? { year, half, from: `${year}-01-01`, to: `${year}-06-30` }
    : { year, half, from: `${year}-07-01`, to: `${year}-12-31` };
}

/** Whole days between two `YYYY-MM-DD` days. */
export function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export { addDays };
