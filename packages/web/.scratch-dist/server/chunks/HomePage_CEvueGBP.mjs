import { e as createComponent, k as renderComponent, r as renderTemplate, h as createAstro, m as maybeRenderHead, g as addAttribute } from './astro/server_s_7gde-g.mjs';
import 'piccolore';
import { $ as $$Public, m as messages, a as localePath, n as nameIn } from './Public_CAtLWGXe.mjs';

const $$Astro = createAstro();
const $$HomePage = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$HomePage;
  const { lang, counties } = Astro2.props;
  const m = messages(lang);
  return renderTemplate`${renderComponent($$result, "Public", $$Public, { "lang": lang, "title": `${m.siteName} \xB7 ${m.programme}`, "description": m.tagline }, { "default": ($$result2) => renderTemplate` ${maybeRenderHead()}<h1>${m.tagline}</h1> <h2>${m.chooseCounty}</h2> ${counties.length === 0 && renderTemplate`<p class="muted">${m.noCounties}</p>`}<ul class="plain"> ${counties.map((county) => renderTemplate`<li class="card"> <a${addAttribute(localePath(lang, `/${county.slug}`), "href")}>${nameIn(lang, county)}</a> <span class="muted"> · ${lang === "en" ? county.cityEn : county.cityZh}</span> </li>`)} </ul> ` })}`;
}, "/work/main/packages/web/src/components/Home/HomePage.astro", void 0);

export { $$HomePage as $ };
