import { e as createComponent, k as renderComponent, r as renderTemplate, h as createAstro, m as maybeRenderHead, l as Fragment, g as addAttribute } from '../chunks/astro/server_s_7gde-g.mjs';
import 'piccolore';
import { R as Rating } from '../chunks/index_B-3AYYOB.mjs';
import { W as WorkLog } from '../chunks/index_Bg6afd-E.mjs';
import { $ as $$Console, f as feedbackConsoleMessages } from '../chunks/Console_BDBxF5Hs.mjs';
import { c as categoryOrder, s as shanghaiLocal } from '../chunks/time_P5VlSZlL.mjs';
import { c as consoleLang, a as consoleMessages } from '../chunks/index_DEu4dKf_.mjs';
import { w as workMessages } from '../chunks/index_CYLbpVVE.mjs';
/* empty css                                 */
export { renderers } from '../renderers.mjs';

const $$Astro = createAstro();
const $$Index = createComponent(async ($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$Index;
  const lang = consoleLang(Astro2.cookies, Astro2.url);
  const m = consoleMessages(lang);
  const w = workMessages(lang);
  const user = Astro2.locals.user;
  const isOfficer = user.role === "officer" && Boolean(user.officerId);
  const recent = isOfficer ? (await WorkLog.byOfficer({ limit: 10 })).entries : [];
  const feedback = user.role === "precinct_supervisor" ? await Rating.queueSizes() : void 0;
  const fb = feedbackConsoleMessages(lang);
  return renderTemplate`${renderComponent($$result, "Console", $$Console, { "title": m.home, "data-astro-cid-3bsnccdx": true }, { "default": async ($$result2) => renderTemplate` ${maybeRenderHead()}<h1 data-astro-cid-3bsnccdx>${m.welcome(user.displayName)}</h1> ${Astro2.url.searchParams.get("removed") && renderTemplate`<p class="ok" role="status" data-astro-cid-3bsnccdx>${w.removed}</p>`}<div class="card" data-astro-cid-3bsnccdx> <p data-astro-cid-3bsnccdx>${m.yourRole}：${m.roleNames[user.role]} · ${m.username}：${user.username}</p> ${user.role !== "health_liaison" && user.role !== "platform_admin" && renderTemplate`<p data-astro-cid-3bsnccdx><a href="/console/dashboard" data-astro-cid-3bsnccdx>${w.dashboard}</a></p>`} ${feedback && renderTemplate`<p data-astro-cid-3bsnccdx><a href="/console/feedback" data-astro-cid-3bsnccdx>${fb.queueTitle(feedback.praise)} · ${fb.complaintsTitle(feedback.complaint)}</a></p>`} </div> ${isOfficer && renderTemplate`${renderComponent($$result2, "Fragment", Fragment, { "data-astro-cid-3bsnccdx": true }, { "default": async ($$result3) => renderTemplate` <section class="card" data-astro-cid-3bsnccdx> <h2 data-astro-cid-3bsnccdx>${w.record}</h2> <ul class="quick" data-astro-cid-3bsnccdx> ${categoryOrder.map((category) => renderTemplate`<li data-astro-cid-3bsnccdx><a${addAttribute(`/console/log?category=${category}`, "href")} data-astro-cid-3bsnccdx>${w.categories[category]}</a></li>`)} </ul> </section> <section class="card" data-astro-cid-3bsnccdx> <h2 data-astro-cid-3bsnccdx>${w.recent}</h2> ${recent.length === 0 ? renderTemplate`<p data-astro-cid-3bsnccdx>${w.noEntries}</p>` : renderTemplate`<ul data-astro-cid-3bsnccdx> ${recent.map((entry) => renderTemplate`<li data-astro-cid-3bsnccdx> <a${addAttribute(`/console/log/${entry.entryId}`, "href")} data-astro-cid-3bsnccdx>${w.categories[entry.category]}</a> <span data-astro-cid-3bsnccdx> · ${shanghaiLocal(entry.occurredAt).replace("T", " ")}</span> </li>`)} </ul>`} </section> ` })}`}` })} `;
}, "/work/main/packages/web/src/pages/console/index.astro", void 0);

const $$file = "/work/main/packages/web/src/pages/console/index.astro";
const $$url = "/console";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  default: $$Index,
  file: $$file,
  url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
