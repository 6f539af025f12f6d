import { e as createComponent, k as renderComponent, r as renderTemplate, h as createAstro, m as maybeRenderHead, g as addAttribute } from '../../chunks/astro/server_s_7gde-g.mjs';
import 'piccolore';
import { A as Auth } from '../../chunks/index_DjBBO8ZL.mjs';
import { S as Session } from '../../chunks/session_DNHpdDVr.mjs';
import { w as withActor } from '../../chunks/id_CvCQQS6k.mjs';
import { C as County } from '../../chunks/index_BeLTUk0H.mjs';
import { $ as $$FieldError } from '../../chunks/FieldError_Dxz2kgF2.mjs';
import { a as safeNext, f as field, c as clientAddress, s as setSessionCookie } from '../../chunks/session_CsKKqvPc.mjs';
import { $ as $$Console } from '../../chunks/Console_BDBxF5Hs.mjs';
import { c as consoleLang, f as formProblem, a as consoleMessages } from '../../chunks/index_DEu4dKf_.mjs';
export { renderers } from '../../renderers.mjs';

const $$Astro = createAstro();
const $$Signin = createComponent(async ($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$Signin;
  const lang = consoleLang(Astro2.cookies, Astro2.url);
  const m = consoleMessages(lang);
  const next = safeNext(Astro2.url.searchParams.get("next"));
  if (Astro2.locals.user && Astro2.request.method === "GET") return Astro2.redirect(next, 303);
  let problem;
  let values = { county: Astro2.cookies.get("cunjing_county")?.value ?? "", username: "" };
  if (Astro2.request.method === "POST") {
    const form = await Astro2.request.formData();
    values = { county: field(form, "county"), username: field(form, "username") };
    try {
      const session = await withActor(
        { type: "public", properties: {} },
        () => Auth.signIn({
          county: values.county,
          username: values.username,
          password: field(form, "password"),
          ip: clientAddress(Astro2),
          previousSessionId: Astro2.cookies.get(Session.cookieName)?.value
        })
      );
      setSessionCookie(Astro2, session);
      Astro2.cookies.set("cunjing_county", values.county, { path: "/console", maxAge: 365 * 24 * 3600, sameSite: "lax", httpOnly: true });
      return Astro2.redirect(next, 303);
    } catch (error) {
      problem = formProblem(lang, error);
      Astro2.response.status = problem.status;
    }
  }
  const counties = await withActor({ type: "public", properties: {} }, () => County.list());
  return renderTemplate`${renderComponent($$result, "Console", $$Console, { "title": m.signIn }, { "default": async ($$result2) => renderTemplate` ${maybeRenderHead()}<div class="card"> <h1>${m.signIn}</h1> ${problem && renderTemplate`<p class="error" role="alert">${problem.message}</p>`} <form method="post"> <label for="county">${m.county}</label> <select id="county" name="county" required> ${counties.map((county) => renderTemplate`<option${addAttribute(county.slug, "value")}${addAttribute(values.county === county.slug, "selected")}>${lang === "en" ? county.nameEn : county.nameZh}</option>`)} <option value="platform"${addAttribute(values.county === "platform", "selected")}>${m.platform}</option> </select> ${renderComponent($$result2, "FieldError", $$FieldError, { "id": "county-error", "message": problem?.fields.county })} <label for="username">${m.username}</label> <input id="username" name="username" autocomplete="username" autocapitalize="none" required maxlength="80"${addAttribute(values.username, "value")}> ${renderComponent($$result2, "FieldError", $$FieldError, { "id": "username-error", "message": problem?.fields.username })} <label for="password">${m.password}</label> <input id="password" name="password" type="password" autocomplete="current-password" required maxlength="200"> ${renderComponent($$result2, "FieldError", $$FieldError, { "id": "password-error", "message": problem?.fields.password })} <button class="primary" type="submit">${m.signIn}</button> </form> </div> ` })}`;
}, "/work/main/packages/web/src/pages/console/signin.astro", void 0);

const $$file = "/work/main/packages/web/src/pages/console/signin.astro";
const $$url = "/console/signin";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  default: $$Signin,
  file: $$file,
  url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
