import { c as consoleLang, a as consoleMessages } from './index_DEu4dKf_.mjs';
import { a as onboardingMessages } from './index_ur84y5b3.mjs';

function onboardingPage(astro, role = "county_admin") {
  const lang = consoleLang(astro.cookies, astro.url);
  const actor = astro.locals.actor;
  const allowed = actor.type === "user" && actor.properties.role === role;
  if (!allowed) astro.response.status = 403;
  return {
    lang,
    m: consoleMessages(lang),
    o: onboardingMessages(lang),
    allowed
  };
}
function done(astro, path, notice) {
  const url = new URL(path, astro.url);
  url.searchParams.set("done", notice);
  return astro.redirect(url.pathname + url.search + url.hash, 303);
}
function nameOf(lang, item) {
  return lang === "en" && item.nameEn ? item.nameEn : item.nameZh;
}
function formatTime(lang, value) {
  return new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "zh-CN", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Asia/Shanghai"
  }).format(new Date(value));
}
function text(form, name) {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}
function optional(form, name) {
  return text(form, name).trim() || void 0;
}
function paginate(url, items, size = 100) {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const page = Math.min(pages, Math.max(1, Number(url.searchParams.get("page")) || 1));
  return {
    page,
    pages,
    items: items.slice((page - 1) * size, page * size)
  };
}
function paren(lang, text2) {
  return lang === "zh" ? `（${text2}）` : ` (${text2})`;
}

export { optional as a, paginate as b, done as d, formatTime as f, nameOf as n, onboardingPage as o, paren as p, text as t };
