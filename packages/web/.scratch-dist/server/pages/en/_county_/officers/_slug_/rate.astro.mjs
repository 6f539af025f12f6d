import { e as createComponent, k as renderComponent, r as renderTemplate, h as createAstro } from '../../../../../chunks/astro/server_s_7gde-g.mjs';
import 'piccolore';
import { $ as $$RatePage } from '../../../../../chunks/RatePage__L2c0Vo5.mjs';
import { a as loadRatePage, n as noStore } from '../../../../../chunks/rate_jCqUTIsS.mjs';
import { $ as $$Unavailable } from '../../../../../chunks/Unavailable_ACl5xM-Z.mjs';
export { renderers } from '../../../../../renderers.mjs';

const $$Astro = createAstro();
const $$Rate = createComponent(async ($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$Rate;
  const outcome = await loadRatePage(Astro2, "en");
  noStore(Astro2);
  if (outcome.kind === "not_found") Astro2.response.status = 404;
  return renderTemplate`${outcome.kind === "ok" ? renderTemplate`${renderComponent($$result, "RatePage", $$RatePage, { "lang": "en", ...outcome.data })}` : renderTemplate`${renderComponent($$result, "Unavailable", $$Unavailable, { "lang": "en", "outcome": outcome })}`}`;
}, "/work/main/packages/web/src/pages/en/[county]/officers/[slug]/rate.astro", void 0);

const $$file = "/work/main/packages/web/src/pages/en/[county]/officers/[slug]/rate.astro";
const $$url = "/en/[county]/officers/[slug]/rate";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	default: $$Rate,
	file: $$file,
	url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
