import { e as createComponent, k as renderComponent, r as renderTemplate, h as createAstro, m as maybeRenderHead, l as Fragment, g as addAttribute } from '../../../chunks/astro/server_s_7gde-g.mjs';
import 'piccolore';
import { G as Grid } from '../../../chunks/index_BPbTr2wv.mjs';
import { O as Officer } from '../../../chunks/pinyin_G0d18_-J.mjs';
import { P as Precinct } from '../../../chunks/index_--kPpFx1.mjs';
import { V as Village } from '../../../chunks/index_L52EVg_U.mjs';
import { $ as $$FieldError } from '../../../chunks/FieldError_Dxz2kgF2.mjs';
import { $ as $$Notice } from '../../../chunks/Notice_D9SOpefy.mjs';
import { $ as $$Tabs } from '../../../chunks/Tabs_SNDRomsw.mjs';
import { o as onboardingPage, a as optional, t as text, d as done, n as nameOf, b as paginate, p as paren } from '../../../chunks/page_rxo3UHD0.mjs';
import { o as onboardingProblem } from '../../../chunks/index_ur84y5b3.mjs';
import { $ as $$Console } from '../../../chunks/Console_BDBxF5Hs.mjs';
/* empty css                                       */
export { renderers } from '../../../renderers.mjs';

const $$Astro = createAstro();
const $$Index = createComponent(async ($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$Index;
  const { lang, o, allowed } = onboardingPage(Astro2);
  let problem;
  if (allowed && Astro2.request.method === "POST") {
    const form = await Astro2.request.formData();
    try {
      const villageId = await Village.create({
        precinctId: text(form, "precinctId"),
        kind: text(form, "kind"),
        nameZh: text(form, "nameZh"),
        nameEn: text(form, "nameEn"),
        address: optional(form, "address"),
        deskHours: optional(form, "deskHours")
      });
      return done(Astro2, `/console/onboarding/villages/${villageId}`, "created");
    } catch (error) {
      problem = onboardingProblem(lang, error);
      Astro2.response.status = problem.status;
    }
  }
  const query = Astro2.url.searchParams;
  const precinctFilter = query.get("precinct") || void 0;
  const withoutOfficer = query.get("without") === "1";
  const showArchived = query.get("archived") === "1";
  const search = (query.get("q") ?? "").trim().toLowerCase();
  const [precincts, villages, officers, grids] = allowed ? await Promise.all([Precinct.list(), Village.list({ includeArchived: showArchived }), Officer.list({}), Grid.countsByVillage()]) : [[], [], [], /* @__PURE__ */ new Map()];
  const precinctName = new Map(precincts.map((p) => [p.precinctId, nameOf(lang, p)]));
  const officerName = new Map(officers.map((officer) => [officer.officerId, nameOf(lang, officer)]));
  const matching = villages.filter(
    (village) => (!precinctFilter || village.precinctId === precinctFilter) && (!withoutOfficer || !village.officerId) && (!search || village.nameZh.includes(search) || village.pinyin.includes(search) || village.initials.includes(search) || village.nameEn.toLowerCase().includes(search))
  );
  const { page, pages, items } = paginate(Astro2.url, matching);
  const pageLink = (n) => {
    const url = new URL(Astro2.url);
    url.searchParams.set("page", String(n));
    return url.pathname + url.search;
  };
  const activePrecincts = precincts.filter((p) => p.status === "active");
  return renderTemplate`${renderComponent($$result, "Console", $$Console, { "title": o.villages.title, "data-astro-cid-gc6sjv6a": true }, { "default": async ($$result2) => renderTemplate` ${maybeRenderHead()}<h1 data-astro-cid-gc6sjv6a>${o.villages.title}</h1> ${!allowed && renderTemplate`<p class="error" role="alert" data-astro-cid-gc6sjv6a>${o.common.forbidden}</p>`}${allowed && renderTemplate`${renderComponent($$result2, "Fragment", Fragment, { "data-astro-cid-gc6sjv6a": true }, { "default": async ($$result3) => renderTemplate` ${renderComponent($$result3, "Tabs", $$Tabs, { "lang": lang, "current": "villages", "data-astro-cid-gc6sjv6a": true })} ${renderComponent($$result3, "Notice", $$Notice, { "problem": problem, "data-astro-cid-gc6sjv6a": true })} <form method="get" class="card filters" data-astro-cid-gc6sjv6a> <label for="precinct" data-astro-cid-gc6sjv6a>${o.common.precinct}</label> <select id="precinct" name="precinct" data-astro-cid-gc6sjv6a> <option value="" data-astro-cid-gc6sjv6a>${o.common.all}</option> ${precincts.map((p) => renderTemplate`<option${addAttribute(p.precinctId, "value")}${addAttribute(p.precinctId === precinctFilter, "selected")} data-astro-cid-gc6sjv6a>${nameOf(lang, p)}</option>`)} </select> <label for="q" data-astro-cid-gc6sjv6a>${o.common.nameZh}</label> <input id="q" name="q"${addAttribute(query.get("q") ?? "", "value")} maxlength="60" data-astro-cid-gc6sjv6a> <label class="inline" data-astro-cid-gc6sjv6a><input type="checkbox" name="without" value="1"${addAttribute(withoutOfficer, "checked")} data-astro-cid-gc6sjv6a> ${o.villages.withoutOfficer}</label> <label class="inline" data-astro-cid-gc6sjv6a><input type="checkbox" name="archived" value="1"${addAttribute(showArchived, "checked")} data-astro-cid-gc6sjv6a> ${o.common.showArchived}</label> <button type="submit" data-astro-cid-gc6sjv6a>${o.common.filter}</button> </form> <div class="card" data-astro-cid-gc6sjv6a> <p data-astro-cid-gc6sjv6a>${o.common.count(matching.length)}</p> ${items.length === 0 ? renderTemplate`<p data-astro-cid-gc6sjv6a>${o.villages.empty}</p>` : renderTemplate`<table data-astro-cid-gc6sjv6a> <thead data-astro-cid-gc6sjv6a> <tr data-astro-cid-gc6sjv6a><th data-astro-cid-gc6sjv6a>${o.common.village}</th><th data-astro-cid-gc6sjv6a>${o.common.kind}</th><th data-astro-cid-gc6sjv6a>${o.common.precinct}</th><th data-astro-cid-gc6sjv6a>${o.villages.assignment}</th><th data-astro-cid-gc6sjv6a>${o.villages.gridCount}</th></tr> </thead> <tbody data-astro-cid-gc6sjv6a> ${items.map((village) => renderTemplate`<tr data-astro-cid-gc6sjv6a> <td data-astro-cid-gc6sjv6a> <a${addAttribute(`/console/onboarding/villages/${village.villageId}`, "href")} data-astro-cid-gc6sjv6a>${nameOf(lang, village)}</a> ${village.status === "archived" && renderTemplate`<small data-astro-cid-gc6sjv6a>${paren(lang, o.common.archived)}</small>`} </td> <td data-astro-cid-gc6sjv6a>${o.common.kinds[village.kind]}</td> <td data-astro-cid-gc6sjv6a>${precinctName.get(village.precinctId) ?? ""}</td> <td data-astro-cid-gc6sjv6a>${village.officerId ? officerName.get(village.officerId) ?? "" : renderTemplate`<span class="flag" data-astro-cid-gc6sjv6a>${o.villages.noOfficer}</span>`}</td> <td data-astro-cid-gc6sjv6a>${grids.get(village.villageId) ?? 0}</td> </tr>`)} </tbody> </table>`} ${pages > 1 && renderTemplate`<nav class="pager" aria-label="pages" data-astro-cid-gc6sjv6a> ${page > 1 && renderTemplate`<a${addAttribute(pageLink(page - 1), "href")} data-astro-cid-gc6sjv6a>‹</a>`} <span data-astro-cid-gc6sjv6a>${page} / ${pages}</span> ${page < pages && renderTemplate`<a${addAttribute(pageLink(page + 1), "href")} data-astro-cid-gc6sjv6a>›</a>`} </nav>`} </div> <div class="card" data-astro-cid-gc6sjv6a> <h2 data-astro-cid-gc6sjv6a>${o.villages.add}</h2> <form method="post" data-astro-cid-gc6sjv6a> <label for="precinctId" data-astro-cid-gc6sjv6a>${o.common.precinct}</label> <select id="precinctId" name="precinctId" required data-astro-cid-gc6sjv6a> ${activePrecincts.map((p) => renderTemplate`<option${addAttribute(p.precinctId, "value")}${addAttribute(p.precinctId === precinctFilter, "selected")} data-astro-cid-gc6sjv6a>${nameOf(lang, p)}</option>`)} </select> ${renderComponent($$result3, "FieldError", $$FieldError, { "id": "precinctId-error", "message": problem?.fields.precinctId, "data-astro-cid-gc6sjv6a": true })} <label for="kind" data-astro-cid-gc6sjv6a>${o.common.kind}</label> <select id="kind" name="kind" data-astro-cid-gc6sjv6a> <option value="village" data-astro-cid-gc6sjv6a>${o.common.kinds.village}</option> <option value="community" data-astro-cid-gc6sjv6a>${o.common.kinds.community}</option> </select> <label for="nameZh" data-astro-cid-gc6sjv6a>${o.common.nameZh}</label> <input id="nameZh" name="nameZh" required maxlength="60" data-astro-cid-gc6sjv6a> ${renderComponent($$result3, "FieldError", $$FieldError, { "id": "nameZh-error", "message": problem?.fields.nameZh, "data-astro-cid-gc6sjv6a": true })} <label for="nameEn" data-astro-cid-gc6sjv6a>${o.common.nameEn}</label> <input id="nameEn" name="nameEn" maxlength="120" lang="en" data-astro-cid-gc6sjv6a> <label for="address" data-astro-cid-gc6sjv6a>${o.common.address}</label> <input id="address" name="address" maxlength="200" data-astro-cid-gc6sjv6a> <label for="deskHours" data-astro-cid-gc6sjv6a>${o.common.deskHours}</label> <input id="deskHours" name="deskHours" maxlength="200"${addAttribute(o.common.deskHoursHint, "placeholder")} data-astro-cid-gc6sjv6a> ${renderComponent($$result3, "FieldError", $$FieldError, { "id": "deskHours-error", "message": problem?.fields.deskHours, "data-astro-cid-gc6sjv6a": true })} <button class="primary" type="submit" data-astro-cid-gc6sjv6a>${o.common.create}</button> </form> </div> ` })}`}` })} `;
}, "/work/main/packages/web/src/pages/console/onboarding/villages/index.astro", void 0);

const $$file = "/work/main/packages/web/src/pages/console/onboarding/villages/index.astro";
const $$url = "/console/onboarding/villages";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  default: $$Index,
  file: $$file,
  url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
