import { e as createComponent, k as renderComponent, r as renderTemplate, h as createAstro, m as maybeRenderHead } from '../../chunks/astro/server_s_7gde-g.mjs';
import 'piccolore';
import { A as Auth } from '../../chunks/index_DjBBO8ZL.mjs';
import { $ as $$FieldError } from '../../chunks/FieldError_Dxz2kgF2.mjs';
import { f as field, s as setSessionCookie } from '../../chunks/session_CsKKqvPc.mjs';
import { $ as $$Console } from '../../chunks/Console_BDBxF5Hs.mjs';
import { c as consoleLang, f as formProblem, a as consoleMessages } from '../../chunks/index_DEu4dKf_.mjs';
export { renderers } from '../../renderers.mjs';

const $$Astro = createAstro();
const $$Password = createComponent(async ($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$Password;
  const lang = consoleLang(Astro2.cookies, Astro2.url);
  const m = consoleMessages(lang);
  let problem;
  let changed = false;
  if (Astro2.request.method === "POST") {
    const form = await Astro2.request.formData();
    try {
      const session = await Auth.changePassword({ current: field(form, "current"), next: field(form, "next") });
      setSessionCookie(Astro2, session);
      changed = true;
    } catch (error) {
      problem = formProblem(lang, error);
      Astro2.response.status = problem.status;
    }
  }
  return renderTemplate`${renderComponent($$result, "Console", $$Console, { "title": m.changePassword }, { "default": async ($$result2) => renderTemplate` ${maybeRenderHead()}<div class="card"> <h1>${m.changePassword}</h1> ${changed && renderTemplate`<p class="ok" role="status">${m.passwordChanged}</p>`} ${problem && renderTemplate`<p class="error" role="alert">${problem.message}</p>`} <form method="post"> <label for="current">${m.currentPassword}</label> <input id="current" name="current" type="password" autocomplete="current-password" required maxlength="200"> ${renderComponent($$result2, "FieldError", $$FieldError, { "id": "current-error", "message": problem?.fields.current })} <label for="next">${m.newPassword}</label> <input id="next" name="next" type="password" autocomplete="new-password" required minlength="10" maxlength="200"> ${renderComponent($$result2, "FieldError", $$FieldError, { "id": "next-error", "message": problem?.fields.next })} <button class="primary" type="submit">${m.save}</button> </form> </div> ` })}`;
}, "/work/main/packages/web/src/pages/console/password.astro", void 0);

const $$file = "/work/main/packages/web/src/pages/console/password.astro";
const $$url = "/console/password";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  default: $$Password,
  file: $$file,
  url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
