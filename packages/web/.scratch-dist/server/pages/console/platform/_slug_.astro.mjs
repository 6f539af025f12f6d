import { e as createComponent, k as renderComponent, r as renderTemplate, h as createAstro, m as maybeRenderHead, l as Fragment, g as addAttribute } from '../../../chunks/astro/server_s_7gde-g.mjs';
import 'piccolore';
import { I as Invitation } from '../../../chunks/invitation_D8NCnsvu.mjs';
import { C as County } from '../../../chunks/index_BeLTUk0H.mjs';
import { V as VisibleError } from '../../../chunks/errors_MfzDXNyI.mjs';
import { $ as $$FieldError } from '../../../chunks/FieldError_Dxz2kgF2.mjs';
import { $ as $$Notice } from '../../../chunks/Notice_D9SOpefy.mjs';
import { o as onboardingPage, t as text, a as optional, d as done, p as paren } from '../../../chunks/page_rxo3UHD0.mjs';
import { o as onboardingProblem } from '../../../chunks/index_ur84y5b3.mjs';
import { $ as $$Console } from '../../../chunks/Console_BDBxF5Hs.mjs';
/* empty css                                        */
export { renderers } from '../../../renderers.mjs';

const $$Astro = createAstro();
const $$slug = createComponent(async ($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$slug;
  const { lang, m, o, allowed } = onboardingPage(Astro2, "platform_admin");
  const slug = Astro2.params.slug ?? "";
  const path = `/console/platform/${slug}`;
  let problem;
  let inviteLink;
  if (allowed && Astro2.request.method === "POST") {
    const form = await Astro2.request.formData();
    const intent = text(form, "intent");
    try {
      if (intent === "suspend") {
        await County.suspend({ slug, reason: optional(form, "reason") });
        return done(Astro2, path, "suspended");
      } else if (intent === "reactivate") {
        await County.reactivate({ slug });
        return done(Astro2, path, "reactivated");
      } else {
        const invitation = await Invitation.create({
          username: text(form, "username"),
          displayName: text(form, "displayName"),
          role: "county_admin",
          countySlug: slug
        });
        inviteLink = new URL(invitation.path, Astro2.url).href;
      }
    } catch (error) {
      problem = onboardingProblem(lang, error);
      Astro2.response.status = problem.status;
    }
  }
  let county;
  if (allowed) {
    county = await County.bySlug(slug).catch((error) => {
      if (error instanceof VisibleError) return void 0;
      throw error;
    });
    if (!county) Astro2.response.status = 404;
  }
  const notices = { created: o.platform.created, suspended: o.platform.suspended, reactivated: o.platform.reactivated };
  const notice = notices[Astro2.url.searchParams.get("done") ?? ""];
  return renderTemplate`${renderComponent($$result, "Console", $$Console, { "title": county ? county.nameZh : o.platform.title, "data-astro-cid-ujid5plq": true }, { "default": async ($$result2) => renderTemplate`${!allowed && renderTemplate`${maybeRenderHead()}<p class="error" role="alert" data-astro-cid-ujid5plq>${o.common.forbidden}</p>`}${allowed && !county && renderTemplate`<p class="error" role="alert" data-astro-cid-ujid5plq>${o.errors["county.not_found"]}</p>`}${county && renderTemplate`${renderComponent($$result2, "Fragment", Fragment, { "data-astro-cid-ujid5plq": true }, { "default": async ($$result3) => renderTemplate` <p data-astro-cid-ujid5plq><a href="/console/platform" data-astro-cid-ujid5plq>← ${o.platform.title}</a></p> <h1 data-astro-cid-ujid5plq>${lang === "en" ? county.nameEn : county.nameZh} <small data-astro-cid-ujid5plq>${paren(lang, o.platform.statuses[county.status])}</small></h1> ${renderComponent($$result3, "Notice", $$Notice, { "problem": problem, "notice": notice, "data-astro-cid-ujid5plq": true })} ${inviteLink && renderTemplate`<p class="ok" role="status" data-astro-cid-ujid5plq>${o.platform.inviteCreated} <code data-astro-cid-ujid5plq>${inviteLink}</code></p>`}<div class="card" data-astro-cid-ujid5plq> <dl data-astro-cid-ujid5plq> <dt data-astro-cid-ujid5plq>${o.platform.slug}</dt><dd data-astro-cid-ujid5plq><code data-astro-cid-ujid5plq>${county.slug}</code> · <a${addAttribute(`/${county.slug}`, "href")} data-astro-cid-ujid5plq>${o.platform.publicPage}</a></dd> <dt data-astro-cid-ujid5plq>${o.platform.cityZh}</dt><dd data-astro-cid-ujid5plq>${lang === "en" ? county.cityEn : county.cityZh}</dd> <dt data-astro-cid-ujid5plq>${o.platform.divisionCode}</dt><dd data-astro-cid-ujid5plq>${county.divisionCode}</dd> <dt data-astro-cid-ujid5plq>${o.platform.timeZone}</dt><dd data-astro-cid-ujid5plq>${county.timeZone}</dd> </dl> </div> <div class="card" data-astro-cid-ujid5plq> <h2 data-astro-cid-ujid5plq>${o.platform.inviteAdmin}</h2> <form method="post" data-astro-cid-ujid5plq> <input type="hidden" name="intent" value="invite" data-astro-cid-ujid5plq> <label for="username" data-astro-cid-ujid5plq>${m.username}</label> <input id="username" name="username" required maxlength="40" autocapitalize="none" data-astro-cid-ujid5plq> ${renderComponent($$result3, "FieldError", $$FieldError, { "id": "username-error", "message": problem?.fields.username, "data-astro-cid-ujid5plq": true })} <label for="displayName" data-astro-cid-ujid5plq>${m.displayName}</label> <input id="displayName" name="displayName" required maxlength="60" data-astro-cid-ujid5plq> ${renderComponent($$result3, "FieldError", $$FieldError, { "id": "displayName-error", "message": problem?.fields.displayName, "data-astro-cid-ujid5plq": true })} <button class="primary" type="submit" data-astro-cid-ujid5plq>${o.platform.inviteAdmin}</button> </form> </div> <div class="card" data-astro-cid-ujid5plq> ${county.status === "active" ? renderTemplate`<form method="post" data-astro-cid-ujid5plq> <input type="hidden" name="intent" value="suspend" data-astro-cid-ujid5plq> <p data-astro-cid-ujid5plq>${o.platform.suspendHelp}</p> <label for="reason" data-astro-cid-ujid5plq>${o.platform.suspendReason}</label> <input id="reason" name="reason" maxlength="200" data-astro-cid-ujid5plq> <button type="submit" data-astro-cid-ujid5plq>${o.platform.suspend}</button> </form>` : renderTemplate`<form method="post" data-astro-cid-ujid5plq> <input type="hidden" name="intent" value="reactivate" data-astro-cid-ujid5plq> <button class="primary" type="submit" data-astro-cid-ujid5plq>${o.platform.reactivate}</button> </form>`} </div> ` })}`}` })} `;
}, "/work/main/packages/web/src/pages/console/platform/[slug].astro", void 0);

const $$file = "/work/main/packages/web/src/pages/console/platform/[slug].astro";
const $$url = "/console/platform/[slug]";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  default: $$slug,
  file: $$file,
  url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
