import { e as createComponent, k as renderComponent, r as renderTemplate, h as createAstro, m as maybeRenderHead, l as Fragment, g as addAttribute } from '../../../chunks/astro/server_s_7gde-g.mjs';
import 'piccolore';
import { O as Officer } from '../../../chunks/pinyin_G0d18_-J.mjs';
import { P as Precinct } from '../../../chunks/index_--kPpFx1.mjs';
import { V as Village } from '../../../chunks/index_L52EVg_U.mjs';
import { $ as $$FieldError } from '../../../chunks/FieldError_Dxz2kgF2.mjs';
import { $ as $$Notice } from '../../../chunks/Notice_D9SOpefy.mjs';
import { $ as $$Tabs } from '../../../chunks/Tabs_SNDRomsw.mjs';
import { o as onboardingPage, a as optional, t as text, d as done, n as nameOf } from '../../../chunks/page_rxo3UHD0.mjs';
import { o as onboardingProblem } from '../../../chunks/index_ur84y5b3.mjs';
import { $ as $$Console } from '../../../chunks/Console_BDBxF5Hs.mjs';
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
      const precinctId = await Precinct.create({
        nameZh: text(form, "nameZh"),
        nameEn: text(form, "nameEn"),
        address: optional(form, "address"),
        phone: optional(form, "phone")
      });
      return done(Astro2, `/console/onboarding/precincts/${precinctId}`, "created");
    } catch (error) {
      problem = onboardingProblem(lang, error);
      Astro2.response.status = problem.status;
    }
  }
  const [precincts, villages, officers] = allowed ? await Promise.all([Precinct.list(), Village.list({}), Officer.list({})]) : [[], [], []];
  const count = (items, precinctId) => items.filter((item) => item.precinctId === precinctId).length;
  return renderTemplate`${renderComponent($$result, "Console", $$Console, { "title": o.precincts.title }, { "default": async ($$result2) => renderTemplate` ${maybeRenderHead()}<h1>${o.precincts.title}</h1> ${!allowed && renderTemplate`<p class="error" role="alert">${o.common.forbidden}</p>`}${allowed && renderTemplate`${renderComponent($$result2, "Fragment", Fragment, {}, { "default": async ($$result3) => renderTemplate` ${renderComponent($$result3, "Tabs", $$Tabs, { "lang": lang, "current": "precincts" })} ${renderComponent($$result3, "Notice", $$Notice, { "problem": problem })} <div class="card"> ${precincts.length === 0 ? renderTemplate`<p>${o.precincts.empty}</p>` : renderTemplate`<table> <thead> <tr><th>${o.common.precinct}</th><th>${o.common.phone}</th><th>${o.precincts.villages}</th><th>${o.precincts.officers}</th><th>${o.common.status}</th></tr> </thead> <tbody> ${precincts.map((precinct) => renderTemplate`<tr> <td><a${addAttribute(`/console/onboarding/precincts/${precinct.precinctId}`, "href")}>${nameOf(lang, precinct)}</a></td> <td>${precinct.phone ?? ""}</td> <td>${count(villages, precinct.precinctId)}</td> <td>${count(officers, precinct.precinctId)}</td> <td>${precinct.status === "active" ? o.common.active : o.common.archived}</td> </tr>`)} </tbody> </table>`} </div> <div class="card"> <h2>${o.precincts.add}</h2> <form method="post"> <label for="nameZh">${o.common.nameZh}</label> <input id="nameZh" name="nameZh" required maxlength="60"> ${renderComponent($$result3, "FieldError", $$FieldError, { "id": "nameZh-error", "message": problem?.fields.nameZh })} <label for="nameEn">${o.common.nameEn}</label> <input id="nameEn" name="nameEn" maxlength="120" lang="en"> ${renderComponent($$result3, "FieldError", $$FieldError, { "id": "nameEn-error", "message": problem?.fields.nameEn })} <label for="address">${o.common.address}</label> <input id="address" name="address" maxlength="200"> ${renderComponent($$result3, "FieldError", $$FieldError, { "id": "address-error", "message": problem?.fields.address })} <label for="phone">${o.common.phone}</label> <input id="phone" name="phone" maxlength="20" inputmode="tel"> ${renderComponent($$result3, "FieldError", $$FieldError, { "id": "phone-error", "message": problem?.fields.phone })} <button class="primary" type="submit">${o.common.create}</button> </form> </div> ` })}`}` })}`;
}, "/work/main/packages/web/src/pages/console/onboarding/precincts/index.astro", void 0);

const $$file = "/work/main/packages/web/src/pages/console/onboarding/precincts/index.astro";
const $$url = "/console/onboarding/precincts";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  default: $$Index,
  file: $$file,
  url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
