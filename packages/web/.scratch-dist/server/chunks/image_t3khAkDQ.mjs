import { e as createComponent, m as maybeRenderHead, g as addAttribute, r as renderTemplate, k as renderComponent, n as renderScript, h as createAstro } from './astro/server_s_7gde-g.mjs';
import 'piccolore';
import { a as onboardingMessages } from './index_ur84y5b3.mjs';
import { $ as $$FieldError } from './FieldError_Dxz2kgF2.mjs';
/* empty css                        */
import { U as Upload } from './index_CLkzxsj4.mjs';
import { t as text } from './page_rxo3UHD0.mjs';

const $$Astro = createAstro();
const $$ImageField = createComponent(async ($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$ImageField;
  const { lang, name, purpose, label, current, error } = Astro2.props;
  const o = onboardingMessages(lang);
  return renderTemplate`${maybeRenderHead()}<fieldset class="image-field"${addAttribute(purpose, "data-purpose")}${addAttribute(o.common.image.uploading, "data-uploading")}${addAttribute(o.common.image.uploaded, "data-uploaded")}${addAttribute(o.common.image.failed, "data-failed")} data-astro-cid-obegzukx> <legend data-astro-cid-obegzukx>${label}</legend> ${current && renderTemplate`<img${addAttribute(current, "src")}${addAttribute(o.common.image.current, "alt")} width="96" height="96" loading="lazy" data-astro-cid-obegzukx>`} <input type="hidden"${addAttribute(name, "name")} value="" data-astro-cid-obegzukx> <label${addAttribute(`${name}File`, "for")} data-astro-cid-obegzukx>${o.common.image.choose}</label> <input${addAttribute(`${name}File`, "id")}${addAttribute(`${name}File`, "name")} type="file" accept="image/jpeg,image/png,image/webp"${addAttribute(`${name}-hint`, "aria-describedby")} data-astro-cid-obegzukx> <p class="hint"${addAttribute(`${name}-hint`, "id")} data-astro-cid-obegzukx>${o.common.image.hint}</p> ${current && renderTemplate`<label class="inline" data-astro-cid-obegzukx> <input type="checkbox"${addAttribute(`${name}Remove`, "name")} value="1" data-astro-cid-obegzukx> ${o.common.image.remove} </label>`} <p class="upload-status" aria-live="polite" data-astro-cid-obegzukx></p> ${renderComponent($$result, "FieldError", $$FieldError, { "id": `${name}-error`, "message": error, "data-astro-cid-obegzukx": true })} </fieldset> ${renderScript($$result, "/work/main/packages/web/src/components/Onboarding/ImageField.astro?astro&type=script&index=0&lang.ts")} `;
}, "/work/main/packages/web/src/components/Onboarding/ImageField.astro", void 0);

async function imageFromForm(form, name, purpose) {
  if (text(form, `${name}Remove`)) return "";
  const uploaded = text(form, name).trim();
  if (uploaded) return uploaded;
  const file = form.get(`${name}File`);
  if (file instanceof File && file.size > 0) {
    const {
      url
    } = await Upload.accept({
      purpose,
      bytes: new Uint8Array(await file.arrayBuffer())
    });
    return url;
  }
  return void 0;
}

export { $$ImageField as $, imageFromForm as i };
