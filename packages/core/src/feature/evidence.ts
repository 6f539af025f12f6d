import { useCounty } from "../actor";
import { County } from "../county/index";
import { Counter } from "../counter/index";
import { db } from "../db/service";
import { periodOf } from "../rating/half.entity";
import { publicScore } from "../rating/score";
import { Feature } from "./index";

/**
 * What the record says about the officers a story or brand features, for reviewers to read beside
 * the text: per officer, the half-year's work figures (daily counters), the half-year's ratings
 * with verified contacts apart, the all-time public score, and approved praise. One Query per
 * officer (the officer's scope partition holds counters, rating sums and praise) plus the roster.
 */
export async function evidenceFor(officerIds: string[], villageIds: string[], instant = Date.now()) {
  const countyId = useCounty();
  const half = Counter.halfYear(instant);
  const period = periodOf(half);
  const roster = await County.roster();
  const officers = await Promise.all(
    officerIds.map(async (officerId) => {
      const scope = Counter.scope.officer(officerId);
      const { totals, items } = await Feature.withTotals({ scope, from: half.from, to: half.to });
      const summary = db.entities.ratingSummary.parse({ Items: items }).data[0];
      const halfRatings = db.entities.ratingHalf.parse({ Items: items }).data.find((r) => r.period === period);
      const praise = db.entities.ratingPraise
        .parse({ Items: items })
        .data.sort((a, b) => b.publishedAt - a.publishedAt);
      const officer = roster.officers.find((o) => o.officerId === officerId);
      return {
        officerId,
        nameZh: officer?.nameZh ?? officerId,
        nameEn: officer?.nameEn ?? officerId,
        totals,
        entries: Counter.categories.reduce((sum, category) => sum + totals[category], 0),
        ratings: {
          count: halfRatings?.count ?? 0,
          verified: halfRatings?.verified ?? 0,
          verifiedAverage: halfRatings?.verified ? halfRatings.verifiedOverall / halfRatings.verified : undefined,
          allTime: summary?.count ?? 0,
          score: publicScore(summary, roster.ratings),
        },
        praise: praise.slice(0, 3),
        praiseCount: praise.length,
      };
    }),
  );
  const villages = await Promise.all(
    villageIds.map(async (villageId) => {
      const totals = await Counter.totals({ scope: Counter.scope.village(villageId), from: half.from, to: half.to });
      const village = roster.villages.find((v) => v.villageId === villageId);
      return { villageId, nameZh: village?.nameZh ?? villageId, nameEn: village?.nameEn ?? villageId, totals };
    }),
  );
  return { countyId, half, officers, villages };
}
