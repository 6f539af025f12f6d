import { e as createComponent, k as renderComponent, r as renderTemplate, h as createAstro } from '../../../../chunks/astro/server_s_7gde-g.mjs';
import 'piccolore';
import { l as loadOfficerCard } from '../../../../chunks/load_COjnCbFI.mjs';
import { $ as $$OfficerCard } from '../../../../chunks/OfficerCard_GUf2aBU6.mjs';
import { r as respond } from '../../../../chunks/cache_BvBUtU8g.mjs';
import { $ as $$Unavailable } from '../../../../chunks/Unavailable_ACl5xM-Z.mjs';
export { renderers } from '../../../../renderers.mjs';

const $$Astro = createAstro();
const $$Card = createComponent(async ($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$Card;
  const outcome = await loadOfficerCard(Astro2.params.county, Astro2.params.slug);
  respond(Astro2, outcome);
  return renderTemplate`${outcome.kind === "ok" ? renderTemplate`${renderComponent($$result, "OfficerCard", $$OfficerCard, { "lang": "zh", "data": outcome.data })}` : renderTemplate`${renderComponent($$result, "Unavailable", $$Unavailable, { "lang": "zh", "outcome": outcome })}`}`;
}, "/work/main/packages/web/src/pages/[county]/officers/[slug]/card.astro", void 0);

const $$file = "/work/main/packages/web/src/pages/[county]/officers/[slug]/card.astro";
const $$url = "/[county]/officers/[slug]/card";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	default: $$Card,
	file: $$file,
	url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
