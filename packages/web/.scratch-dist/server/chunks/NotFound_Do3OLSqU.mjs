import { e as createComponent, k as renderComponent, r as renderTemplate, h as createAstro, m as maybeRenderHead, g as addAttribute } from './astro/server_s_7gde-g.mjs';
import 'piccolore';
import { $ as $$Public, m as messages, a as localePath } from './Public_CAtLWGXe.mjs';

const $$Astro = createAstro();
const $$NotFound = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$NotFound;
  const { lang } = Astro2.props;
  const m = messages(lang);
  return renderTemplate`${renderComponent($$result, "Public", $$Public, { "lang": lang, "title": `${m.notFoundTitle} \xB7 ${m.siteName}`, "description": m.notFoundText }, { "default": ($$result2) => renderTemplate` ${maybeRenderHead()}<h1>${m.notFoundTitle}</h1> <p>${m.notFoundText}</p> <p><a${addAttribute(localePath(lang, "/"), "href")}>${m.backHome}</a></p> ` })}`;
}, "/work/main/packages/web/src/components/Site/NotFound.astro", void 0);

export { $$NotFound as $ };
