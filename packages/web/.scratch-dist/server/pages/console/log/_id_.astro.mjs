import { e as createComponent, k as renderComponent, r as renderTemplate, h as createAstro, m as maybeRenderHead, g as addAttribute, l as Fragment } from '../../../chunks/astro/server_s_7gde-g.mjs';
import 'piccolore';
import { C as County } from '../../../chunks/index_DXeSym3f.mjs';
import { W as WorkLog } from '../../../chunks/index_jcNrpsG6.mjs';
import { e as entryFromForm, $ as $$EntryForm } from '../../../chunks/submission_B7hckZRa.mjs';
import { s as shanghaiLocal } from '../../../chunks/time_D7zthqaP.mjs';
import { f as field } from '../../../chunks/session_C_Zt1j6N.mjs';
import { $ as $$Console } from '../../../chunks/Console_BGnDvXG6.mjs';
import { c as consoleLang, f as formProblem } from '../../../chunks/index_CJGfcAqr.mjs';
import { w as workMessages } from '../../../chunks/index_C-LAXf5W.mjs';
export { renderers } from '../../../renderers.mjs';

const $$Astro = createAstro();
const $$id = createComponent(async ($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$id;
  const lang = consoleLang(Astro2.cookies, Astro2.url);
  const w = workMessages(lang);
  const entryId = Astro2.params.id ?? "";
  let problem;
  let submitted;
  if (Astro2.request.method === "POST") {
    const form = await Astro2.request.formData();
    const version = field(form, "version");
    try {
      if (field(form, "intent") === "remove") {
        await WorkLog.remove({ entryId, version });
        return Astro2.redirect("/console?removed=1", 303);
      }
      submitted = entryFromForm(form);
      await WorkLog.edit({ ...submitted, entryId, version, details: submitted.details });
      return Astro2.redirect(`/console/log/${entryId}?saved=1`, 303);
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
  return renderTemplate`${renderComponent($$result, "Console", $$Console, { "title": w.editTitle }, { "default": async ($$result2) => renderTemplate` ${maybeRenderHead()}<h1>${entry ? w.categories[entry.category] : w.editTitle}</h1> ${Astro2.url.searchParams.get("saved") && !problem && renderTemplate`<p class="ok" role="status">${w.saved}</p>`}${problem && renderTemplate`<p class="error" role="alert">${problem.message}</p>`}${entry && mine && renderTemplate`<div class="card"> ${renderComponent($$result2, "EntryForm", $$EntryForm, { "w": w, "lang": lang, "category": entry.category, "villages": villages, "values": values, "details": details, "errors": problem?.fields ?? {}, "hidden": { version: String(entry.version) }, "submitLabel": w.submit })} <form method="post" class="danger"> <input type="hidden" name="intent" value="remove"> <input type="hidden" name="version"${addAttribute(String(entry.version), "value")}> <button type="submit">${w.remove}</button> </form> </div>`}${entry && !mine && renderTemplate`<div class="card"> <p>${shanghaiLocal(entry.occurredAt).replace("T", " ")}</p> <dl> ${detailRows.map(([key, value]) => renderTemplate`${renderComponent($$result2, "Fragment", Fragment, {}, { "default": async ($$result3) => renderTemplate` <dt>${w.fields[key] ?? key}</dt> <dd>${Array.isArray(value) ? value.join("\u3001") : w.options[String(value)] ?? String(value)}</dd> ` })}`)} </dl> ${entry.notes && renderTemplate`<p>${entry.notes}</p>`} </div>`}` })}`;
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
