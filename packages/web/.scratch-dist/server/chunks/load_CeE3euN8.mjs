import { C as Counter } from './index_FxqlPmtn.mjs';
import { F as Feature } from './index_BnfUNCZE.mjs';
import { f as forCounty, b as activeRoster } from './outcome_C5voM3a3.mjs';

async function officerFromRoster(slug) {
  const roster = await activeRoster();
  const officer = roster.officers.find((candidate) => candidate.slug === slug);
  if (!officer) return void 0;
  return {
    county: roster.county,
    officer,
    precinct: roster.precincts.find((precinct) => precinct.precinctId === officer.precinctId),
    villages: roster.villages.filter((village) => village.officerId === officer.officerId)
  };
}
function loadOfficerPage(countySlug, slug) {
  return forCounty(countySlug, async () => {
    const found = await officerFromRoster(slug ?? "");
    if (!found) return void 0;
    const period = Counter.halfYear();
    const scope = Counter.scope.officer(found.officer.officerId);
    const { totals, stories, brands } = await Feature.withTotals({ scope, from: period.from, to: period.to });
    const rating = void 0;
    const praise = [];
    return { ...found, period, totals, stories, brands, rating, praise };
  });
}
function loadOfficerCard(countySlug, slug) {
  return forCounty(countySlug, () => officerFromRoster(slug ?? ""));
}

export { loadOfficerPage as a, loadOfficerCard as l };
