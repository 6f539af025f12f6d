import { e as createComponent, m as maybeRenderHead, g as addAttribute, u as unescapeHTML, r as renderTemplate, h as createAstro, k as renderComponent, l as Fragment } from '../../../chunks/astro/server_s_7gde-g.mjs';
import 'piccolore';
import { C as County } from '../../../chunks/index_BeLTUk0H.mjs';
import { C as Counter } from '../../../chunks/index_ByJNsHNY.mjs';
import { b as addDays } from '../../../chunks/weeks_DOO-ePdE.mjs';
import { T as Task } from '../../../chunks/index_DiaG58Q0.mjs';
import { W as WorkLog } from '../../../chunks/index_Bg6afd-E.mjs';
import { a as RatingCode, r as ratableCategories } from '../../../chunks/index_B-3AYYOB.mjs';
import 'clsx';
import { f as feedbackConsoleMessages, $ as $$Console } from '../../../chunks/Console_BDBxF5Hs.mjs';
import { q as qrSvg } from '../../../chunks/qr_ISTGQ_kA.mjs';
/* empty css                                      */
import { f as feedbackProblem } from '../../../chunks/problem_Bj_S67Dh.mjs';
import { e as entryFromForm, $ as $$EntryForm } from '../../../chunks/submission_OGeblqy7.mjs';
import { s as shanghaiLocal } from '../../../chunks/time_P5VlSZlL.mjs';
import { f as field } from '../../../chunks/session_CsKKqvPc.mjs';
import { c as consoleLang, f as formProblem } from '../../../chunks/index_DEu4dKf_.mjs';
import { w as workMessages } from '../../../chunks/index_CYLbpVVE.mjs';
export { renderers } from '../../../renderers.mjs';

const $$Astro$1 = createAstro();
const $$IssueCode = createComponent(async ($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro$1, $$props, $$slots);
  Astro2.self = $$IssueCode;
  const { lang, issued, origin } = Astro2.props;
  const f = feedbackConsoleMessages(lang);
  const link = issued ? `${(process.env.SITE_URL ?? origin).replace(/\/+$/, "")}${issued.link}` : "";
  const qr = issued ? await qrSvg(link) : "";
  const until = issued ? new Date(issued.validUntil).toLocaleDateString(lang === "zh" ? "zh-CN" : "en-GB", { timeZone: "Asia/Shanghai" }) : "";
  return renderTemplate`${maybeRenderHead()}<section class="rating-code" aria-labelledby="rating-code-title" data-astro-cid-uvu2ah3h> <h2 id="rating-code-title" data-astro-cid-uvu2ah3h>${f.issueTitle}</h2> ${issued ? renderTemplate`<div class="slip" role="status" data-astro-cid-uvu2ah3h> <p data-astro-cid-uvu2ah3h>${f.issued(until)}</p> <p class="code" data-rating-code data-astro-cid-uvu2ah3h>${issued.code}</p> <p class="link" data-astro-cid-uvu2ah3h><a${addAttribute(link, "href")} data-astro-cid-uvu2ah3h>${link}</a></p> <div class="qr" data-astro-cid-uvu2ah3h>${unescapeHTML(qr)}</div> ${issued.sentTo && renderTemplate`<p data-astro-cid-uvu2ah3h>${f.sentTo(issued.sentTo)}</p>`} </div>` : renderTemplate`<form method="post" data-astro-cid-uvu2ah3h> <p class="muted" data-astro-cid-uvu2ah3h>${f.issueHint}</p> <input type="hidden" name="intent" value="ratingCode" data-astro-cid-uvu2ah3h> <label data-astro-cid-uvu2ah3h> ${f.phone} <input name="phone" inputmode="tel" maxlength="20" autocomplete="off" data-astro-cid-uvu2ah3h> </label> <button type="submit" data-astro-cid-uvu2ah3h>${f.issue}</button> </form>`} </section> `;
}, "/work/main/packages/web/src/components/Feedback/IssueCode.astro", void 0);

const $$Astro = createAstro();
const $$id = createComponent(async ($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$id;
  const lang = consoleLang(Astro2.cookies, Astro2.url);
  const w = workMessages(lang);
  const entryId = Astro2.params.id ?? "";
  let problem;
  let submitted;
  let issued;
  if (Astro2.request.method === "POST") {
    const form = await Astro2.request.formData();
    const version = field(form, "version");
    try {
      if (field(form, "intent") === "followUp") {
        const hazard = await WorkLog.get(entryId);
        const details2 = hazard.details;
        const actor2 = Astro2.locals.actor;
        const taskId = await Task.create({
          title: w.followUpTitle(w.options[details2.hazardKind ?? ""] ?? details2.hazardKind ?? ""),
          description: details2.description ?? "",
          dueDate: details2.rectifyBy && details2.rectifyBy >= Counter.dayOf(Date.now()) ? details2.rectifyBy : addDays(Counter.dayOf(Date.now()), 7),
          priority: "high",
          villageId: hazard.villageId,
          officerIds: actor2.type === "user" && actor2.properties.officerId ? [actor2.properties.officerId] : [],
          source: { kind: "hazard", workLogId: entryId }
        });
        return Astro2.redirect(`/console/tasks/${taskId}`, 303);
      }
      if (field(form, "intent") === "ratingCode") {
        try {
          issued = await RatingCode.issue({ workLogId: entryId, phone: field(form, "phone") });
        } catch (error) {
          problem = feedbackProblem(lang, error);
          Astro2.response.status = problem.status;
        }
      } else if (field(form, "intent") === "remove") {
        await WorkLog.remove({ entryId, version });
        return Astro2.redirect("/console?removed=1", 303);
      }
      if (!issued && !problem) {
        submitted = entryFromForm(form);
        await WorkLog.edit({ ...submitted, entryId, version, details: submitted.details });
        return Astro2.redirect(`/console/log/${entryId}?saved=1`, 303);
      }
    } catch (error) {
      problem = formProblem(lang, error);
      Astro2.response.status = problem.status;
    }
  }
  let entry;
  try {
    entry = await WorkLog.get(entryId);
  } catch (error) {
    problem ??= formProblem(lang, error);
    Astro2.response.status = formProblem(lang, error).status;
  }
  const actor = Astro2.locals.actor;
  const mine = entry && actor.type === "user" && actor.properties.officerId === entry.officerId;
  const roster = entry ? await County.roster() : void 0;
  const villageIds = actor.type === "user" ? actor.properties.villageIds : [];
  const villages = roster?.villages.filter((v) => villageIds.includes(v.villageId) || v.villageId === entry?.villageId) ?? [];
  const values = submitted ?? (entry ? { ...entry, occurredAt: shanghaiLocal(entry.occurredAt) } : {});
  const details = submitted?.details ?? entry?.details ?? {};
  const detailRows = Object.entries(entry?.details ?? {}).filter(([key]) => key !== "category");
  return renderTemplate`${renderComponent($$result, "Console", $$Console, { "title": w.editTitle }, { "default": async ($$result2) => renderTemplate` ${maybeRenderHead()}<h1>${entry ? w.categories[entry.category] : w.editTitle}</h1> ${Astro2.url.searchParams.get("saved") && !problem && renderTemplate`<p class="ok" role="status">${w.saved}</p>`}${problem && renderTemplate`<p class="error" role="alert">${problem.message}</p>`}${entry && mine && renderTemplate`<div class="card"> ${renderComponent($$result2, "EntryForm", $$EntryForm, { "w": w, "lang": lang, "category": entry.category, "villages": villages, "values": values, "details": details, "errors": problem?.fields ?? {}, "hidden": { version: String(entry.version) }, "submitLabel": w.submit })} ${entry.category === "hazard" && entry.hazardState !== "eliminated" && renderTemplate`<form method="post"> <input type="hidden" name="intent" value="followUp"> <button type="submit">${w.followUp}</button> </form>`} ${ratableCategories.includes(entry.category) && renderTemplate`${renderComponent($$result2, "IssueCode", $$IssueCode, { "lang": lang, "issued": issued, "origin": Astro2.url.origin })}`} <form method="post" class="danger"> <input type="hidden" name="intent" value="remove"> <input type="hidden" name="version"${addAttribute(String(entry.version), "value")}> <button type="submit">${w.remove}</button> </form> </div>`}${entry && !mine && renderTemplate`<div class="card"> <p>${shanghaiLocal(entry.occurredAt).replace("T", " ")}</p> <dl> ${detailRows.map(([key, value]) => renderTemplate`${renderComponent($$result2, "Fragment", Fragment, {}, { "default": async ($$result3) => renderTemplate` <dt>${w.fields[key] ?? key}</dt> <dd>${Array.isArray(value) ? value.join("\u3001") : w.options[String(value)] ?? String(value)}</dd> ` })}`)} </dl> ${entry.notes && renderTemplate`<p>${entry.notes}</p>`} </div>`}` })}`;
}, "/work/main/packages/web/src/pages/console/log/[id].astro", void 0);

const $$file = "/work/main/packages/web/src/pages/console/log/[id].astro";
const $$url = "/console/log/[id]";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  default: $$id,
  file: $$file,
  url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
