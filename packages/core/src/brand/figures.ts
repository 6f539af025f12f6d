import { Counter } from "../counter/index";
import { db } from "../db/service";
import { Feature } from "../feature/index";
import { publicScore } from "../rating/score";
import type { Rating } from "../rating/index";

/**
 * A brand's own figures, from its officers' records: disputes mediated and work entries this
 * half-year, the stories featuring them and residents' satisfaction (their rating aggregates
 * summed, scored as an officer's score is against the county's prior, shown from 5 ratings).
 * Each officer's partition holds all of these: one Query per officer.
 */
export async function brandFigures(officerIds: string[], county: Rating.CountySums | undefined, instant = Date.now()) {
  const half = Counter.halfYear(instant);
  const views = await Promise.all(
    officerIds.map((officerId) =>
      Feature.withTotals({ scope: Counter.scope.officer(officerId), from: half.from, to: half.to }),
    ),
  );
  // Each officer's partition also holds the officer's rating aggregate.
  const summaries = { data: views.flatMap((view) => db.entities.ratingSummary.parse({ Items: view.items }).data) };
  const sum = Counter.sum(views.map((view) => view.totals));
  // The stories featuring the brand's officers came with their partitions: no extra request.
  const stories = [
    ...new Map(views.flatMap((view) => view.stories).map((story) => [story.refId, story])).values(),
  ].sort((a, b) => b.publishedAt - a.publishedAt);
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
    stories,
  };
}
