import { e as createComponent, k as renderComponent, r as renderTemplate, h as createAstro } from '../../../../chunks/astro/server_s_7gde-g.mjs';
import 'piccolore';
import { r as respond } from '../../../../chunks/cache_BvBUtU8g.mjs';
import { $ as $$Unavailable } from '../../../../chunks/Unavailable_ACl5xM-Z.mjs';
import { l as loadPublication } from '../../../../chunks/load_BpHB6hMp.mjs';
import { $ as $$PublicationPage } from '../../../../chunks/PublicationPage_C74z2j6T.mjs';
export { renderers } from '../../../../renderers.mjs';

const $$Astro = createAstro();
const $$slug = createComponent(async ($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$slug;
  const outcome = await loadPublication("story", Astro2.params.county, Astro2.params.slug);
  respond(Astro2, outcome);
  return renderTemplate`${outcome.kind === "ok" ? renderTemplate`${renderComponent($$result, "PublicationPage", $$PublicationPage, { "lang": "en", "data": outcome.data })}` : renderTemplate`${renderComponent($$result, "Unavailable", $$Unavailable, { "lang": "en", "outcome": outcome })}`}`;
}, "/work/main/packages/web/src/pages/en/[county]/stories/[slug].astro", void 0);

const $$file = "/work/main/packages/web/src/pages/en/[county]/stories/[slug].astro";
const $$url = "/en/[county]/stories/[slug]";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	default: $$slug,
	file: $$file,
	url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
