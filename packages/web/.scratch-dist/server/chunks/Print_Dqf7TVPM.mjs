import { e as createComponent, g as addAttribute, p as renderHead, o as renderSlot, r as renderTemplate, h as createAstro } from './astro/server_s_7gde-g.mjs';
import 'piccolore';
import 'clsx';
import { c as siteOrigin, d as switchPath, h as htmlLang, m as messages } from './Public_CAtLWGXe.mjs';
/* empty css                        */

const $$Astro = createAstro();
const $$Print = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$Print;
  const { lang, title, description, paper, backHref, image } = Astro2.props;
  const m = messages(lang);
  const other = lang === "zh" ? "en" : "zh";
  const origin = siteOrigin(Astro2.url);
  const shareImage = new URL(image ?? "/og.jpg", origin + "/").href;
  return renderTemplate`<html${addAttribute(m.htmlLang, "lang")}> <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><meta name="description"${addAttribute(description, "content")}><meta name="robots" content="noindex"><link rel="icon" href="/favicon.svg" type="image/svg+xml"><meta property="og:type" content="website"><meta property="og:title"${addAttribute(title, "content")}><meta property="og:description"${addAttribute(description, "content")}><meta property="og:url"${addAttribute(origin + Astro2.url.pathname, "content")}><meta property="og:image"${addAttribute(shareImage, "content")}>${renderHead()}</head> <body${addAttribute(paper, "class")}> <nav class="tools"${addAttribute(m.siteName, "aria-label")}> <a${addAttribute(backHref, "href")}>← ${m.back}</a> <span>${m.printHint}</span> <a${addAttribute(switchPath(Astro2.url), "href")}${addAttribute(htmlLang(other), "hreflang")}${addAttribute(htmlLang(other), "lang")}>${m.switchLanguage}</a> </nav> <main class="sheet"> ${renderSlot($$result, $$slots["default"])} </main> </body></html>`;
}, "/work/main/packages/web/src/layouts/Print.astro", void 0);

export { $$Print as $ };
