import { e as createComponent, m as maybeRenderHead, g as addAttribute, r as renderTemplate, k as renderComponent, h as createAstro } from './astro/server_s_7gde-g.mjs';
import 'piccolore';
import { t as textIn, s as safeImage, h as htmlLang, f as formatDate, m as messages, a as localePath } from './Public_CAtLWGXe.mjs';
/* empty css                         */

const $$Astro = createAstro();
const $$FeatureList = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$FeatureList;
  const { lang, countySlug, items, level = 3 } = Astro2.props;
  const m = messages(lang);
  const Heading = `h${level}`;
  return renderTemplate`${maybeRenderHead()}<ul class="plain features" data-astro-cid-lnoecfsl> ${items.map((item) => {
    const title = textIn(lang, item, "title");
    const summary = textIn(lang, item, "summary");
    const cover = safeImage(item.coverUrl);
    const path = `/${countySlug}/${item.kind === "story" ? "stories" : "brands"}/${item.slug}`;
    return renderTemplate`<li class="card feature" data-astro-cid-lnoecfsl> ${cover && renderTemplate`<img${addAttribute(cover, "src")} alt="" loading="lazy" width="96" height="72" data-astro-cid-lnoecfsl>`} <div data-astro-cid-lnoecfsl> ${renderComponent($$result, "Heading", Heading, { "class": "title", "lang": title.lang === lang ? void 0 : htmlLang(title.lang), "data-astro-cid-lnoecfsl": true }, { "default": ($$result2) => renderTemplate` <a${addAttribute(localePath(lang, path), "href")} data-astro-cid-lnoecfsl>${title.text}</a> ` })} <p${addAttribute(summary.lang === lang ? void 0 : htmlLang(summary.lang), "lang")} data-astro-cid-lnoecfsl>${summary.text}</p> <p class="muted small" data-astro-cid-lnoecfsl>${m.publishedOn(formatDate(lang, item.publishedAt))}</p> </div> </li>`;
  })} </ul> `;
}, "/work/main/packages/web/src/components/Story/FeatureList.astro", void 0);

export { $$FeatureList as $ };
