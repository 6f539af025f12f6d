import { e as createComponent, k as renderComponent, r as renderTemplate, h as createAstro } from '../../../../chunks/astro/server_s_7gde-g.mjs';
import 'piccolore';
import { r as respond } from '../../../../chunks/cache_BvBUtU8g.mjs';
import { $ as $$Unavailable } from '../../../../chunks/Unavailable_ACl5xM-Z.mjs';
import { a as loadVillagePage } from '../../../../chunks/load_Dliss7ZB.mjs';
import { $ as $$VillagePage } from '../../../../chunks/VillagePage_CkCukYku.mjs';
export { renderers } from '../../../../renderers.mjs';

const $$Astro = createAstro();
const $$id = createComponent(async ($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$id;
  const outcome = await loadVillagePage(Astro2.params.county, Astro2.params.id);
  respond(Astro2, outcome);
  return renderTemplate`${outcome.kind === "ok" ? renderTemplate`${renderComponent($$result, "VillagePage", $$VillagePage, { "lang": "en", "data": outcome.data })}` : renderTemplate`${renderComponent($$result, "Unavailable", $$Unavailable, { "lang": "en", "outcome": outcome })}`}`;
}, "/work/main/packages/web/src/pages/en/[county]/villages/[id].astro", void 0);

const $$file = "/work/main/packages/web/src/pages/en/[county]/villages/[id].astro";
const $$url = "/en/[county]/villages/[id]";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	default: $$id,
	file: $$file,
	url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
