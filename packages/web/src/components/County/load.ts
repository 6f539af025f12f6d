import { Counter } from "@cunjing/core/counter/index";
import { Feature } from "@cunjing/core/feature/index";
import type { RatingSummary } from "../Officer/load";
import { activeRoster, forCounty, type Ok } from "../Site/outcome";

/**
 * The county page: the roster (county, precincts, villages, officers) and the county's partition
 * (this half-year's figures, the stories and brands published): two Queries.
 */
export function loadCountyPage(slug: string | undefined) {
  return forCounty(slug, async () => {
    const roster = await activeRoster();
    const period = Counter.halfYear();
    const view = await Feature.withTotals({ scope: Counter.scope.county(), from: period.from, to: period.to });
    // Residents' satisfaction across the county arrives with resident feedback; until then it stays hidden.
    const rating: RatingSummary | undefined = undefined;
    return { ...roster, period, ...view, rating };
  });
}

export type CountyPageData = Ok<ReturnType<typeof loadCountyPage>>;
