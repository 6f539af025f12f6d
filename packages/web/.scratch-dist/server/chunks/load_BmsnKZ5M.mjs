import { e as createComponent, k as renderComponent, r as renderTemplate, h as createAstro, m as maybeRenderHead, g as addAttribute, l as Fragment } from './astro/server_s_7gde-g.mjs';
import 'piccolore';
import { n as nameIn, $ as $$Public, m as messages, a as localePath } from './Public_CAtLWGXe.mjs';
import { $ as $$RatingSummary } from './RatingSummary_DAzKNq8z.mjs';
import { $ as $$FeatureList } from './FeatureList_CuH_932i.mjs';
import { $ as $$SearchForm } from './SearchForm_BtUxk9tj.mjs';
import { $ as $$WorkFigures } from './WorkFigures_C92h3PEn.mjs';
/* empty css                         */
import { C as Counter } from './index_ByJNsHNY.mjs';
import { F as Feature } from './index_BAxULttS.mjs';
import { f as forCounty, b as activeRoster } from './outcome_D6FJZh7v.mjs';

const $$Astro = createAstro();
const $$CountyPage = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$CountyPage;
  const maxListedVillages = 80;
  const maxListedOfficers = 60;
  const { lang, data } = Astro2.props;
  const { county, precincts, villages, officers, period, totals, stories, brands, rating } = data;
  const m = messages(lang);
  const countyName = nameIn(lang, county);
  const base = `/${county.slug}`;
  const listVillages = villages.length <= maxListedVillages;
  const listOfficers = officers.length <= maxListedOfficers;
  const sections = precincts.map((precinct) => ({
    precinct,
    villages: villages.filter((village) => village.precinctId === precinct.precinctId),
    officers: officers.filter((officer) => officer.precinctId === precinct.precinctId)
  }));
  return renderTemplate`${renderComponent($$result, "Public", $$Public, { "lang": lang, "title": `${countyName} \xB7 ${m.programme} \xB7 ${m.siteName}`, "description": m.countyDescription(countyName), "county": { slug: county.slug, name: countyName }, "section": "overview", "data-astro-cid-nqq44wp4": true }, { "default": ($$result2) => renderTemplate` ${maybeRenderHead()}<p class="crumbs" data-astro-cid-nqq44wp4>${lang === "en" ? county.cityEn : county.cityZh}</p> <h1 data-astro-cid-nqq44wp4>${countyName}</h1> <p data-astro-cid-nqq44wp4>${m.figures(precincts.length, villages.length, officers.length)}</p> ${renderComponent($$result2, "SearchForm", $$SearchForm, { "lang": lang, "countySlug": county.slug, "data-astro-cid-nqq44wp4": true })} ${renderComponent($$result2, "WorkFigures", $$WorkFigures, { "lang": lang, "totals": totals, "period": period, "data-astro-cid-nqq44wp4": true })} ${renderComponent($$result2, "RatingSummary", $$RatingSummary, { "lang": lang, "rating": rating, "data-astro-cid-nqq44wp4": true })} ${stories.length > 0 && renderTemplate`<section aria-labelledby="stories-title" data-astro-cid-nqq44wp4> <h2 id="stories-title" data-astro-cid-nqq44wp4>${m.latestStories}</h2> ${renderComponent($$result2, "FeatureList", $$FeatureList, { "lang": lang, "countySlug": county.slug, "items": stories.slice(0, 3), "data-astro-cid-nqq44wp4": true })} ${stories.length > 3 && renderTemplate`<p data-astro-cid-nqq44wp4><a${addAttribute(localePath(lang, `${base}/stories`), "href")} data-astro-cid-nqq44wp4>${m.allStories}</a></p>`} </section>`}${brands.length > 0 && renderTemplate`<section aria-labelledby="brands-title" data-astro-cid-nqq44wp4> <h2 id="brands-title" data-astro-cid-nqq44wp4>${m.brandsOf}</h2> ${renderComponent($$result2, "FeatureList", $$FeatureList, { "lang": lang, "countySlug": county.slug, "items": brands.slice(0, 3), "data-astro-cid-nqq44wp4": true })} ${brands.length > 3 && renderTemplate`<p data-astro-cid-nqq44wp4><a${addAttribute(localePath(lang, `${base}/brands`), "href")} data-astro-cid-nqq44wp4>${m.allBrands}</a></p>`} </section>`}<section aria-labelledby="coverage-title" data-astro-cid-nqq44wp4> <h2 id="coverage-title" data-astro-cid-nqq44wp4>${m.coverage}</h2> ${sections.length === 0 && renderTemplate`<p class="muted" data-astro-cid-nqq44wp4>${m.noVillages}</p>`} <ul class="plain" data-astro-cid-nqq44wp4> ${sections.map((section) => renderTemplate`<li class="card" data-astro-cid-nqq44wp4> <h3 data-astro-cid-nqq44wp4>${nameIn(lang, section.precinct)}</h3> <p class="muted small" data-astro-cid-nqq44wp4> <a${addAttribute(localePath(lang, `${base}/villages?precinct=${section.precinct.precinctId}`), "href")} data-astro-cid-nqq44wp4> ${m.villageCount(section.villages.length)} </a> </p> ${listVillages && section.villages.length > 0 && renderTemplate`<ul class="chips"${addAttribute(m.villages, "aria-label")} data-astro-cid-nqq44wp4> ${section.villages.map((village) => renderTemplate`<li data-astro-cid-nqq44wp4> <a${addAttribute(localePath(lang, `${base}/villages/${village.villageId}`), "href")} data-astro-cid-nqq44wp4>${nameIn(lang, village)}</a> </li>`)} </ul>`} ${listOfficers && section.officers.length > 0 && renderTemplate`<p class="officers" data-astro-cid-nqq44wp4>${m.officers}${m.colon}${section.officers.map((officer, index) => renderTemplate`${renderComponent($$result2, "Fragment", Fragment, { "data-astro-cid-nqq44wp4": true }, { "default": ($$result3) => renderTemplate`${index > 0 && m.listSeparator}<a${addAttribute(localePath(lang, `${base}/officers/${officer.slug}`), "href")} data-astro-cid-nqq44wp4>${nameIn(lang, officer)}</a>` })}`)}</p>`} </li>`)} </ul> </section> ` })} `;
}, "/work/main/packages/web/src/components/County/CountyPage.astro", void 0);

function loadCountyPage(slug) {
  return forCounty(slug, async () => {
    const roster = await activeRoster();
    const period = Counter.halfYear();
    const view = await Feature.withTotals({
      scope: Counter.scope.county(),
      from: period.from,
      to: period.to
    });
    const rating = void 0;
    return {
      ...roster,
      period,
      ...view,
      rating
    };
  });
}

export { $$CountyPage as $, loadCountyPage as l };
