import { e as createComponent, k as renderComponent, r as renderTemplate, h as createAstro } from '../chunks/astro/server_s_7gde-g.mjs';
import 'piccolore';
import { w as withActor } from '../chunks/id_CvCQQS6k.mjs';
import { C as County } from '../chunks/index_BeLTUk0H.mjs';
import { $ as $$HomePage } from '../chunks/HomePage_CEvueGBP.mjs';
import { c as cachePublic } from '../chunks/cache_BvBUtU8g.mjs';
import { r as rememberCounties } from '../chunks/outcome_D6FJZh7v.mjs';
export { renderers } from '../renderers.mjs';

const $$Astro = createAstro();
const $$Index = createComponent(async ($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$Index;
  const counties = await withActor({ type: "public", properties: {} }, () => County.list());
  rememberCounties(counties);
  cachePublic(Astro2);
  return renderTemplate`${renderComponent($$result, "HomePage", $$HomePage, { "lang": "zh", "counties": counties })}`;
}, "/work/main/packages/web/src/pages/index.astro", void 0);

const $$file = "/work/main/packages/web/src/pages/index.astro";
const $$url = "";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	default: $$Index,
	file: $$file,
	url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
