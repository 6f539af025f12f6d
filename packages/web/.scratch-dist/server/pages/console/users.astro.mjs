import { e as createComponent, k as renderComponent, r as renderTemplate, h as createAstro, m as maybeRenderHead, l as Fragment, g as addAttribute } from '../../chunks/astro/server_s_7gde-g.mjs';
import 'piccolore';
import { I as Invitation } from '../../chunks/invitation_D8NCnsvu.mjs';
import { C as County } from '../../chunks/index_BeLTUk0H.mjs';
import { U as User, c as countyRoles } from '../../chunks/index_BeX0c_zr.mjs';
import { $ as $$FieldError } from '../../chunks/FieldError_Dxz2kgF2.mjs';
import { f as field } from '../../chunks/session_CsKKqvPc.mjs';
import { $ as $$Console } from '../../chunks/Console_BDBxF5Hs.mjs';
import { c as consoleLang, f as formProblem, a as consoleMessages } from '../../chunks/index_DEu4dKf_.mjs';
export { renderers } from '../../renderers.mjs';

const $$Astro = createAstro();
const $$Users = createComponent(async ($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$Users;
  const lang = consoleLang(Astro2.cookies, Astro2.url);
  const m = consoleMessages(lang);
  const actor = Astro2.locals.actor;
  const role = actor.type === "user" ? actor.properties.role : void 0;
  const isPlatform = role === "platform_admin";
  if (role !== "county_admin" && !isPlatform) {
    Astro2.response.status = 403;
  }
  let problem;
  let notice;
  let inviteLink;
  const optional = (value) => value || void 0;
  if (Astro2.request.method === "POST" && Astro2.response.status !== 403) {
    const form = await Astro2.request.formData();
    try {
      if (field(form, "intent") === "setRole") {
        await User.setRole({
          userId: field(form, "userId"),
          role: field(form, "role"),
          precinctId: optional(field(form, "precinctId")),
          officerId: optional(field(form, "officerId"))
        });
        notice = m.roleChanged;
      } else {
        const invitation = await Invitation.create({
          username: field(form, "username"),
          displayName: field(form, "displayName"),
          role: isPlatform ? "county_admin" : field(form, "role"),
          precinctId: optional(field(form, "precinctId")),
          officerId: optional(field(form, "officerId")),
          countySlug: isPlatform ? field(form, "countySlug") : void 0
        });
        inviteLink = new URL(invitation.path, Astro2.url).href;
      }
    } catch (error) {
      problem = formProblem(lang, error);
      Astro2.response.status = problem.status;
    }
  }
  const forbidden = role !== "county_admin" && !isPlatform;
  const roster = !forbidden && !isPlatform ? await County.roster() : void 0;
  const users = !forbidden && !isPlatform ? await User.list() : [];
  const counties = isPlatform ? await County.list() : [];
  const name = (item) => lang === "en" && item.nameEn ? item.nameEn : item.nameZh;
  return renderTemplate`${renderComponent($$result, "Console", $$Console, { "title": m.users }, { "default": async ($$result2) => renderTemplate` ${maybeRenderHead()}<h1>${m.users}</h1> ${forbidden && renderTemplate`<p class="error" role="alert">${m.forbidden}</p>`}${problem && renderTemplate`<p class="error" role="alert">${problem.message}</p>`}${notice && renderTemplate`<p class="ok" role="status">${notice}</p>`}${inviteLink && renderTemplate`<p class="ok" role="status">${m.inviteCreated} <code>${inviteLink}</code></p>`}${!forbidden && renderTemplate`<div class="card"> <h2>${m.invite}</h2> <form method="post"> <input type="hidden" name="intent" value="invite"> ${isPlatform && renderTemplate`${renderComponent($$result2, "Fragment", Fragment, {}, { "default": async ($$result3) => renderTemplate` <label for="countySlug">${m.county}</label> <select id="countySlug" name="countySlug" required> ${counties.map((county) => renderTemplate`<option${addAttribute(county.slug, "value")}>${name(county)}</option>`)} </select> ` })}`} <label for="username">${m.username}</label> <input id="username" name="username" required maxlength="40" autocapitalize="none"> ${renderComponent($$result2, "FieldError", $$FieldError, { "id": "username-error", "message": problem?.fields.username })} <label for="displayName">${m.displayName}</label> <input id="displayName" name="displayName" required maxlength="60"> ${renderComponent($$result2, "FieldError", $$FieldError, { "id": "displayName-error", "message": problem?.fields.displayName })} ${!isPlatform && roster && renderTemplate`${renderComponent($$result2, "Fragment", Fragment, {}, { "default": async ($$result3) => renderTemplate` <label for="role">${m.role}</label> <select id="role" name="role"> ${countyRoles.map((r) => renderTemplate`<option${addAttribute(r, "value")}>${m.roleNames[r]}</option>`)} </select> <label for="precinctId">${m.precinct}</label> <select id="precinctId" name="precinctId"> <option value="">${m.none}</option> ${roster.precincts.map((p) => renderTemplate`<option${addAttribute(p.precinctId, "value")}>${name(p)}</option>`)} </select> ${renderComponent($$result3, "FieldError", $$FieldError, { "id": "precinctId-error", "message": problem?.fields.precinctId })} <label for="officerId">${m.officer}</label> <select id="officerId" name="officerId"> <option value="">${m.none}</option> ${roster.officers.map((o) => renderTemplate`<option${addAttribute(o.officerId, "value")}>${name(o)}（${o.badge}）</option>`)} </select> ${renderComponent($$result3, "FieldError", $$FieldError, { "id": "officerId-error", "message": problem?.fields.officerId })} ` })}`} <button class="primary" type="submit">${m.invite}</button> </form> </div>`}${!forbidden && !isPlatform && renderTemplate`<div class="card"> ${users.length === 0 ? renderTemplate`<p>${m.noUsers}</p>` : renderTemplate`<table> <thead> <tr><th>${m.username}</th><th>${m.displayName}</th><th>${m.role}</th><th>${m.changeRole}</th></tr> </thead> <tbody> ${users.map((user) => renderTemplate`<tr> <td>${user.username}</td> <td>${user.displayName}</td> <td>${m.roleNames[user.role]}</td> <td> <form method="post"> <input type="hidden" name="intent" value="setRole"> <input type="hidden" name="userId"${addAttribute(user.userId, "value")}> <select name="role"${addAttribute(`${m.role}: ${user.username}`, "aria-label")}> ${countyRoles.map((r) => renderTemplate`<option${addAttribute(r, "value")}${addAttribute(r === user.role, "selected")}>${m.roleNames[r]}</option>`)} </select> <button type="submit">${m.save}</button> </form> </td> </tr>`)} </tbody> </table>`} </div>`}` })}`;
}, "/work/main/packages/web/src/pages/console/users.astro", void 0);

const $$file = "/work/main/packages/web/src/pages/console/users.astro";
const $$url = "/console/users";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  default: $$Users,
  file: $$file,
  url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
