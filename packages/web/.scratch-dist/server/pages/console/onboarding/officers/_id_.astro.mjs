import { e as createComponent, k as renderComponent, r as renderTemplate, h as createAstro, m as maybeRenderHead, l as Fragment, g as addAttribute } from '../../../../chunks/astro/server_s_7gde-g.mjs';
import 'piccolore';
import { C as County } from '../../../../chunks/index_BeLTUk0H.mjs';
import { O as Officer } from '../../../../chunks/pinyin_G0d18_-J.mjs';
import { P as Precinct } from '../../../../chunks/index_--kPpFx1.mjs';
import { V as VisibleError } from '../../../../chunks/errors_MfzDXNyI.mjs';
import { V as Village } from '../../../../chunks/index_L52EVg_U.mjs';
import { $ as $$FieldError } from '../../../../chunks/FieldError_Dxz2kgF2.mjs';
import { i as imageFromForm, $ as $$ImageField } from '../../../../chunks/image_t3khAkDQ.mjs';
import { $ as $$Notice } from '../../../../chunks/Notice_D9SOpefy.mjs';
import { $ as $$Tabs } from '../../../../chunks/Tabs_SNDRomsw.mjs';
import { o as onboardingPage, t as text, d as done, n as nameOf, p as paren } from '../../../../chunks/page_rxo3UHD0.mjs';
import { o as onboardingProblem } from '../../../../chunks/index_ur84y5b3.mjs';
import { $ as $$Console } from '../../../../chunks/Console_BDBxF5Hs.mjs';
/* empty css                                         */
export { renderers } from '../../../../renderers.mjs';

const $$Astro = createAstro();
const $$id = createComponent(async ($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$id;
  const { lang, o, allowed } = onboardingPage(Astro2);
  const officerId = Astro2.params.id ?? "";
  const path = `/console/onboarding/officers/${officerId}`;
  let problem;
  if (allowed && Astro2.request.method === "POST") {
    const form = await Astro2.request.formData();
    const intent = text(form, "intent");
    try {
      if (intent === "archive") {
        await Officer.archive({ officerId });
        return done(Astro2, path, "archived");
      } else if (intent === "restore") {
        await Officer.restore({ officerId });
        return done(Astro2, path, "restored");
      } else {
        const [photoUrl, wechatQrUrl] = [await imageFromForm(form, "photoUrl", "photo"), await imageFromForm(form, "wechatQrUrl", "qr")];
        await Officer.update({
          officerId,
          nameZh: text(form, "nameZh"),
          nameEn: text(form, "nameEn"),
          badge: text(form, "badge"),
          precinctId: text(form, "precinctId"),
          rank: text(form, "rank"),
          officePhone: text(form, "officePhone"),
          deskHours: text(form, "deskHours"),
          bio: text(form, "bio"),
          photoUrl,
          wechatQrUrl
        });
        return done(Astro2, path, "saved");
      }
    } catch (error) {
      problem = onboardingProblem(lang, error);
      Astro2.response.status = problem.status;
    }
  }
  let officer;
  let data;
  if (allowed) {
    try {
      officer = await Officer.get(officerId);
      const [precincts, villages, county] = await Promise.all([
        Precinct.list(),
        Promise.all([...officer.villageIds ?? []].map((id) => Village.get(id).catch(() => void 0))),
        County.current()
      ]);
      data = { precincts, villages: villages.filter((v) => v !== void 0), countySlug: county.slug };
    } catch (error) {
      if (!(error instanceof VisibleError && error.kind === "not_found")) throw error;
      Astro2.response.status = 404;
      officer = void 0;
    }
  }
  const notices = { created: o.common.created, saved: o.common.saved, archived: o.common.archivedNotice, restored: o.common.restoredNotice };
  const notice = notices[Astro2.url.searchParams.get("done") ?? ""];
  return renderTemplate`${renderComponent($$result, "Console", $$Console, { "title": officer ? nameOf(lang, officer) : o.officers.title, "data-astro-cid-c7jlrmtx": true }, { "default": async ($$result2) => renderTemplate`${!allowed && renderTemplate`${maybeRenderHead()}<p class="error" role="alert" data-astro-cid-c7jlrmtx>${o.common.forbidden}</p>`}${allowed && renderTemplate`${renderComponent($$result2, "Tabs", $$Tabs, { "lang": lang, "current": "officers", "data-astro-cid-c7jlrmtx": true })}`}${allowed && !officer && renderTemplate`<p class="error" role="alert" data-astro-cid-c7jlrmtx>${o.errors["officer.not_found"]}</p>`}${officer && data && renderTemplate`${renderComponent($$result2, "Fragment", Fragment, { "data-astro-cid-c7jlrmtx": true }, { "default": async ($$result3) => renderTemplate` <p data-astro-cid-c7jlrmtx><a href="/console/onboarding/officers" data-astro-cid-c7jlrmtx>← ${o.officers.title}</a></p> <h1 data-astro-cid-c7jlrmtx>${nameOf(lang, officer)}${paren(lang, officer.badge)} ${officer.status !== "active" && renderTemplate`<small data-astro-cid-c7jlrmtx>${paren(lang, o.common.archived)}</small>`}</h1> ${renderComponent($$result3, "Notice", $$Notice, { "problem": problem, "notice": notice, "data-astro-cid-c7jlrmtx": true })} <p data-astro-cid-c7jlrmtx> ${o.officers.publicPage}：<a${addAttribute(`/${data.countySlug}/officers/${officer.slug}`, "href")} data-astro-cid-c7jlrmtx>/${data.countySlug}/officers/${officer.slug}</a> </p> <section class="card" data-astro-cid-c7jlrmtx> <h2 data-astro-cid-c7jlrmtx>${o.officers.villages}</h2> ${data.villages.length === 0 ? renderTemplate`<p data-astro-cid-c7jlrmtx>${o.officers.noVillages}</p>` : renderTemplate`<ul data-astro-cid-c7jlrmtx>${data.villages.map((v) => renderTemplate`<li data-astro-cid-c7jlrmtx><a${addAttribute(`/console/onboarding/villages/${v.villageId}`, "href")} data-astro-cid-c7jlrmtx>${nameOf(lang, v)}</a></li>`)}</ul>`} </section> <section class="card" data-astro-cid-c7jlrmtx> <h2 data-astro-cid-c7jlrmtx>${o.common.edit}</h2> <form method="post" enctype="multipart/form-data" data-astro-cid-c7jlrmtx> <input type="hidden" name="intent" value="update" data-astro-cid-c7jlrmtx> <label for="nameZh" data-astro-cid-c7jlrmtx>${o.officers.nameZh}</label> <input id="nameZh" name="nameZh" required maxlength="60"${addAttribute(officer.nameZh, "value")} data-astro-cid-c7jlrmtx> ${renderComponent($$result3, "FieldError", $$FieldError, { "id": "nameZh-error", "message": problem?.fields.nameZh, "data-astro-cid-c7jlrmtx": true })} <label for="nameEn" data-astro-cid-c7jlrmtx>${o.officers.nameEn}</label> <input id="nameEn" name="nameEn" required maxlength="120" lang="en"${addAttribute(officer.nameEn, "value")} data-astro-cid-c7jlrmtx> ${renderComponent($$result3, "FieldError", $$FieldError, { "id": "nameEn-error", "message": problem?.fields.nameEn, "data-astro-cid-c7jlrmtx": true })} <label for="badge" data-astro-cid-c7jlrmtx>${o.officers.badge}</label> <input id="badge" name="badge" required maxlength="12"${addAttribute(officer.badge, "value")} data-astro-cid-c7jlrmtx> ${renderComponent($$result3, "FieldError", $$FieldError, { "id": "badge-error", "message": problem?.fields.badge, "data-astro-cid-c7jlrmtx": true })} <label for="precinctId" data-astro-cid-c7jlrmtx>${o.common.precinct}</label> <select id="precinctId" name="precinctId" data-astro-cid-c7jlrmtx> ${data.precincts.filter((p) => p.status === "active" || p.precinctId === officer.precinctId).map((p) => renderTemplate`<option${addAttribute(p.precinctId, "value")}${addAttribute(p.precinctId === officer.precinctId, "selected")} data-astro-cid-c7jlrmtx>${nameOf(lang, p)}</option>`)} </select> ${renderComponent($$result3, "FieldError", $$FieldError, { "id": "precinctId-error", "message": problem?.fields.precinctId, "data-astro-cid-c7jlrmtx": true })} <label for="rank" data-astro-cid-c7jlrmtx>${o.officers.rank}</label> <input id="rank" name="rank" maxlength="40"${addAttribute(officer.rank ?? "", "value")} data-astro-cid-c7jlrmtx> <label for="officePhone" data-astro-cid-c7jlrmtx>${o.officers.officePhone}</label> <input id="officePhone" name="officePhone" maxlength="20" inputmode="tel"${addAttribute(officer.officePhone ?? "", "value")} data-astro-cid-c7jlrmtx> ${renderComponent($$result3, "FieldError", $$FieldError, { "id": "officePhone-error", "message": problem?.fields.officePhone, "data-astro-cid-c7jlrmtx": true })} <label for="deskHours" data-astro-cid-c7jlrmtx>${o.common.deskHours}</label> <input id="deskHours" name="deskHours" maxlength="200"${addAttribute(officer.deskHours ?? "", "value")}${addAttribute(o.common.deskHoursHint, "placeholder")} data-astro-cid-c7jlrmtx> <label for="bio" data-astro-cid-c7jlrmtx>${o.officers.bio}</label> <textarea id="bio" name="bio" maxlength="500" rows="4" data-astro-cid-c7jlrmtx>${officer.bio ?? ""}</textarea> ${renderComponent($$result3, "FieldError", $$FieldError, { "id": "bio-error", "message": problem?.fields.bio, "data-astro-cid-c7jlrmtx": true })} ${renderComponent($$result3, "ImageField", $$ImageField, { "lang": lang, "name": "photoUrl", "purpose": "photo", "label": o.officers.photo, "current": officer.photoUrl, "error": problem?.fields.file ?? problem?.fields.photoUrl, "data-astro-cid-c7jlrmtx": true })} ${renderComponent($$result3, "ImageField", $$ImageField, { "lang": lang, "name": "wechatQrUrl", "purpose": "qr", "label": o.officers.wechatQr, "current": officer.wechatQrUrl, "error": problem?.fields.wechatQrUrl, "data-astro-cid-c7jlrmtx": true })} <p class="hint" data-astro-cid-c7jlrmtx>${o.common.emptyClears}</p> <button class="primary" type="submit" data-astro-cid-c7jlrmtx>${o.common.save}</button> </form> </section> <section class="card" data-astro-cid-c7jlrmtx> <form method="post" data-astro-cid-c7jlrmtx> <input type="hidden" name="intent"${addAttribute(officer.status === "active" ? "archive" : "restore", "value")} data-astro-cid-c7jlrmtx> ${officer.status === "active" && renderTemplate`<p class="hint" data-astro-cid-c7jlrmtx>${o.officers.servesHint}</p>`} <button type="submit" data-astro-cid-c7jlrmtx>${officer.status === "active" ? o.common.archive : o.common.restore}</button> </form> </section> ` })}`}` })} `;
}, "/work/main/packages/web/src/pages/console/onboarding/officers/[id].astro", void 0);

const $$file = "/work/main/packages/web/src/pages/console/onboarding/officers/[id].astro";
const $$url = "/console/onboarding/officers/[id]";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  default: $$id,
  file: $$file,
  url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
