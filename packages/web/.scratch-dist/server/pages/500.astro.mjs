import { e as createComponent, k as renderComponent, r as renderTemplate, h as createAstro, m as maybeRenderHead } from '../chunks/astro/server_s_7gde-g.mjs';
import 'piccolore';
import { l as langOf, $ as $$Public } from '../chunks/Public_CAtLWGXe.mjs';
import { V as VisibleError } from '../chunks/errors_MfzDXNyI.mjs';
export { renderers } from '../renderers.mjs';

const $$Astro = createAstro();
const $$500 = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$500;
  const lang = langOf(Astro2.url);
  const busy = Astro2.props.error instanceof VisibleError && Astro2.props.error.kind === "unavailable";
  Astro2.response.status = busy ? 503 : 500;
  if (busy) Astro2.response.headers.set("Retry-After", "5");
  Astro2.response.headers.set("Cache-Control", "no-store");
  const text = lang === "en" ? busy ? { title: "Busy \u2014 please try again", body: "The service is busy or briefly unreachable. Please try again in a few seconds." } : { title: "Something went wrong", body: "We could not show this page. Please try again later." } : busy ? { title: "\u670D\u52A1\u7E41\u5FD9\uFF0C\u8BF7\u7A0D\u540E\u518D\u8BD5", body: "\u7CFB\u7EDF\u6682\u65F6\u7E41\u5FD9\u6216\u65E0\u6CD5\u8FDE\u63A5\uFF0C\u8BF7\u8FC7\u51E0\u79D2\u949F\u518D\u8BD5\u3002" } : { title: "\u9875\u9762\u51FA\u9519\u4E86", body: "\u6682\u65F6\u65E0\u6CD5\u663E\u793A\u6B64\u9875\u9762\uFF0C\u8BF7\u7A0D\u540E\u518D\u8BD5\u3002" };
  return renderTemplate`${renderComponent($$result, "Public", $$Public, { "lang": lang, "title": text.title }, { "default": ($$result2) => renderTemplate` ${maybeRenderHead()}<h1>${text.title}</h1> <p>${text.body}</p> <p>${lang === "en" ? "In an emergency, call 110." : "\u7D27\u6025\u60C5\u51B5\u8BF7\u62E8\u6253 110\u3002"}</p> ` })}`;
}, "/work/main/packages/web/src/pages/500.astro", void 0);

const $$file = "/work/main/packages/web/src/pages/500.astro";
const $$url = "/500";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  default: $$500,
  file: $$file,
  url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
