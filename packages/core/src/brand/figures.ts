import { useCounty } from "../actor";
import { Counter } from "../counter/index";
import { db } from "../db/service";
import { publicScore } from "../rating/score";
import type { Rating } from "../rating/index";

/**
 * A brand's own figures, from its officers' records: disputes mediated and work entries this
 * half-year (their daily counters, one Query per officer) and residents' satisfaction (their
 * rating aggregates summed, one BatchGet), scored as an officer's score is, against the county's
 * prior, and shown only from 5 ratings.
 */
export async function brandFigures(officerIds: string[], county: Rating.CountySums | undefined, instant = Date.now()) {
  const countyId = useCounty();
  const half = Counter.halfYear(instant);
  const [totals, summaries] = await Promise.all([
    Promise.all(
      officerIds.map((officerId) =>
        Counter.totals({ scope: Counter.scope.officer(officerId), from: half.from, to: half.to }),
      ),
    ),
    officerIds.length
      ? db.entities.ratingSummary
          .get(officerIds.map((officerId) => ({ countyId, scope: Counter.scope.officer(officerId) })))
          .go()
      : Promise.resolve({ data: [] }),
  ]);
  const sum = Counter.sum(totals);
  const combined = summaries.data.reduce(
    (all, s) => {
      for (const key of Object.keys(all) as Array<keyof typeof all>) all[key] += s[key] ?? 0;
      return all;
    },
    {
      count: 0,
      overall: 0,
      responsiveness: 0,
      courtesy: 0,
      solvedYes: 0,
      solvedPartly: 0,
      solvedNo: 0,
      verified: 0,
      weight: 0,
      weightedOverall: 0,
    },
  );
  return {
    half,
    disputes: sum.dispute,
    entries: Counter.categories.reduce((n, category) => n + sum[category], 0),
    score: publicScore(combined, county),
  };
}
