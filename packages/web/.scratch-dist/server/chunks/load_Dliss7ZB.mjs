import { C as Counter } from './index_ByJNsHNY.mjs';
import { F as Feature } from './index_BAxULttS.mjs';
import { f as forCounty, b as activeRoster } from './outcome_D6FJZh7v.mjs';
import { c as cleanQuery, s as searchVillages } from './search_BaGSMbsL.mjs';

const maxListedVillages = 150;
const maxResults = 100;
function loadVillageSearch(countySlug, params) {
  const query = cleanQuery(params.get("q"));
  const precinctParam = params.get("precinct") ?? "";
  return forCounty(countySlug, async () => {
    const roster = await activeRoster();
    const precinct = roster.precincts.find((candidate) => candidate.precinctId === precinctParam);
    const pool = precinct ? roster.villages.filter((village) => village.precinctId === precinct.precinctId) : roster.villages;
    const {
      matches,
      total
    } = query ? searchVillages(pool, query, maxResults) : {
      matches: pool,
      total: pool.length
    };
    const grouped = !query && !precinct && total > maxListedVillages ? "precincts" : "villages";
    const groups = roster.precincts.map((candidate) => ({
      precinct: candidate,
      count: roster.villages.filter((village) => village.precinctId === candidate.precinctId).length,
      villages: grouped === "villages" ? matches.filter((village) => village.precinctId === candidate.precinctId) : []
    })).filter((group) => grouped === "precincts" ? group.count > 0 : group.villages.length > 0);
    const officers = new Map(roster.officers.map((officer) => [officer.officerId, officer]));
    return {
      county: roster.county,
      query,
      precinct,
      grouped,
      groups,
      total,
      shown: matches.length,
      officers
    };
  });
}
function loadVillagePage(countySlug, villageId) {
  return forCounty(countySlug, async () => {
    const found = await villageFromRoster(villageId ?? "");
    if (!found) return void 0;
    const period = Counter.halfYear();
    const scope = Counter.scope.village(found.village.villageId);
    const view = await Feature.withTotals({
      scope,
      from: period.from,
      to: period.to
    });
    return {
      ...found,
      period,
      ...view
    };
  });
}
function loadVillageNotice(countySlug, villageId) {
  return forCounty(countySlug, () => villageFromRoster(villageId ?? ""));
}
async function villageFromRoster(villageId) {
  const roster = await activeRoster();
  const village = roster.villages.find((candidate) => candidate.villageId === villageId);
  if (!village) return void 0;
  return {
    county: roster.county,
    village,
    precinct: roster.precincts.find((precinct) => precinct.precinctId === village.precinctId),
    officer: roster.officers.find((officer) => officer.officerId === village.officerId)
  };
}

export { loadVillagePage as a, loadVillageSearch as b, loadVillageNotice as l };
