import { e as createComponent, k as renderComponent, r as renderTemplate, h as createAstro, m as maybeRenderHead, l as Fragment, g as addAttribute } from '../../../chunks/astro/server_s_7gde-g.mjs';
import 'piccolore';
import { n as namesFromPinyin } from '../../../chunks/names_Comy1Zvu.mjs';
import { O as Officer } from '../../../chunks/pinyin_G0d18_-J.mjs';
import { P as Precinct } from '../../../chunks/index_--kPpFx1.mjs';
import { $ as $$FieldError } from '../../../chunks/FieldError_Dxz2kgF2.mjs';
import { $ as $$Notice } from '../../../chunks/Notice_D9SOpefy.mjs';
import { $ as $$Tabs } from '../../../chunks/Tabs_SNDRomsw.mjs';
import { o as onboardingPage, t as text, a as optional, d as done, n as nameOf, b as paginate, p as paren } from '../../../chunks/page_rxo3UHD0.mjs';
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
  let values = {};
  if (allowed && Astro2.request.method === "POST") {
    const form = await Astro2.request.formData();
    values = Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string"));
    try {
      const nameZh = text(form, "nameZh").trim();
      const generated = namesFromPinyin(nameZh);
      const officerId = await Officer.create({
        nameZh,
        nameEn: optional(form, "nameEn") ?? generated.nameEn,
        slug: optional(form, "slug") ?? generated.slug,
        badge: text(form, "badge"),
        precinctId: text(form, "precinctId"),
        rank: optional(form, "rank"),
        officePhone: optional(form, "officePhone"),
        deskHours: optional(form, "deskHours"),
        bio: optional(form, "bio")
      });
      return done(Astro2, `/console/onboarding/officers/${officerId}`, "created");
    } catch (error) {
      problem = onboardingProblem(lang, error);
      Astro2.response.status = problem.status;
    }
  }
  const query = Astro2.url.searchParams;
  const precinctFilter = query.get("precinct") || void 0;
  const showArchived = query.get("archived") === "1";
  const search = (query.get("q") ?? "").trim().toLowerCase();
  const [precincts, officers] = allowed ? await Promise.all([Precinct.list(), Officer.list({ includeArchived: showArchived })]) : [[], []];
  const precinctName = new Map(precincts.map((p) => [p.precinctId, nameOf(lang, p)]));
  const matching = officers.filter(
    (officer) => (!precinctFilter || officer.precinctId === precinctFilter) && (!search || officer.nameZh.includes(search) || officer.badge.toLowerCase().includes(search) || officer.slug.includes(search))
  );
  const { page, pages, items } = paginate(Astro2.url, matching);
  const pageLink = (n) => {
    const url = new URL(Astro2.url);
    url.searchParams.set("page", String(n));
    return url.pathname + url.search;
  };
  return renderTemplate`${renderComponent($$result, "Console", $$Console, { "title": o.officers.title, "data-astro-cid-67yl2y2d": true }, { "default": async ($$result2) => renderTemplate` ${maybeRenderHead()}<h1 data-astro-cid-67yl2y2d>${o.officers.title}</h1> ${!allowed && renderTemplate`<p class="error" role="alert" data-astro-cid-67yl2y2d>${o.common.forbidden}</p>`}${allowed && renderTemplate`${renderComponent($$result2, "Fragment", Fragment, { "data-astro-cid-67yl2y2d": true }, { "default": async ($$result3) => renderTemplate` ${renderComponent($$result3, "Tabs", $$Tabs, { "lang": lang, "current": "officers", "data-astro-cid-67yl2y2d": true })} ${renderComponent($$result3, "Notice", $$Notice, { "problem": problem, "data-astro-cid-67yl2y2d": true })} <form method="get" class="card filters" data-astro-cid-67yl2y2d> <label for="precinct" data-astro-cid-67yl2y2d>${o.common.precinct}</label> <select id="precinct" name="precinct" data-astro-cid-67yl2y2d> <option value="" data-astro-cid-67yl2y2d>${o.common.all}</option> ${precincts.map((p) => renderTemplate`<option${addAttribute(p.precinctId, "value")}${addAttribute(p.precinctId === precinctFilter, "selected")} data-astro-cid-67yl2y2d>${nameOf(lang, p)}</option>`)} </select> <label for="q" data-astro-cid-67yl2y2d>${o.officers.nameZh} / ${o.officers.badge}</label> <input id="q" name="q"${addAttribute(query.get("q") ?? "", "value")} maxlength="60" data-astro-cid-67yl2y2d> <label class="inline" data-astro-cid-67yl2y2d><input type="checkbox" name="archived" value="1"${addAttribute(showArchived, "checked")} data-astro-cid-67yl2y2d> ${o.common.showArchived}</label> <button type="submit" data-astro-cid-67yl2y2d>${o.common.filter}</button> </form> <div class="card" data-astro-cid-67yl2y2d> <p data-astro-cid-67yl2y2d>${o.common.count(matching.length)}</p> ${items.length === 0 ? renderTemplate`<p data-astro-cid-67yl2y2d>${o.officers.empty}</p>` : renderTemplate`<table data-astro-cid-67yl2y2d> <thead data-astro-cid-67yl2y2d> <tr data-astro-cid-67yl2y2d><th data-astro-cid-67yl2y2d>${o.officers.nameZh}</th><th data-astro-cid-67yl2y2d>${o.officers.badge}</th><th data-astro-cid-67yl2y2d>${o.common.precinct}</th><th data-astro-cid-67yl2y2d>${o.officers.rank}</th><th data-astro-cid-67yl2y2d>${o.officers.villages}</th></tr> </thead> <tbody data-astro-cid-67yl2y2d> ${items.map((officer) => renderTemplate`<tr data-astro-cid-67yl2y2d> <td data-astro-cid-67yl2y2d> <a${addAttribute(`/console/onboarding/officers/${officer.officerId}`, "href")} data-astro-cid-67yl2y2d>${nameOf(lang, officer)}</a> ${officer.status !== "active" && renderTemplate`<small data-astro-cid-67yl2y2d>${paren(lang, o.common.archived)}</small>`} </td> <td data-astro-cid-67yl2y2d>${officer.badge}</td> <td data-astro-cid-67yl2y2d>${precinctName.get(officer.precinctId) ?? ""}</td> <td data-astro-cid-67yl2y2d>${officer.rank ?? ""}</td> <td data-astro-cid-67yl2y2d>${officer.villageIds?.length ?? 0}</td> </tr>`)} </tbody> </table>`} ${pages > 1 && renderTemplate`<nav class="pager" aria-label="pages" data-astro-cid-67yl2y2d> ${page > 1 && renderTemplate`<a${addAttribute(pageLink(page - 1), "href")} data-astro-cid-67yl2y2d>‹</a>`} <span data-astro-cid-67yl2y2d>${page} / ${pages}</span> ${page < pages && renderTemplate`<a${addAttribute(pageLink(page + 1), "href")} data-astro-cid-67yl2y2d>›</a>`} </nav>`} </div> <div class="card" data-astro-cid-67yl2y2d> <h2 data-astro-cid-67yl2y2d>${o.officers.add}</h2> <form method="post" data-astro-cid-67yl2y2d> <label for="nameZh" data-astro-cid-67yl2y2d>${o.officers.nameZh}</label> <input id="nameZh" name="nameZh" required maxlength="60"${addAttribute(values.nameZh ?? "", "value")} data-astro-cid-67yl2y2d> ${renderComponent($$result3, "FieldError", $$FieldError, { "id": "nameZh-error", "message": problem?.fields.nameZh, "data-astro-cid-67yl2y2d": true })} <label for="badge" data-astro-cid-67yl2y2d>${o.officers.badge}</label> <input id="badge" name="badge" required maxlength="12"${addAttribute(values.badge ?? "", "value")} data-astro-cid-67yl2y2d> ${renderComponent($$result3, "FieldError", $$FieldError, { "id": "badge-error", "message": problem?.fields.badge, "data-astro-cid-67yl2y2d": true })} <label for="precinctId" data-astro-cid-67yl2y2d>${o.common.precinct}</label> <select id="precinctId" name="precinctId" required data-astro-cid-67yl2y2d> ${precincts.filter((p) => p.status === "active").map((p) => renderTemplate`<option${addAttribute(p.precinctId, "value")}${addAttribute(p.precinctId === values.precinctId, "selected")} data-astro-cid-67yl2y2d>${nameOf(lang, p)}</option>`)} </select> ${renderComponent($$result3, "FieldError", $$FieldError, { "id": "precinctId-error", "message": problem?.fields.precinctId, "data-astro-cid-67yl2y2d": true })} <label for="nameEn" data-astro-cid-67yl2y2d>${o.officers.nameEn}${paren(lang, o.common.optional)}</label> <input id="nameEn" name="nameEn" maxlength="120" lang="en"${addAttribute(values.nameEn ?? "", "value")} data-astro-cid-67yl2y2d> ${renderComponent($$result3, "FieldError", $$FieldError, { "id": "nameEn-error", "message": problem?.fields.nameEn, "data-astro-cid-67yl2y2d": true })} <label for="slug" data-astro-cid-67yl2y2d>${o.officers.slug}${paren(lang, o.common.optional)}</label> <input id="slug" name="slug" maxlength="48" autocapitalize="none"${addAttribute(values.slug ?? "", "value")} data-astro-cid-67yl2y2d> ${renderComponent($$result3, "FieldError", $$FieldError, { "id": "slug-error", "message": problem?.fields.slug, "data-astro-cid-67yl2y2d": true })} <label for="rank" data-astro-cid-67yl2y2d>${o.officers.rank}</label> <input id="rank" name="rank" maxlength="40"${addAttribute(values.rank ?? "", "value")} data-astro-cid-67yl2y2d> <label for="officePhone" data-astro-cid-67yl2y2d>${o.officers.officePhone}</label> <input id="officePhone" name="officePhone" maxlength="20" inputmode="tel"${addAttribute(values.officePhone ?? "", "value")} data-astro-cid-67yl2y2d> ${renderComponent($$result3, "FieldError", $$FieldError, { "id": "officePhone-error", "message": problem?.fields.officePhone, "data-astro-cid-67yl2y2d": true })} <label for="deskHours" data-astro-cid-67yl2y2d>${o.common.deskHours}</label> <input id="deskHours" name="deskHours" maxlength="200"${addAttribute(o.common.deskHoursHint, "placeholder")}${addAttribute(values.deskHours ?? "", "value")} data-astro-cid-67yl2y2d> <label for="bio" data-astro-cid-67yl2y2d>${o.officers.bio}</label> <textarea id="bio" name="bio" maxlength="500" rows="3" data-astro-cid-67yl2y2d>${values.bio ?? ""}</textarea> ${renderComponent($$result3, "FieldError", $$FieldError, { "id": "bio-error", "message": problem?.fields.bio, "data-astro-cid-67yl2y2d": true })} <button class="primary" type="submit" data-astro-cid-67yl2y2d>${o.common.create}</button> </form> </div> ` })}`}` })} `;
}, "/work/main/packages/web/src/pages/console/onboarding/officers/index.astro", void 0);

const $$file = "/work/main/packages/web/src/pages/console/onboarding/officers/index.astro";
const $$url = "/console/onboarding/officers";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  default: $$Index,
  file: $$file,
  url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
