import { e as createComponent, k as renderComponent, r as renderTemplate, h as createAstro, m as maybeRenderHead } from '../../../chunks/astro/server_s_7gde-g.mjs';
import 'piccolore';
import { A as Auth } from '../../../chunks/index_DjBBO8ZL.mjs';
import { I as Invitation } from '../../../chunks/invitation_D8NCnsvu.mjs';
import { w as withActor } from '../../../chunks/id_CvCQQS6k.mjs';
import { $ as $$FieldError } from '../../../chunks/FieldError_Dxz2kgF2.mjs';
import { f as field, s as setSessionCookie } from '../../../chunks/session_CsKKqvPc.mjs';
import { $ as $$Console } from '../../../chunks/Console_BDBxF5Hs.mjs';
import { c as consoleLang, f as formProblem, a as consoleMessages } from '../../../chunks/index_DEu4dKf_.mjs';
export { renderers } from '../../../renderers.mjs';

const $$Astro = createAstro();
const $$token = createComponent(async ($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$token;
  const lang = consoleLang(Astro2.cookies, Astro2.url);
  const m = consoleMessages(lang);
  const token = Astro2.params.token ?? "";
  const anonymous = { type: "public", properties: {} };
  let problem;
  if (Astro2.request.method === "POST") {
    const form = await Astro2.request.formData();
    try {
      const session = await withActor(anonymous, () => Auth.acceptInvitation({ token, password: field(form, "password") }));
      setSessionCookie(Astro2, session);
      return Astro2.redirect("/console", 303);
    } catch (error) {
      problem = formProblem(lang, error);
      Astro2.response.status = problem.status;
    }
  }
  let invitation;
  try {
    invitation = await withActor(anonymous, () => Invitation.info(token));
  } catch (error) {
    problem = formProblem(lang, error);
    Astro2.response.status = problem.status === 400 ? 404 : problem.status;
  }
  return renderTemplate`${renderComponent($$result, "Console", $$Console, { "title": m.acceptTitle }, { "default": async ($$result2) => renderTemplate` ${maybeRenderHead()}<div class="card"> <h1>${m.acceptTitle}</h1> ${problem && renderTemplate`<p class="error" role="alert">${problem.message}</p>`} ${invitation && renderTemplate`<form method="post"> <p>${m.acceptIntro(invitation.displayName, invitation.username)}</p> <label for="password">${m.newPassword}</label> <input id="password" name="password" type="password" autocomplete="new-password" required minlength="10" maxlength="200"> ${renderComponent($$result2, "FieldError", $$FieldError, { "id": "password-error", "message": problem?.fields.password })} <button class="primary" type="submit">${m.acceptSubmit}</button> </form>`} </div> ` })}`;
}, "/work/main/packages/web/src/pages/console/invite/[token].astro", void 0);

const $$file = "/work/main/packages/web/src/pages/console/invite/[token].astro";
const $$url = "/console/invite/[token]";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  default: $$token,
  file: $$file,
  url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
