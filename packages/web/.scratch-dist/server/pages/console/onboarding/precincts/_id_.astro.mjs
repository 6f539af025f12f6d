import { e as createComponent, k as renderComponent, r as renderTemplate, h as createAstro, m as maybeRenderHead, l as Fragment, g as addAttribute } from '../../../../chunks/astro/server_s_7gde-g.mjs';
import 'piccolore';
import { I as Invitation } from '../../../../chunks/invitation_D8NCnsvu.mjs';
import { P as Precinct } from '../../../../chunks/index_--kPpFx1.mjs';
import { V as VisibleError } from '../../../../chunks/errors_MfzDXNyI.mjs';
import { $ as $$FieldError } from '../../../../chunks/FieldError_Dxz2kgF2.mjs';
import { $ as $$Notice } from '../../../../chunks/Notice_D9SOpefy.mjs';
import { $ as $$Tabs } from '../../../../chunks/Tabs_SNDRomsw.mjs';
import { o as onboardingPage, t as text, d as done, n as nameOf, p as paren } from '../../../../chunks/page_rxo3UHD0.mjs';
import { o as onboardingProblem } from '../../../../chunks/index_ur84y5b3.mjs';
import { $ as $$Console } from '../../../../chunks/Console_BDBxF5Hs.mjs';
export { renderers } from '../../../../renderers.mjs';

const $$Astro = createAstro();
const $$id = createComponent(async ($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$id;
  const { lang, m, o, allowed } = onboardingPage(Astro2);
  const precinctId = Astro2.params.id ?? "";
  const path = `/console/onboarding/precincts/${precinctId}`;
  let problem;
  let inviteLink;
  if (allowed && Astro2.request.method === "POST") {
    const form = await Astro2.request.formData();
    const intent = text(form, "intent");
    try {
      if (intent === "archive") {
        await Precinct.archive({ precinctId });
        return done(Astro2, path, "archived");
      } else if (intent === "restore") {
        await Precinct.restore({ precinctId });
        return done(Astro2, path, "restored");
      } else if (intent === "invite") {
        const invitation = await Invitation.create({
          username: text(form, "username"),
          displayName: text(form, "displayName"),
          role: "precinct_supervisor",
          precinctId
        });
        inviteLink = new URL(invitation.path, Astro2.url).href;
      } else {
        await Precinct.update({
          precinctId,
          nameZh: text(form, "nameZh"),
          nameEn: text(form, "nameEn"),
          address: text(form, "address"),
          phone: text(form, "phone")
        });
        return done(Astro2, path, "saved");
      }
    } catch (error) {
      problem = onboardingProblem(lang, error);
      Astro2.response.status = problem.status;
    }
  }
  let precinct;
  let supervisors = [];
  if (allowed) {
    try {
      [precinct, supervisors] = await Promise.all([Precinct.get(precinctId), Precinct.supervisors({ precinctId })]);
    } catch (error) {
      if (!(error instanceof VisibleError && error.kind === "not_found")) throw error;
      Astro2.response.status = 404;
    }
  }
  const notices = { created: o.common.created, saved: o.common.saved, archived: o.common.archivedNotice, restored: o.common.restoredNotice };
  const notice = notices[Astro2.url.searchParams.get("done") ?? ""];
  return renderTemplate`${renderComponent($$result, "Console", $$Console, { "title": precinct ? nameOf(lang, precinct) : o.precincts.title }, { "default": async ($$result2) => renderTemplate`${!allowed && renderTemplate`${maybeRenderHead()}<p class="error" role="alert">${o.common.forbidden}</p>`}${allowed && renderTemplate`${renderComponent($$result2, "Tabs", $$Tabs, { "lang": lang, "current": "precincts" })}`}${allowed && !precinct && renderTemplate`<p class="error" role="alert">${o.errors["precinct.not_found"]}</p>`}${precinct && renderTemplate`${renderComponent($$result2, "Fragment", Fragment, {}, { "default": async ($$result3) => renderTemplate` <p><a href="/console/onboarding/precincts">← ${o.precincts.title}</a></p> <h1>${nameOf(lang, precinct)} ${precinct.status === "archived" && renderTemplate`<small>${paren(lang, o.common.archived)}</small>`}</h1> ${renderComponent($$result3, "Notice", $$Notice, { "problem": problem, "notice": notice })} ${inviteLink && renderTemplate`<p class="ok" role="status">${m.inviteCreated} <code>${inviteLink}</code></p>`}<div class="card"> <h2>${o.common.edit}</h2> <form method="post"> <input type="hidden" name="intent" value="update"> <label for="nameZh">${o.common.nameZh}</label> <input id="nameZh" name="nameZh" required maxlength="60"${addAttribute(precinct.nameZh, "value")}> ${renderComponent($$result3, "FieldError", $$FieldError, { "id": "nameZh-error", "message": problem?.fields.nameZh })} <label for="nameEn">${o.common.nameEn}</label> <input id="nameEn" name="nameEn" maxlength="120" lang="en"${addAttribute(precinct.nameEn, "value")}> <label for="address">${o.common.address}</label> <input id="address" name="address" maxlength="200"${addAttribute(precinct.address ?? "", "value")}> ${renderComponent($$result3, "FieldError", $$FieldError, { "id": "address-error", "message": problem?.fields.address })} <label for="phone">${o.common.phone}</label> <input id="phone" name="phone" maxlength="20" inputmode="tel"${addAttribute(precinct.phone ?? "", "value")}> ${renderComponent($$result3, "FieldError", $$FieldError, { "id": "phone-error", "message": problem?.fields.phone })} <p class="hint">${o.common.emptyClears}</p> <button class="primary" type="submit">${o.common.save}</button> </form> </div> <div class="card"> <h2>${o.precincts.supervisors}</h2> ${supervisors.length === 0 ? renderTemplate`<p>${o.precincts.noSupervisors}</p>` : renderTemplate`<ul>${supervisors.map((s) => renderTemplate`<li>${s.displayName}${paren(lang, s.username)}</li>`)}</ul>`} <h3>${o.precincts.inviteSupervisor}</h3> <form method="post"> <input type="hidden" name="intent" value="invite"> <label for="username">${o.precincts.username}</label> <input id="username" name="username" required maxlength="40" autocapitalize="none"> ${renderComponent($$result3, "FieldError", $$FieldError, { "id": "username-error", "message": problem?.fields.username })} <label for="displayName">${o.precincts.displayName}</label> <input id="displayName" name="displayName" required maxlength="60"> ${renderComponent($$result3, "FieldError", $$FieldError, { "id": "displayName-error", "message": problem?.fields.displayName })} <button class="primary" type="submit">${o.precincts.inviteSupervisor}</button> </form> </div> <div class="card"> <form method="post"> <input type="hidden" name="intent"${addAttribute(precinct.status === "active" ? "archive" : "restore", "value")}> ${precinct.status === "active" && renderTemplate`<p class="hint">${o.precincts.notEmptyHint}</p>`} <button type="submit">${precinct.status === "active" ? o.common.archive : o.common.restore}</button> </form> </div> ` })}`}` })}`;
}, "/work/main/packages/web/src/pages/console/onboarding/precincts/[id].astro", void 0);

const $$file = "/work/main/packages/web/src/pages/console/onboarding/precincts/[id].astro";
const $$url = "/console/onboarding/precincts/[id]";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  default: $$id,
  file: $$file,
  url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
