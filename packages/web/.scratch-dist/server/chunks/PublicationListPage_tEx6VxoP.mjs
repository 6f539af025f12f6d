import { e as createComponent, k as renderComponent, r as renderTemplate, h as createAstro, m as maybeRenderHead, g as addAttribute } from './astro/server_s_7gde-g.mjs';
import 'piccolore';
import { n as nameIn, $ as $$Public, m as messages, a as localePath } from './Public_CAtLWGXe.mjs';
import { $ as $$FeatureList } from './FeatureList_CuH_932i.mjs';

const $$Astro = createAstro();
const $$PublicationListPage = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$PublicationListPage;
  const { lang, data } = Astro2.props;
  const { county, kind, items } = data;
  const m = messages(lang);
  const countyName = nameIn(lang, county);
  const title = kind === "story" ? m.storiesTitle(countyName) : m.brandsTitle(countyName);
  return renderTemplate`${renderComponent($$result, "Public", $$Public, { "lang": lang, "title": `${title} \xB7 ${m.siteName}`, "description": kind === "story" ? m.storiesDescription(countyName) : m.brandsDescription(countyName), "county": { slug: county.slug, name: countyName }, "section": kind === "story" ? "stories" : "brands" }, { "default": ($$result2) => renderTemplate` ${maybeRenderHead()}<p class="crumbs"><a${addAttribute(localePath(lang, `/${county.slug}`), "href")}>${countyName}</a></p> <h1>${title}</h1> ${items.length === 0 ? renderTemplate`<p class="muted">${kind === "story" ? m.noStories : m.noBrands}</p>` : renderTemplate`${renderComponent($$result2, "FeatureList", $$FeatureList, { "lang": lang, "countySlug": county.slug, "items": items, "level": 2 })}`}` })}`;
}, "/work/main/packages/web/src/components/Story/PublicationListPage.astro", void 0);

export { $$PublicationListPage as $ };
