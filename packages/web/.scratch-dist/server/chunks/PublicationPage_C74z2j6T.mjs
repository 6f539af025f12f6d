import { e as createComponent, m as maybeRenderHead, g as addAttribute, u as unescapeHTML, r as renderTemplate, h as createAstro, k as renderComponent, l as Fragment } from './astro/server_s_7gde-g.mjs';
import 'piccolore';
import { h as htmlLang, n as nameIn, t as textIn, s as safeImage, $ as $$Public, m as messages, a as localePath, f as formatDate } from './Public_CAtLWGXe.mjs';
import 'clsx';
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
/* empty css                          */

const marked = new Marked({
  gfm: true,
  breaks: true,
  async: false
});
const headings = {
  h1: "h2",
  h2: "h2",
  h3: "h3",
  h4: "h4",
  h5: "h4",
  h6: "h4"
};
const policy = {
  allowedTags: ["p", "br", "strong", "em", "del", "blockquote", "ul", "ol", "li", "h2", "h3", "h4", "a", "img", "code", "pre", "hr", "table", "thead", "tbody", "tr", "th", "td"],
  allowedAttributes: {
    a: ["href", "title", "rel"],
    img: ["src", "alt", "title", "loading"],
    th: ["align"],
    td: ["align"]
  },
  allowedSchemes: ["https", "http", "mailto", "tel"],
  allowedSchemesByTag: {
    img: ["https"]
  },
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  transformTags: {
    ...Object.fromEntries(Object.entries(headings).map(([from, to]) => [from, sanitizeHtml.simpleTransform(to, {})])),
    a: sanitizeHtml.simpleTransform("a", {
      rel: "nofollow noopener"
    }),
    img: sanitizeHtml.simpleTransform("img", {
      loading: "lazy"
    })
  }
};
function renderMarkdown(source) {
  return sanitizeHtml(marked.parse(source), policy);
}

const $$Astro$1 = createAstro();
const $$Markdown = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro$1, $$props, $$slots);
  Astro2.self = $$Markdown;
  const { source, lang } = Astro2.props;
  return renderTemplate`${maybeRenderHead()}<div class="prose"${addAttribute(htmlLang(lang), "lang")} data-astro-cid-4vljwzl3>${unescapeHTML(renderMarkdown(source))}</div> `;
}, "/work/main/packages/web/src/components/Content/Markdown.astro", void 0);

const $$Astro = createAstro();
const $$PublicationPage = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$PublicationPage;
  const { lang, data } = Astro2.props;
  const { county, kind, item, officers, villages } = data;
  const m = messages(lang);
  const countyName = nameIn(lang, county);
  const base = `/${county.slug}`;
  const title = textIn(lang, item, "title");
  const summary = textIn(lang, item, "summary");
  const body = textIn(lang, item, "body");
  const cover = safeImage(item.coverUrl);
  const listPath = `${base}/${kind === "story" ? "stories" : "brands"}`;
  const differs = (text) => text.lang === lang ? void 0 : htmlLang(text.lang);
  return renderTemplate`${renderComponent($$result, "Public", $$Public, { "lang": lang, "title": `${title.text} \xB7 ${countyName} \xB7 ${m.siteName}`, "description": summary.text, "image": cover, "type": "article", "county": { slug: county.slug, name: countyName }, "section": kind === "story" ? "stories" : "brands", "data-astro-cid-mgon72z2": true }, { "default": ($$result2) => renderTemplate` ${maybeRenderHead()}<article data-astro-cid-mgon72z2> <p class="crumbs" data-astro-cid-mgon72z2> <a${addAttribute(localePath(lang, base), "href")} data-astro-cid-mgon72z2>${countyName}</a> ›
<a${addAttribute(localePath(lang, listPath), "href")} data-astro-cid-mgon72z2>${kind === "story" ? m.navStories : m.navBrands}</a> </p> <h1${addAttribute(differs(title), "lang")} data-astro-cid-mgon72z2>${title.text}</h1> ${item.publishedAt && renderTemplate`<p class="muted small" data-astro-cid-mgon72z2>${m.publishedOn(formatDate(lang, item.publishedAt))}</p>`} ${lang === "en" && body.lang !== "en" && renderTemplate`<p class="muted small" data-astro-cid-mgon72z2>${m.chineseOnly}</p>`} ${cover && renderTemplate`<img class="cover"${addAttribute(cover, "src")} alt="" data-astro-cid-mgon72z2>`} <p class="summary"${addAttribute(differs(summary), "lang")} data-astro-cid-mgon72z2>${summary.text}</p> ${renderComponent($$result2, "Markdown", $$Markdown, { "source": body.text, "lang": body.lang, "data-astro-cid-mgon72z2": true })} </article> ${(officers.length > 0 || villages.length > 0) && renderTemplate`<dl class="facts card" data-astro-cid-mgon72z2> ${officers.length > 0 && renderTemplate`${renderComponent($$result2, "Fragment", Fragment, { "data-astro-cid-mgon72z2": true }, { "default": ($$result3) => renderTemplate` <dt data-astro-cid-mgon72z2>${m.featuredOfficers}</dt> <dd data-astro-cid-mgon72z2> <ul class="chips" data-astro-cid-mgon72z2> ${officers.map((officer) => renderTemplate`<li data-astro-cid-mgon72z2> <a${addAttribute(localePath(lang, `${base}/officers/${officer.slug}`), "href")} data-astro-cid-mgon72z2>${nameIn(lang, officer)}</a> </li>`)} </ul> </dd> ` })}`} ${villages.length > 0 && renderTemplate`${renderComponent($$result2, "Fragment", Fragment, { "data-astro-cid-mgon72z2": true }, { "default": ($$result3) => renderTemplate` <dt data-astro-cid-mgon72z2>${m.featuredVillages}</dt> <dd data-astro-cid-mgon72z2> <ul class="chips" data-astro-cid-mgon72z2> ${villages.map((village) => renderTemplate`<li data-astro-cid-mgon72z2> <a${addAttribute(localePath(lang, `${base}/villages/${village.villageId}`), "href")} data-astro-cid-mgon72z2>${nameIn(lang, village)}</a> </li>`)} </ul> </dd> ` })}`} </dl>`}` })} `;
}, "/work/main/packages/web/src/components/Story/PublicationPage.astro", void 0);

export { $$PublicationPage as $ };
