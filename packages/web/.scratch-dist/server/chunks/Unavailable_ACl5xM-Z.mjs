import { e as createComponent, k as renderComponent, r as renderTemplate, h as createAstro, m as maybeRenderHead, g as addAttribute } from './astro/server_s_7gde-g.mjs';
import 'piccolore';
import { $ as $$NotFound } from './NotFound_Do3OLSqU.mjs';
import { n as nameIn, $ as $$Public, m as messages, a as localePath } from './Public_CAtLWGXe.mjs';

const $$Astro$1 = createAstro();
const $$Suspended = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro$1, $$props, $$slots);
  Astro2.self = $$Suspended;
  const { lang, county } = Astro2.props;
  const m = messages(lang);
  const name = nameIn(lang, county);
  return renderTemplate`${renderComponent($$result, "Public", $$Public, { "lang": lang, "title": `${name} \xB7 ${m.suspendedTitle} \xB7 ${m.siteName}`, "description": m.suspended }, { "default": ($$result2) => renderTemplate` ${maybeRenderHead()}<p class="crumbs">${lang === "en" ? county.cityEn : county.cityZh}</p> <h1>${name}</h1> <p class="notice" role="status">${m.suspended}</p> <p><a${addAttribute(localePath(lang, "/"), "href")}>${m.backHome}</a></p> ` })}`;
}, "/work/main/packages/web/src/components/Site/Suspended.astro", void 0);

const $$Astro = createAstro();
const $$Unavailable = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$Unavailable;
  const { lang, outcome } = Astro2.props;
  return renderTemplate`${outcome.kind === "suspended" ? renderTemplate`${renderComponent($$result, "Suspended", $$Suspended, { "lang": lang, "county": outcome.county })}` : renderTemplate`${renderComponent($$result, "NotFound", $$NotFound, { "lang": lang })}`}`;
}, "/work/main/packages/web/src/components/Site/Unavailable.astro", void 0);

export { $$Unavailable as $ };
