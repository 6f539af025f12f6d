import { e as createComponent, k as renderComponent, r as renderTemplate, h as createAstro, m as maybeRenderHead, l as Fragment, g as addAttribute } from '../../chunks/astro/server_s_7gde-g.mjs';
import 'piccolore';
import { S as Settings } from '../../chunks/index_D2nEBxwM.mjs';
import { $ as $$FieldError } from '../../chunks/FieldError_Dxz2kgF2.mjs';
import { i as imageFromForm, $ as $$ImageField } from '../../chunks/image_t3khAkDQ.mjs';
import { $ as $$Notice } from '../../chunks/Notice_D9SOpefy.mjs';
import { o as onboardingPage, t as text, d as done } from '../../chunks/page_rxo3UHD0.mjs';
import { o as onboardingProblem } from '../../chunks/index_ur84y5b3.mjs';
import { $ as $$Console } from '../../chunks/Console_BDBxF5Hs.mjs';
/* empty css                                       */
export { renderers } from '../../renderers.mjs';

const $$Astro = createAstro();
const $$Settings = createComponent(async ($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$Settings;
  const { lang, o, allowed } = onboardingPage(Astro2);
  let problem;
  if (allowed && Astro2.request.method === "POST") {
    const form = await Astro2.request.formData();
    try {
      await Settings.update({
        excellenceTarget: text(form, "excellenceTarget"),
        intakeRetentionDays: text(form, "intakeRetentionDays"),
        displayName: text(form, "displayName"),
        accentColour: text(form, "accentColour"),
        contactLine: text(form, "contactLine"),
        logoUrl: await imageFromForm(form, "logoUrl", "logo")
      });
      return done(Astro2, "/console/settings", "saved");
    } catch (error) {
      problem = onboardingProblem(lang, error);
      Astro2.response.status = problem.status;
    }
  }
  const settings = allowed ? await Settings.get() : void 0;
  const notice = Astro2.url.searchParams.get("done") === "saved" ? o.settings.saved : void 0;
  return renderTemplate`${renderComponent($$result, "Console", $$Console, { "title": o.settings.title, "data-astro-cid-vvmnf4pz": true }, { "default": async ($$result2) => renderTemplate` ${maybeRenderHead()}<h1 data-astro-cid-vvmnf4pz>${o.settings.title}</h1> ${!allowed && renderTemplate`<p class="error" role="alert" data-astro-cid-vvmnf4pz>${o.common.forbidden}</p>`}${settings && renderTemplate`${renderComponent($$result2, "Fragment", Fragment, { "data-astro-cid-vvmnf4pz": true }, { "default": async ($$result3) => renderTemplate` ${renderComponent($$result3, "Notice", $$Notice, { "problem": problem, "notice": notice, "data-astro-cid-vvmnf4pz": true })} <form method="post" enctype="multipart/form-data" class="card" data-astro-cid-vvmnf4pz> <label for="excellenceTarget" data-astro-cid-vvmnf4pz>${o.settings.excellenceTarget}</label> <input id="excellenceTarget" name="excellenceTarget" type="number" min="1" max="100" step="1" required${addAttribute(settings.excellenceTarget, "value")} data-astro-cid-vvmnf4pz> ${renderComponent($$result3, "FieldError", $$FieldError, { "id": "excellenceTarget-error", "message": problem?.fields.excellenceTarget, "data-astro-cid-vvmnf4pz": true })} <label for="intakeRetentionDays" data-astro-cid-vvmnf4pz>${o.settings.intakeRetentionDays}</label> <input id="intakeRetentionDays" name="intakeRetentionDays" type="number" min="7" max="1095" step="1" required${addAttribute(settings.intakeRetentionDays, "value")} aria-describedby="intake-help" data-astro-cid-vvmnf4pz> <p class="hint" id="intake-help" data-astro-cid-vvmnf4pz>${o.settings.intakeHelp}</p> ${renderComponent($$result3, "FieldError", $$FieldError, { "id": "intakeRetentionDays-error", "message": problem?.fields.intakeRetentionDays, "data-astro-cid-vvmnf4pz": true })} <h2 data-astro-cid-vvmnf4pz>${o.settings.branding}</h2> <label for="displayName" data-astro-cid-vvmnf4pz>${o.settings.displayName}</label> <input id="displayName" name="displayName" maxlength="40"${addAttribute(settings.displayName ?? "", "value")} data-astro-cid-vvmnf4pz> ${renderComponent($$result3, "FieldError", $$FieldError, { "id": "displayName-error", "message": problem?.fields.displayName, "data-astro-cid-vvmnf4pz": true })} <label for="accentColour" data-astro-cid-vvmnf4pz>${o.settings.accentColour}</label> <input id="accentColour" name="accentColour" maxlength="7" placeholder="#0b4aa2"${addAttribute(settings.accentColour ?? "", "value")} data-astro-cid-vvmnf4pz> ${renderComponent($$result3, "FieldError", $$FieldError, { "id": "accentColour-error", "message": problem?.fields.accentColour, "data-astro-cid-vvmnf4pz": true })} <label for="contactLine" data-astro-cid-vvmnf4pz>${o.settings.contactLine}</label> <input id="contactLine" name="contactLine" maxlength="80"${addAttribute(settings.contactLine ?? "", "value")} data-astro-cid-vvmnf4pz> ${renderComponent($$result3, "FieldError", $$FieldError, { "id": "contactLine-error", "message": problem?.fields.contactLine, "data-astro-cid-vvmnf4pz": true })} ${renderComponent($$result3, "ImageField", $$ImageField, { "lang": lang, "name": "logoUrl", "purpose": "logo", "label": o.settings.logo, "current": settings.logoUrl, "error": problem?.fields.file ?? problem?.fields.logoUrl, "data-astro-cid-vvmnf4pz": true })} <button class="primary" type="submit" data-astro-cid-vvmnf4pz>${o.common.save}</button> </form> ` })}`}` })} `;
}, "/work/main/packages/web/src/pages/console/settings.astro", void 0);

const $$file = "/work/main/packages/web/src/pages/console/settings.astro";
const $$url = "/console/settings";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  default: $$Settings,
  file: $$file,
  url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
