import { Counter } from "@cunjing/core/counter/index";
import { Feature } from "@cunjing/core/feature/index";
import { Rating } from "@cunjing/core/rating/index";
import { activeRoster, forCounty, type Ok } from "../Site/outcome";

/** The officer, their precinct and villages: the roster alone (one Query after the county). */
async function officerFromRoster(slug: string) {
  const roster = await activeRoster();
  const officer = roster.officers.find((candidate) => candidate.slug === slug);
  if (!officer) return undefined;
  return {
    county: roster.county,
    officer,
    precinct: roster.precincts.find((precinct) => precinct.precinctId === officer.precinctId),
    villages: roster.villages.filter((village) => village.officerId === officer.officerId),
    countyRatings: roster.ratings,
  };
}

/** Residents' public score of an officer (from 5 ratings up) and approved praise. */
export type RatingSummary = Rating.Score;
export type Praise = Rating.Praise;

/**
 * The officer page: the roster (officer, precinct, villages served, the county's rating prior) and
 * the officer's partition (this half-year's figures, the stories featuring them, the rating
 * aggregate and approved praise): two Queries.
 */
export function loadOfficerPage(countySlug: string | undefined, slug: string | undefined) {
  return forCounty(countySlug, async () => {
    const found = await officerFromRoster(slug ?? "");
    if (!found) return undefined;
    const period = Counter.halfYear();
    const scope = Counter.scope.officer(found.officer.officerId);
    const { totals, stories, brands, items } = await Feature.withTotals({ scope, from: period.from, to: period.to });
    const { score: rating, praise } = Rating.forPage(items, found.countyRatings);
    return { ...found, period, totals, stories, brands, rating, praise: praise.slice(0, 20) };
  });
}

/** The printable contact card: the roster only. */
export function loadOfficerCard(countySlug: string | undefined, slug: string | undefined) {
  return forCounty(countySlug, () => officerFromRoster(slug ?? ""));
}

export type OfficerPageData = Ok<ReturnType<typeof loadOfficerPage>>;
export type OfficerCardData = Ok<ReturnType<typeof loadOfficerCard>>;
