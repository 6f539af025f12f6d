import { e as createComponent, k as renderComponent, r as renderTemplate, h as createAstro, m as maybeRenderHead, g as addAttribute } from './astro/server_s_7gde-g.mjs';
import 'piccolore';
import { n as nameIn, $ as $$Public, m as messages, a as localePath } from './Public_CAtLWGXe.mjs';
import { $ as $$SearchForm } from './SearchForm_BtUxk9tj.mjs';
/* empty css                         */

const $$Astro = createAstro();
const $$VillageSearchPage = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$VillageSearchPage;
  const { lang, data } = Astro2.props;
  const { county, query, precinct, grouped, groups, total, shown, officers } = data;
  const m = messages(lang);
  const countyName = nameIn(lang, county);
  const base = `/${county.slug}`;
  const keep = query ? new URLSearchParams({ q: query }).toString() : precinct ? `precinct=${precinct.precinctId}` : void 0;
  return renderTemplate`${renderComponent($$result, "Public", $$Public, { "lang": lang, "title": `${m.villagesTitle(countyName)} \xB7 ${m.siteName}`, "description": m.villagesDescription(countyName), "county": { slug: county.slug, name: countyName }, "section": "villages", "query": keep, "data-astro-cid-fpk2so7u": true }, { "default": ($$result2) => renderTemplate` ${maybeRenderHead()}<p class="crumbs" data-astro-cid-fpk2so7u><a${addAttribute(localePath(lang, base), "href")} data-astro-cid-fpk2so7u>${countyName}</a></p> <h1 data-astro-cid-fpk2so7u>${m.villagesTitle(countyName)}</h1> ${renderComponent($$result2, "SearchForm", $$SearchForm, { "lang": lang, "countySlug": county.slug, "query": query, "data-astro-cid-fpk2so7u": true })} <div role="status" data-astro-cid-fpk2so7u> ${query && total > 0 && renderTemplate`<p data-astro-cid-fpk2so7u>${m.searchResults(total, query)}</p>`} ${query && total === 0 && renderTemplate`<p class="notice" data-astro-cid-fpk2so7u>${m.searchNone(query)}</p>`} ${shown < total && renderTemplate`<p class="muted" data-astro-cid-fpk2so7u>${m.searchCapped(shown)}</p>`} </div> ${(query || precinct) && renderTemplate`<p data-astro-cid-fpk2so7u><a${addAttribute(localePath(lang, `${base}/villages`), "href")} data-astro-cid-fpk2so7u>${m.showAll}</a></p>`}${grouped === "precincts" && renderTemplate`<p data-astro-cid-fpk2so7u>${m.choosePrecinct}</p>`}${groups.map(({ precinct: group, count, villages }) => renderTemplate`<section${addAttribute(`p-${group.precinctId}`, "aria-labelledby")} data-astro-cid-fpk2so7u> <h2${addAttribute(`p-${group.precinctId}`, "id")} data-astro-cid-fpk2so7u> ${grouped === "precincts" ? renderTemplate`<a${addAttribute(localePath(lang, `${base}/villages?precinct=${group.precinctId}`), "href")} data-astro-cid-fpk2so7u>${nameIn(lang, group)}</a>` : nameIn(lang, group)} <span class="muted count" data-astro-cid-fpk2so7u> · ${m.villageCount(grouped === "precincts" ? count : villages.length)}</span> </h2> ${villages.length > 0 && renderTemplate`<ul class="plain" data-astro-cid-fpk2so7u> ${villages.map((village) => {
    const officer = village.officerId ? officers.get(village.officerId) : void 0;
    return renderTemplate`<li class="card village" data-astro-cid-fpk2so7u> <a class="name"${addAttribute(localePath(lang, `${base}/villages/${village.villageId}`), "href")} data-astro-cid-fpk2so7u>${nameIn(lang, village)}</a> <span class="muted" data-astro-cid-fpk2so7u> · ${village.kind === "community" ? m.community : m.village}</span> <br data-astro-cid-fpk2so7u> ${officer ? renderTemplate`<span data-astro-cid-fpk2so7u>${m.officerOf}${m.colon}<a${addAttribute(localePath(lang, `${base}/officers/${officer.slug}`), "href")} data-astro-cid-fpk2so7u>${nameIn(lang, officer)}</a></span>` : renderTemplate`<span class="muted" data-astro-cid-fpk2so7u>${m.noOfficer}</span>`} </li>`;
  })} </ul>`} </section>`)}` })} `;
}, "/work/main/packages/web/src/components/Village/VillageSearchPage.astro", void 0);

export { $$VillageSearchPage as $ };
