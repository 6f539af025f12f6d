import { Counter } from "@cunjing/core/counter/index";
import { Feature } from "@cunjing/core/feature/index";
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
  };
}

/** Residents' rating of an officer, shown once enough ratings exist. Ratings arrive with resident feedback. */
export type RatingSummary = { count: number; average: number };
/** A published, moderated word of praise. */
export type Praise = { text: string; signedAs?: string; publishedAt: number };

/**
 * The officer page: the roster (officer, precinct, villages served) and the officer's partition
 * (this half-year's figures and the stories featuring them): two Queries.
 */
export function loadOfficerPage(countySlug: string | undefined, slug: string | undefined) {
  return forCounty(countySlug, async () => {
    const found = await officerFromRoster(slug ?? "");
    if (!found) return undefined;
    const period = Counter.halfYear();
    const scope = Counter.scope.officer(found.officer.officerId);
    const { totals, stories, brands } = await Feature.withTotals({ scope, from: period.from, to: period.to });
    const rating: RatingSummary | undefined = undefined;
    const praise: Praise[] = [];
    return { ...found, period, totals, stories, brands, rating, praise };
  });
}

/** The printable contact card: the roster only. */
export function loadOfficerCard(countySlug: string | undefined, slug: string | undefined) {
  return forCounty(countySlug, () => officerFromRoster(slug ?? ""));
}

export type OfficerPageData = Ok<ReturnType<typeof loadOfficerPage>>;
export type OfficerCardData = Ok<ReturnType<typeof loadOfficerCard>>;
