import { e as createComponent, m as maybeRenderHead, g as addAttribute, r as renderTemplate, h as createAstro } from './astro/server_s_7gde-g.mjs';
import 'piccolore';
import 'clsx';
import { a as onboardingMessages } from './index_ur84y5b3.mjs';
/* empty css                         */

const $$Astro = createAstro();
const $$Tabs = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$Tabs;
  const { lang, current } = Astro2.props;
  const o = onboardingMessages(lang);
  const tabs = [
    ["overview", "/console/onboarding"],
    ["precincts", "/console/onboarding/precincts"],
    ["villages", "/console/onboarding/villages"],
    ["officers", "/console/onboarding/officers"],
    ["import", "/console/onboarding/import"]
  ];
  return renderTemplate`${maybeRenderHead()}<nav class="tabs"${addAttribute(o.overview.title, "aria-label")} data-astro-cid-lnwzt4ca> ${tabs.map(([key, href]) => renderTemplate`<a${addAttribute(href, "href")}${addAttribute(key === current ? "page" : void 0, "aria-current")} data-astro-cid-lnwzt4ca>${o.sections[key]}</a>`)} </nav> `;
}, "/work/main/packages/web/src/components/Onboarding/Tabs.astro", void 0);

export { $$Tabs as $ };
