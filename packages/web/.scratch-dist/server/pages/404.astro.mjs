import { e as createComponent, k as renderComponent, r as renderTemplate, h as createAstro } from '../chunks/astro/server_s_7gde-g.mjs';
import 'piccolore';
import { c as cachePublic } from '../chunks/cache_BvBUtU8g.mjs';
import { $ as $$NotFound } from '../chunks/NotFound_Do3OLSqU.mjs';
import { l as langOf } from '../chunks/Public_CAtLWGXe.mjs';
export { renderers } from '../renderers.mjs';

const $$Astro = createAstro();
const $$404 = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$404;
  cachePublic(Astro2, 404);
  return renderTemplate`${renderComponent($$result, "NotFound", $$NotFound, { "lang": langOf(Astro2.url) })}`;
}, "/work/main/packages/web/src/pages/404.astro", void 0);

const $$file = "/work/main/packages/web/src/pages/404.astro";
const $$url = "/404";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	default: $$404,
	file: $$file,
	url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
