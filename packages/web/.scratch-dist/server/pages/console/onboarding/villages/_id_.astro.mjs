import { e as createComponent, k as renderComponent, r as renderTemplate, h as createAstro, m as maybeRenderHead, l as Fragment, g as addAttribute } from '../../../../chunks/astro/server_s_7gde-g.mjs';
import 'piccolore';
import { G as Grid } from '../../../../chunks/index_BPbTr2wv.mjs';
import { O as Officer } from '../../../../chunks/pinyin_G0d18_-J.mjs';
import { P as Precinct } from '../../../../chunks/index_--kPpFx1.mjs';
import { V as VisibleError } from '../../../../chunks/errors_MfzDXNyI.mjs';
import { V as Village } from '../../../../chunks/index_L52EVg_U.mjs';
import { $ as $$FieldError } from '../../../../chunks/FieldError_Dxz2kgF2.mjs';
import { $ as $$Notice } from '../../../../chunks/Notice_D9SOpefy.mjs';
import { $ as $$Tabs } from '../../../../chunks/Tabs_SNDRomsw.mjs';
import { o as onboardingPage, t as text, a as optional, d as done, n as nameOf, p as paren, f as formatTime } from '../../../../chunks/page_rxo3UHD0.mjs';
import { o as onboardingProblem } from '../../../../chunks/index_ur84y5b3.mjs';
import { $ as $$Console } from '../../../../chunks/Console_BDBxF5Hs.mjs';
/* empty css                                         */
export { renderers } from '../../../../renderers.mjs';

const $$Astro = createAstro();
const $$id = createComponent(async ($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$id;
  const { lang, o, allowed } = onboardingPage(Astro2);
  const villageId = Astro2.params.id ?? "";
  const path = `/console/onboarding/villages/${villageId}`;
  let problem;
  if (allowed && Astro2.request.method === "POST") {
    const form = await Astro2.request.formData();
    const intent = text(form, "intent");
    const code = text(form, "code");
    try {
      if (intent === "assign") {
        const badge = optional(form, "badge");
        const officerId = badge ? (await Officer.byBadge(badge)).officerId : text(form, "officerId");
        await Village.assignOfficer({ villageId, officerId });
        return done(Astro2, path, "assigned");
      } else if (intent === "unassign") {
        await Village.unassignOfficer({ villageId });
        return done(Astro2, path, "unassigned");
      } else if (intent === "archive") {
        await Village.archive({ villageId });
        return done(Astro2, path, "archived");
      } else if (intent === "restore") {
        await Village.restore({ villageId });
        return done(Astro2, path, "restored");
      } else if (intent === "addGrid") {
        await Grid.create({ villageId, code, nameZh: optional(form, "gridName"), note: optional(form, "gridNote") });
        return done(Astro2, `${path}#grids`, "created");
      } else if (intent === "editGrid") {
        await Grid.update({ villageId, code, nameZh: text(form, "gridName"), note: text(form, "gridNote") });
        return done(Astro2, `${path}#grids`, "saved");
      } else if (intent === "archiveGrid") {
        await Grid.archive({ villageId, code });
        return done(Astro2, `${path}#grids`, "archived");
      } else if (intent === "restoreGrid") {
        await Grid.restore({ villageId, code });
        return done(Astro2, `${path}#grids`, "restored");
      } else {
        await Village.update({
          villageId,
          precinctId: text(form, "precinctId"),
          kind: text(form, "kind"),
          nameZh: text(form, "nameZh"),
          nameEn: text(form, "nameEn"),
          address: text(form, "address"),
          deskHours: text(form, "deskHours")
        });
        return done(Astro2, path, "saved");
      }
    } catch (error) {
      problem = onboardingProblem(lang, error);
      Astro2.response.status = problem.status;
    }
  }
  let village;
  let data;
  if (allowed) {
    try {
      village = await Village.get(villageId);
      const [precincts, candidates, history, grids] = await Promise.all([
        Precinct.list(),
        Officer.list({ precinctId: village.precinctId }),
        Village.history({ villageId }),
        Grid.list({ villageId, includeArchived: true })
      ]);
      const ids = [.../* @__PURE__ */ new Set([...history.map((p) => p.officerId), ...village.officerId ? [village.officerId] : []])];
      const officers = await Promise.all(ids.map((id) => Officer.get(id).catch(() => void 0)));
      const names = new Map(officers.filter((x) => x !== void 0).map((officer) => [officer.officerId, `${nameOf(lang, officer)}${paren(lang, officer.badge)}`]));
      data = { precincts, candidates, history, grids, names };
    } catch (error) {
      if (!(error instanceof VisibleError && error.kind === "not_found")) throw error;
      Astro2.response.status = 404;
      village = void 0;
    }
  }
  const notices = {
    created: o.common.created,
    saved: o.common.saved,
    archived: o.common.archivedNotice,
    restored: o.common.restoredNotice,
    assigned: o.villages.assigned,
    unassigned: o.villages.unassigned
  };
  const notice = notices[Astro2.url.searchParams.get("done") ?? ""];
  return renderTemplate`${renderComponent($$result, "Console", $$Console, { "title": village ? nameOf(lang, village) : o.villages.title, "data-astro-cid-3jvomu6k": true }, { "default": async ($$result2) => renderTemplate`${!allowed && renderTemplate`${maybeRenderHead()}<p class="error" role="alert" data-astro-cid-3jvomu6k>${o.common.forbidden}</p>`}${allowed && renderTemplate`${renderComponent($$result2, "Tabs", $$Tabs, { "lang": lang, "current": "villages", "data-astro-cid-3jvomu6k": true })}`}${allowed && !village && renderTemplate`<p class="error" role="alert" data-astro-cid-3jvomu6k>${o.errors["village.not_found"]}</p>`}${village && data && renderTemplate`${renderComponent($$result2, "Fragment", Fragment, { "data-astro-cid-3jvomu6k": true }, { "default": async ($$result3) => renderTemplate` <p data-astro-cid-3jvomu6k><a href="/console/onboarding/villages" data-astro-cid-3jvomu6k>← ${o.villages.title}</a></p> <h1 data-astro-cid-3jvomu6k>${nameOf(lang, village)} ${village.status === "archived" && renderTemplate`<small data-astro-cid-3jvomu6k>${paren(lang, o.common.archived)}</small>`}</h1> ${renderComponent($$result3, "Notice", $$Notice, { "problem": problem, "notice": notice, "data-astro-cid-3jvomu6k": true })} <section class="card" aria-labelledby="assignment" data-astro-cid-3jvomu6k> <h2 id="assignment" data-astro-cid-3jvomu6k>${o.villages.assignment}</h2> <p data-astro-cid-3jvomu6k> <strong data-astro-cid-3jvomu6k>${village.officerId ? data.names.get(village.officerId) : renderTemplate`<span class="flag" data-astro-cid-3jvomu6k>${o.villages.noOfficer}</span>`}</strong> </p> <p class="hint" data-astro-cid-3jvomu6k>${o.villages.assignHelp}</p> ${village.status === "active" && renderTemplate`<form method="post" data-astro-cid-3jvomu6k> <input type="hidden" name="intent" value="assign" data-astro-cid-3jvomu6k> <label for="officerId" data-astro-cid-3jvomu6k>${o.common.officer}</label> <select id="officerId" name="officerId" data-astro-cid-3jvomu6k> ${data.candidates.map((officer) => renderTemplate`<option${addAttribute(officer.officerId, "value")}${addAttribute(officer.officerId === village.officerId, "selected")} data-astro-cid-3jvomu6k>${nameOf(lang, officer)}${paren(lang, officer.badge)}</option>`)} </select> <label for="badge" data-astro-cid-3jvomu6k>${o.villages.orBadge}</label> <input id="badge" name="badge" maxlength="12" inputmode="numeric" data-astro-cid-3jvomu6k> ${renderComponent($$result3, "FieldError", $$FieldError, { "id": "badge-error", "message": problem?.fields.badge, "data-astro-cid-3jvomu6k": true })} <button class="primary" type="submit" data-astro-cid-3jvomu6k>${o.villages.assign}</button> </form>`} ${village.officerId && renderTemplate`<form method="post" data-astro-cid-3jvomu6k> <input type="hidden" name="intent" value="unassign" data-astro-cid-3jvomu6k> <button type="submit" data-astro-cid-3jvomu6k>${o.villages.unassign}</button> </form>`} <h3 data-astro-cid-3jvomu6k>${o.villages.history}</h3> ${data.history.length === 0 ? renderTemplate`<p data-astro-cid-3jvomu6k>${o.villages.historyEmpty}</p>` : renderTemplate`<table data-astro-cid-3jvomu6k> <thead data-astro-cid-3jvomu6k> <tr data-astro-cid-3jvomu6k><th data-astro-cid-3jvomu6k>${o.common.officer}</th><th data-astro-cid-3jvomu6k>${o.villages.from}</th><th data-astro-cid-3jvomu6k>${o.villages.until}</th><th data-astro-cid-3jvomu6k>${o.villages.by}</th></tr> </thead> <tbody data-astro-cid-3jvomu6k> ${data.history.map((period) => renderTemplate`<tr data-astro-cid-3jvomu6k> <td data-astro-cid-3jvomu6k>${data.names.get(period.officerId) ?? period.officerId}</td> <td data-astro-cid-3jvomu6k>${formatTime(lang, period.from)}</td> <td data-astro-cid-3jvomu6k>${period.until ? formatTime(lang, period.until) : o.villages.present}</td> <td data-astro-cid-3jvomu6k>${o.villages.sources[period.source]}</td> </tr>`)} </tbody> </table>`} </section> <section class="card" id="grids" aria-labelledby="grids-title" data-astro-cid-3jvomu6k> <h2 id="grids-title" data-astro-cid-3jvomu6k>${o.villages.grids}</h2> ${data.grids.length === 0 ? renderTemplate`<p data-astro-cid-3jvomu6k>${o.villages.noGrids}</p>` : renderTemplate`<table data-astro-cid-3jvomu6k> <thead data-astro-cid-3jvomu6k> <tr data-astro-cid-3jvomu6k><th data-astro-cid-3jvomu6k>${o.villages.gridCode}</th><th data-astro-cid-3jvomu6k>${o.villages.gridName}</th><th data-astro-cid-3jvomu6k>${o.villages.gridNote}</th><th data-astro-cid-3jvomu6k>${o.common.actions}</th></tr> </thead> <tbody data-astro-cid-3jvomu6k> ${data.grids.map((grid) => renderTemplate`<tr${addAttribute(grid.status, "class")} data-astro-cid-3jvomu6k> <td data-astro-cid-3jvomu6k>${grid.code}</td> <td colspan="2" data-astro-cid-3jvomu6k> <form method="post" class="inline-form" data-astro-cid-3jvomu6k> <input type="hidden" name="intent" value="editGrid" data-astro-cid-3jvomu6k> <input type="hidden" name="code"${addAttribute(grid.code, "value")} data-astro-cid-3jvomu6k> <input name="gridName"${addAttribute(grid.nameZh ?? "", "value")} maxlength="60"${addAttribute(`${o.villages.gridName} ${grid.code}`, "aria-label")} data-astro-cid-3jvomu6k> <input name="gridNote"${addAttribute(grid.note ?? "", "value")} maxlength="200"${addAttribute(`${o.villages.gridNote} ${grid.code}`, "aria-label")} data-astro-cid-3jvomu6k> <button type="submit" data-astro-cid-3jvomu6k>${o.common.save}</button> </form> </td> <td data-astro-cid-3jvomu6k> <form method="post" data-astro-cid-3jvomu6k> <input type="hidden" name="intent"${addAttribute(grid.status === "active" ? "archiveGrid" : "restoreGrid", "value")} data-astro-cid-3jvomu6k> <input type="hidden" name="code"${addAttribute(grid.code, "value")} data-astro-cid-3jvomu6k> <button type="submit" data-astro-cid-3jvomu6k>${grid.status === "active" ? o.common.archive : o.common.restore}</button> </form> </td> </tr>`)} </tbody> </table>`} ${village.status === "active" && renderTemplate`<form method="post" data-astro-cid-3jvomu6k> <h3 data-astro-cid-3jvomu6k>${o.villages.addGrid}</h3> <input type="hidden" name="intent" value="addGrid" data-astro-cid-3jvomu6k> <label for="code" data-astro-cid-3jvomu6k>${o.villages.gridCode}</label> <input id="code" name="code" required maxlength="32" data-astro-cid-3jvomu6k> ${renderComponent($$result3, "FieldError", $$FieldError, { "id": "code-error", "message": problem?.fields.code, "data-astro-cid-3jvomu6k": true })} <label for="gridName" data-astro-cid-3jvomu6k>${o.villages.gridName}</label> <input id="gridName" name="gridName" maxlength="60" data-astro-cid-3jvomu6k> <label for="gridNote" data-astro-cid-3jvomu6k>${o.villages.gridNote}</label> <input id="gridNote" name="gridNote" maxlength="200" data-astro-cid-3jvomu6k> <button class="primary" type="submit" data-astro-cid-3jvomu6k>${o.villages.addGrid}</button> </form>`} </section> <section class="card" aria-labelledby="edit" data-astro-cid-3jvomu6k> <h2 id="edit" data-astro-cid-3jvomu6k>${o.common.edit}</h2> <form method="post" data-astro-cid-3jvomu6k> <input type="hidden" name="intent" value="update" data-astro-cid-3jvomu6k> <label for="precinctId" data-astro-cid-3jvomu6k>${o.common.precinct}</label> <select id="precinctId" name="precinctId" data-astro-cid-3jvomu6k> ${data.precincts.filter((p) => p.status === "active" || p.precinctId === village.precinctId).map((p) => renderTemplate`<option${addAttribute(p.precinctId, "value")}${addAttribute(p.precinctId === village.precinctId, "selected")} data-astro-cid-3jvomu6k>${nameOf(lang, p)}</option>`)} </select> ${renderComponent($$result3, "FieldError", $$FieldError, { "id": "precinctId-error", "message": problem?.fields.precinctId, "data-astro-cid-3jvomu6k": true })} <label for="kind" data-astro-cid-3jvomu6k>${o.common.kind}</label> <select id="kind" name="kind" data-astro-cid-3jvomu6k> <option value="village"${addAttribute(village.kind === "village", "selected")} data-astro-cid-3jvomu6k>${o.common.kinds.village}</option> <option value="community"${addAttribute(village.kind === "community", "selected")} data-astro-cid-3jvomu6k>${o.common.kinds.community}</option> </select> <label for="nameZh" data-astro-cid-3jvomu6k>${o.common.nameZh}</label> <input id="nameZh" name="nameZh" required maxlength="60"${addAttribute(village.nameZh, "value")} data-astro-cid-3jvomu6k> ${renderComponent($$result3, "FieldError", $$FieldError, { "id": "nameZh-error", "message": problem?.fields.nameZh, "data-astro-cid-3jvomu6k": true })} <label for="nameEn" data-astro-cid-3jvomu6k>${o.common.nameEn}</label> <input id="nameEn" name="nameEn" maxlength="120" lang="en"${addAttribute(village.nameEn, "value")} data-astro-cid-3jvomu6k> <label for="address" data-astro-cid-3jvomu6k>${o.common.address}</label> <input id="address" name="address" maxlength="200"${addAttribute(village.address ?? "", "value")} data-astro-cid-3jvomu6k> <label for="deskHours" data-astro-cid-3jvomu6k>${o.common.deskHours}</label> <input id="deskHours" name="deskHours" maxlength="200"${addAttribute(village.deskHours ?? "", "value")}${addAttribute(o.common.deskHoursHint, "placeholder")} data-astro-cid-3jvomu6k> <p class="hint" data-astro-cid-3jvomu6k>${o.common.emptyClears}</p> <button class="primary" type="submit" data-astro-cid-3jvomu6k>${o.common.save}</button> </form> <form method="post" data-astro-cid-3jvomu6k> <input type="hidden" name="intent"${addAttribute(village.status === "active" ? "archive" : "restore", "value")} data-astro-cid-3jvomu6k> <button type="submit" data-astro-cid-3jvomu6k>${village.status === "active" ? o.common.archive : o.common.restore}</button> </form> </section> ` })}`}` })} `;
}, "/work/main/packages/web/src/pages/console/onboarding/villages/[id].astro", void 0);

const $$file = "/work/main/packages/web/src/pages/console/onboarding/villages/[id].astro";
const $$url = "/console/onboarding/villages/[id]";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  default: $$id,
  file: $$file,
  url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
