import { e as createComponent, k as renderComponent, r as renderTemplate, h as createAstro, m as maybeRenderHead, l as Fragment, g as addAttribute } from '../../chunks/astro/server_s_7gde-g.mjs';
import 'piccolore';
import { G as Grid } from '../../chunks/index_BPbTr2wv.mjs';
import { O as Officer } from '../../chunks/pinyin_G0d18_-J.mjs';
import { P as Precinct } from '../../chunks/index_--kPpFx1.mjs';
import { V as Village } from '../../chunks/index_L52EVg_U.mjs';
import { $ as $$Tabs } from '../../chunks/Tabs_SNDRomsw.mjs';
import { o as onboardingPage } from '../../chunks/page_rxo3UHD0.mjs';
import { $ as $$Console } from '../../chunks/Console_BDBxF5Hs.mjs';
/* empty css                                    */
export { renderers } from '../../renderers.mjs';

const $$Astro = createAstro();
const $$Index = createComponent(async ($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$Index;
  const { lang, o, allowed } = onboardingPage(Astro2);
  const [precincts, villages, officers, grids] = allowed ? await Promise.all([Precinct.list(), Village.list({}), Officer.list({}), Grid.countsByVillage()]) : [[], [], [], /* @__PURE__ */ new Map()];
  const withoutOfficer = villages.filter((village) => !village.officerId).length;
  const gridTotal = [...grids.values()].reduce((sum, n) => sum + n, 0);
  const figures = [
    [o.overview.figures.precincts, precincts.filter((p) => p.status === "active").length, "/console/onboarding/precincts"],
    [o.overview.figures.villages, villages.length, "/console/onboarding/villages"],
    [o.overview.figures.grids, gridTotal, "/console/onboarding/villages"],
    [o.overview.figures.officers, officers.length, "/console/onboarding/officers"]
  ];
  return renderTemplate`${renderComponent($$result, "Console", $$Console, { "title": o.overview.title, "data-astro-cid-z4limjs7": true }, { "default": async ($$result2) => renderTemplate` ${maybeRenderHead()}<h1 data-astro-cid-z4limjs7>${o.overview.title}</h1> ${!allowed && renderTemplate`<p class="error" role="alert" data-astro-cid-z4limjs7>${o.common.forbidden}</p>`}${allowed && renderTemplate`${renderComponent($$result2, "Fragment", Fragment, { "data-astro-cid-z4limjs7": true }, { "default": async ($$result3) => renderTemplate` ${renderComponent($$result3, "Tabs", $$Tabs, { "lang": lang, "current": "overview", "data-astro-cid-z4limjs7": true })} <p data-astro-cid-z4limjs7>${o.overview.intro}</p> <ul class="figures" data-astro-cid-z4limjs7> ${figures.map(([label, value, href]) => renderTemplate`<li data-astro-cid-z4limjs7> <a${addAttribute(href, "href")} data-astro-cid-z4limjs7> <strong data-astro-cid-z4limjs7>${value.toLocaleString(lang === "en" ? "en" : "zh-CN")}</strong> <span data-astro-cid-z4limjs7>${label}</span> </a> </li>`)} </ul> ${withoutOfficer > 0 ? renderTemplate`<p class="error" role="status" data-astro-cid-z4limjs7> ${o.overview.withoutOfficer(withoutOfficer)} · <a href="/console/onboarding/villages?without=1" data-astro-cid-z4limjs7>${o.overview.showThem}</a> </p>` : villages.length > 0 && renderTemplate`<p class="ok" data-astro-cid-z4limjs7>${o.overview.allCovered}</p>`}` })}`}` })} `;
}, "/work/main/packages/web/src/pages/console/onboarding/index.astro", void 0);

const $$file = "/work/main/packages/web/src/pages/console/onboarding/index.astro";
const $$url = "/console/onboarding";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  default: $$Index,
  file: $$file,
  url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
