import { Counter } from "@cunjing/core/counter/index";
import { Feature } from "@cunjing/core/feature/index";
import { activeRoster, forCounty, type Ok } from "../Site/outcome";
import { cleanQuery, searchVillages } from "./search";

/** Without a query, counties up to this size list every village; larger ones list precincts first. */
const maxListedVillages = 150;
const maxResults = 100;

/** The village finder: the roster only (one Query after the county). */
export function loadVillageSearch(countySlug: string | undefined, params: URLSearchParams) {
  const query = cleanQuery(params.get("q"));
  const precinctParam = params.get("precinct") ?? "";
  return forCounty(countySlug, async () => {
    const roster = await activeRoster();
    const precinct = roster.precincts.find((candidate) => candidate.precinctId === precinctParam);
    const pool = precinct
      ? roster.villages.filter((village) => village.precinctId === precinct.precinctId)
      : roster.villages;
    const { matches, total } = query ? searchVillages(pool, query, maxResults) : { matches: pool, total: pool.length };
    const grouped = !query && !precinct && total > maxListedVillages ? "precincts" : "villages";
    const groups = roster.precincts
      .map((candidate) => ({
        precinct: candidate,
        count: roster.villages.filter((village) => village.precinctId === candidate.precinctId).length,
        villages:
          grouped === "villages" ? matches.filter((village) => village.precinctId === candidate.precinctId) : [],
      }))
      .filter((group) => (grouped === "precincts" ? group.count > 0 : group.villages.length > 0));
    const officers = new Map(roster.officers.map((officer) => [officer.officerId, officer]));
    return { county: roster.county, query, precinct, grouped, groups, total, shown: matches.length, officers };
  });
}

/**
 * The village page: the roster (village, precinct, officer) and the village's partition (this
 * half-year's figures and the stories featuring it): two Queries.
 */
export function loadVillagePage(countySlug: string | undefined, villageId: string | undefined) {
  return forCounty(countySlug, async () => {
    const found = await villageFromRoster(villageId ?? "");
    if (!found) return undefined;
    const period = Counter.halfYear();
    const scope = Counter.scope.village(found.village.villageId);
    const view = await Feature.withTotals({ scope, from: period.from, to: period.to });
    return { ...found, period, ...view };
  });
}

/** The printable village notice: the roster only. */
export function loadVillageNotice(countySlug: string | undefined, villageId: string | undefined) {
  return forCounty(countySlug, () => villageFromRoster(villageId ?? ""));
}

async function villageFromRoster(villageId: string) {
  const roster = await activeRoster();
  const village = roster.villages.find((candidate) => candidate.villageId === villageId);
  if (!village) return undefined;
  return {
    county: roster.county,
    village,
    precinct: roster.precincts.find((precinct) => precinct.precinctId === village.precinctId),
    officer: roster.officers.find((officer) => officer.officerId === village.officerId),
  };
}

export type VillageSearchData = Ok<ReturnType<typeof loadVillageSearch>>;
export type VillagePageData = Ok<ReturnType<typeof loadVillagePage>>;
export type VillageNoticeData = Ok<ReturnType<typeof loadVillageNotice>>;
