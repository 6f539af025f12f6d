import { C as Counter } from './index_ByJNsHNY.mjs';
import { F as Feature } from './index_BAxULttS.mjs';
import { R as Rating } from './index_B-3AYYOB.mjs';
import { f as forCounty, b as activeRoster } from './outcome_D6FJZh7v.mjs';

async function officerFromRoster(slug) {
  const roster = await activeRoster();
  const officer = roster.officers.find((candidate) => candidate.slug === slug);
  if (!officer) return void 0;
  return {
    county: roster.county,
    officer,
    precinct: roster.precincts.find((precinct) => precinct.precinctId === officer.precinctId),
    villages: roster.villages.filter((village) => village.officerId === officer.officerId),
    countyRatings: roster.ratings
  };
}
function loadOfficerPage(countySlug, slug) {
  return forCounty(countySlug, async () => {
    const found = await officerFromRoster(slug ?? "");
    if (!found) return void 0;
    const period = Counter.halfYear();
    const scope = Counter.scope.officer(found.officer.officerId);
    const {
      totals,
      stories,
      brands,
      items
    } = await Feature.withTotals({
      scope,
      from: period.from,
      to: period.to
    });
    const {
      score: rating,
      praise
    } = Rating.forPage(items, found.countyRatings);
    return {
      ...found,
      period,
      totals,
      stories,
      brands,
      rating,
      praise: praise.slice(0, 20)
    };
  });
}
function loadOfficerCard(countySlug, slug) {
  return forCounty(countySlug, () => officerFromRoster(slug ?? ""));
}

export { loadOfficerPage as a, loadOfficerCard as l };
