import { e as createComponent, k as renderComponent, r as renderTemplate, h as createAstro, m as maybeRenderHead, l as Fragment, g as addAttribute, s as spreadAttributes } from '../../chunks/astro/server_s_7gde-g.mjs';
import { C as County } from '../../chunks/index_BeLTUk0H.mjs';
import { $ as $$FieldError } from '../../chunks/FieldError_Dxz2kgF2.mjs';
import { $ as $$Notice } from '../../chunks/Notice_D9SOpefy.mjs';
import { o as onboardingPage, t as text, d as done } from '../../chunks/page_rxo3UHD0.mjs';
import { o as onboardingProblem } from '../../chunks/index_ur84y5b3.mjs';
import { $ as $$Console } from '../../chunks/Console_BDBxF5Hs.mjs';
export { renderers } from '../../renderers.mjs';

const $$Astro = createAstro();
const $$Index = createComponent(async ($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$Index;
  const { lang, o, allowed } = onboardingPage(Astro2, "platform_admin");
  let problem;
  let values = {};
  if (allowed && Astro2.request.method === "POST") {
    const form = await Astro2.request.formData();
    values = Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string"));
    try {
      const slug = text(form, "slug").trim();
      await County.create({
        slug,
        nameZh: text(form, "nameZh"),
        nameEn: text(form, "nameEn"),
        cityZh: text(form, "cityZh"),
        cityEn: text(form, "cityEn"),
        divisionCode: text(form, "divisionCode"),
        timeZone: text(form, "timeZone") || void 0
      });
      return done(Astro2, `/console/platform/${slug}`, "created");
    } catch (error) {
      problem = onboardingProblem(lang, error);
      Astro2.response.status = problem.status;
    }
  }
  const counties = allowed ? await County.list() : [];
  const field = (name, label, attributes = {}) => ({ name, label, attributes });
  const fields = [
    field("slug", o.platform.slug, { required: true, maxlength: 48, autocapitalize: "none", pattern: "[a-z0-9]+(-[a-z0-9]+)*" }),
    field("nameZh", o.platform.nameZh, { required: true, maxlength: 60 }),
    field("nameEn", o.platform.nameEn, { required: true, maxlength: 120, lang: "en" }),
    field("cityZh", o.platform.cityZh, { required: true, maxlength: 60 }),
    field("cityEn", o.platform.cityEn, { required: true, maxlength: 120, lang: "en" }),
    field("divisionCode", o.platform.divisionCode, { required: true, maxlength: 6, inputmode: "numeric", pattern: "\\d{6}" }),
    field("timeZone", o.platform.timeZone, { maxlength: 40, placeholder: "Asia/Shanghai" })
  ];
  return renderTemplate`${renderComponent($$result, "Console", $$Console, { "title": o.platform.title }, { "default": async ($$result2) => renderTemplate` ${maybeRenderHead()}<h1>${o.platform.title}</h1> ${!allowed && renderTemplate`<p class="error" role="alert">${o.common.forbidden}</p>`}${allowed && renderTemplate`${renderComponent($$result2, "Fragment", Fragment, {}, { "default": async ($$result3) => renderTemplate` ${renderComponent($$result3, "Notice", $$Notice, { "problem": problem })} <div class="card"> <h2>${o.platform.counties}</h2> ${counties.length === 0 ? renderTemplate`<p>${o.platform.noCounties}</p>` : renderTemplate`<table> <thead> <tr><th>${o.platform.nameZh}</th><th>${o.platform.slug}</th><th>${o.platform.divisionCode}</th><th>${o.common.status}</th></tr> </thead> <tbody> ${counties.map((county) => renderTemplate`<tr> <td><a${addAttribute(`/console/platform/${county.slug}`, "href")}>${lang === "en" ? county.nameEn : county.nameZh}</a></td> <td><code>${county.slug}</code></td> <td>${county.divisionCode}</td> <td>${o.platform.statuses[county.status]}</td> </tr>`)} </tbody> </table>`} </div> <div class="card"> <h2>${o.platform.create}</h2> <form method="post"> ${fields.map(({ name, label, attributes }) => renderTemplate`${renderComponent($$result3, "Fragment", Fragment, {}, { "default": async ($$result4) => renderTemplate` <label${addAttribute(name, "for")}>${label}</label> <input${addAttribute(name, "id")}${addAttribute(name, "name")}${addAttribute(values[name] ?? "", "value")}${spreadAttributes(attributes)}> ${renderComponent($$result4, "FieldError", $$FieldError, { "id": `${name}-error`, "message": problem?.fields[name] })} ` })}`)} <button class="primary" type="submit">${o.platform.create}</button> </form> </div> ` })}`}` })}`;
}, "/work/main/packages/web/src/pages/console/platform/index.astro", void 0);

const $$file = "/work/main/packages/web/src/pages/console/platform/index.astro";
const $$url = "/console/platform";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  default: $$Index,
  file: $$file,
  url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
