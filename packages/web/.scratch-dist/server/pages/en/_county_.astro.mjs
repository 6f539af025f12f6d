import { e as createComponent, k as renderComponent, r as renderTemplate, h as createAstro } from '../../chunks/astro/server_s_7gde-g.mjs';
import 'piccolore';
import { l as loadCountyPage, $ as $$CountyPage } from '../../chunks/load_BmsnKZ5M.mjs';
import { r as respond } from '../../chunks/cache_BvBUtU8g.mjs';
import { $ as $$Unavailable } from '../../chunks/Unavailable_ACl5xM-Z.mjs';
export { renderers } from '../../renderers.mjs';

const $$Astro = createAstro();
const $$Index = createComponent(async ($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$Index;
  const outcome = await loadCountyPage(Astro2.params.county);
  respond(Astro2, outcome);
  return renderTemplate`${outcome.kind === "ok" ? renderTemplate`${renderComponent($$result, "CountyPage", $$CountyPage, { "lang": "en", "data": outcome.data })}` : renderTemplate`${renderComponent($$result, "Unavailable", $$Unavailable, { "lang": "en", "outcome": outcome })}`}`;
}, "/work/main/packages/web/src/pages/en/[county]/index.astro", void 0);

const $$file = "/work/main/packages/web/src/pages/en/[county]/index.astro";
const $$url = "/en/[county]";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	default: $$Index,
	file: $$file,
	url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
