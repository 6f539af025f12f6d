import { e as createComponent, g as addAttribute, p as renderHead, r as renderTemplate, o as renderSlot, h as createAstro } from './astro/server_s_7gde-g.mjs';
import 'piccolore';
import 'clsx';
import { c as consoleLang, a as consoleMessages } from './index_CJGfcAqr.mjs';
import { w as workMessages } from './index_C-LAXf5W.mjs';
import { a as onboardingMessages } from './index_bXNUAhjo.mjs';
/* empty css                         */

const $$Astro = createAstro();
const $$Console = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$Console;
  const { title } = Astro2.props;
  const lang = consoleLang(Astro2.cookies, Astro2.url);
  const m = consoleMessages(lang);
  const w = workMessages(lang);
  const o = onboardingMessages(lang);
  const user = Astro2.locals.user;
  const role = Astro2.locals.actor.type === "user" ? Astro2.locals.actor.properties.role : void 0;
  const switchTo = lang === "zh" ? "en" : "zh";
  return renderTemplate`<html${addAttribute(m.htmlLang, "lang")}> <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${title} · ${m.title}</title>${renderHead()}</head> <body> <a class="skip" href="#main">${lang === "zh" ? "\u8DF3\u5230\u6B63\u6587" : "Skip to content"}</a> <header class="bar"> <a class="brand" href="/console">${m.title}</a> <nav> ${user && renderTemplate`<a href="/console">${m.home}</a>`} ${role === "officer" && renderTemplate`<a href="/console/log">${w.record}</a>`} ${(role === "officer" || role === "precinct_supervisor" || role === "county_admin") && renderTemplate`<a href="/console/dashboard">${w.dashboard}</a>`} ${role === "officer" && renderTemplate`<a href="/console/today">${m.task.navToday}</a>`} ${(role === "precinct_supervisor" || role === "county_admin") && renderTemplate`<a href="/console/tasks">${m.task.navBoard}</a>`} ${role === "county_admin" && renderTemplate`<a href="/console/onboarding">${o.nav.onboarding}</a>`} ${role === "county_admin" && renderTemplate`<a href="/console/settings">${o.nav.settings}</a>`} ${role === "platform_admin" && renderTemplate`<a href="/console/platform">${o.nav.platform}</a>`} ${(role === "county_admin" || role === "platform_admin") && renderTemplate`<a href="/console/users">${m.users}</a>`} ${user && renderTemplate`<a href="/console/password">${m.changePassword}</a>`} <a${addAttribute(`/console/language?to=${switchTo}&next=${encodeURIComponent(Astro2.url.pathname)}`, "href")}${addAttribute(switchTo === "en" ? "en" : "zh-CN", "lang")}>${m.switchLanguage}</a> ${user && renderTemplate`<form method="post" action="/console/signout"> <button type="submit">${m.signOut}</button> </form>`} </nav> </header> <main id="main"> ${renderSlot($$result, $$slots["default"])} </main> </body></html>`;
}, "/work/main/packages/web/src/layouts/Console.astro", void 0);

export { $$Console as $ };
