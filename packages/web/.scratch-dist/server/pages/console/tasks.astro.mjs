import { e as createComponent, m as maybeRenderHead, g as addAttribute, k as renderComponent, r as renderTemplate, h as createAstro } from '../../chunks/astro/server_s_7gde-g.mjs';
import 'piccolore';
import { C as Counter } from '../../chunks/index_ByJNsHNY.mjs';
import { T as Task } from '../../chunks/index_DiaG58Q0.mjs';
import { f as field } from '../../chunks/session_CsKKqvPc.mjs';
import { $ as $$FieldError } from '../../chunks/FieldError_Dxz2kgF2.mjs';
import { a as consoleMessages, c as consoleLang } from '../../chunks/index_DEu4dKf_.mjs';
import { l as localName, t as taskProblem, a as applyTaskAction, n as noticeFrom } from '../../chunks/actions_IgaHIs1o.mjs';
/* empty css                                    */
import { $ as $$TaskCard } from '../../chunks/TaskCard_BH2jkws8.mjs';
import { $ as $$Console } from '../../chunks/Console_BDBxF5Hs.mjs';
export { renderers } from '../../renderers.mjs';

const $$Astro$1 = createAstro();
const $$CreateForm = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro$1, $$props, $$slots);
  Astro2.self = $$CreateForm;
  const { lang, options, today, latest, values, errors = {} } = Astro2.props;
  const m = consoleMessages(lang);
  const t = m.task;
  const groups = options.precincts.map((precinct) => ({
    precinct,
    villages: options.villages.filter((v) => v.precinctId === precinct.precinctId),
    officers: options.officers.filter((o) => o.precinctId === precinct.precinctId)
  })).filter((group) => group.villages.length || group.officers.length);
  const grouped = groups.length > 1;
  const villageName = new Map(options.villages.map((v) => [v.villageId, localName(lang, v)]));
  const serves = (officer) => officer.villageIds.map((id) => villageName.get(id)).filter(Boolean).join(lang === "zh" ? "\u3001" : ", ");
  const describedBy = (name) => errors[name] ? `${name}-error` : void 0;
  return renderTemplate`${maybeRenderHead()}<form method="post" class="create" data-astro-cid-uwcnjg6n> <input type="hidden" name="intent" value="create" data-astro-cid-uwcnjg6n> <label for="title" data-astro-cid-uwcnjg6n>${t.title}</label> <input id="title" name="title" required maxlength="80"${addAttribute(values?.title, "value")}${addAttribute(describedBy("title"), "aria-describedby")} data-astro-cid-uwcnjg6n> ${renderComponent($$result, "FieldError", $$FieldError, { "id": "title-error", "message": errors.title, "data-astro-cid-uwcnjg6n": true })} <label for="description" data-astro-cid-uwcnjg6n>${t.description}</label> <textarea id="description" name="description" maxlength="2000" rows="3"${addAttribute(describedBy("description"), "aria-describedby")} data-astro-cid-uwcnjg6n>${values?.description ?? ""}</textarea> ${renderComponent($$result, "FieldError", $$FieldError, { "id": "description-error", "message": errors.description, "data-astro-cid-uwcnjg6n": true })} <label for="villageId" data-astro-cid-uwcnjg6n>${t.village}</label> <select id="villageId" name="villageId" required${addAttribute(describedBy("villageId"), "aria-describedby")} data-astro-cid-uwcnjg6n> <option value="" data-astro-cid-uwcnjg6n>—</option> ${grouped ? groups.map((group) => renderTemplate`<optgroup${addAttribute(localName(lang, group.precinct), "label")} data-astro-cid-uwcnjg6n> ${group.villages.map((v) => renderTemplate`<option${addAttribute(v.villageId, "value")}${addAttribute(values?.villageId === v.villageId, "selected")} data-astro-cid-uwcnjg6n>${localName(lang, v)}</option>`)} </optgroup>`) : options.villages.map((v) => renderTemplate`<option${addAttribute(v.villageId, "value")}${addAttribute(values?.villageId === v.villageId, "selected")} data-astro-cid-uwcnjg6n>${localName(lang, v)}</option>`)} </select> ${renderComponent($$result, "FieldError", $$FieldError, { "id": "villageId-error", "message": errors.villageId, "data-astro-cid-uwcnjg6n": true })} <fieldset${addAttribute(describedBy("officerIds"), "aria-describedby")} data-astro-cid-uwcnjg6n> <legend data-astro-cid-uwcnjg6n>${t.officers}</legend> ${(grouped ? groups : [{ precinct: void 0, officers: options.officers }]).map((group) => renderTemplate`<div class="officer-group" data-astro-cid-uwcnjg6n> ${group.precinct && renderTemplate`<p class="group-name" data-astro-cid-uwcnjg6n>${localName(lang, group.precinct)}</p>`} ${group.officers.map((officer) => renderTemplate`<label class="check" data-astro-cid-uwcnjg6n> <input type="checkbox" name="officerIds"${addAttribute(officer.officerId, "value")}${addAttribute(values?.officerIds.includes(officer.officerId), "checked")} data-astro-cid-uwcnjg6n> <span data-astro-cid-uwcnjg6n> ${localName(lang, officer)} <small data-astro-cid-uwcnjg6n>${[officer.badge, serves(officer)].filter(Boolean).join(" \xB7 ")}</small> </span> </label>`)} </div>`)} </fieldset> ${renderComponent($$result, "FieldError", $$FieldError, { "id": "officerIds-error", "message": errors.officerIds, "data-astro-cid-uwcnjg6n": true })} <div class="row" data-astro-cid-uwcnjg6n> <div data-astro-cid-uwcnjg6n> <label for="dueDate" data-astro-cid-uwcnjg6n>${t.dueDate}</label> <input id="dueDate" name="dueDate" type="date" required${addAttribute(today, "min")}${addAttribute(latest, "max")}${addAttribute(values?.dueDate, "value")}${addAttribute(describedBy("dueDate"), "aria-describedby")} data-astro-cid-uwcnjg6n> ${renderComponent($$result, "FieldError", $$FieldError, { "id": "dueDate-error", "message": errors.dueDate, "data-astro-cid-uwcnjg6n": true })} </div> <div data-astro-cid-uwcnjg6n> <label for="priority" data-astro-cid-uwcnjg6n>${t.priority}</label> <select id="priority" name="priority" data-astro-cid-uwcnjg6n> ${["urgent", "high", "normal", "low"].map((p) => renderTemplate`<option${addAttribute(p, "value")}${addAttribute((values?.priority ?? "normal") === p, "selected")} data-astro-cid-uwcnjg6n>${t.priorities[p]}</option>`)} </select> </div> </div> <button class="primary" type="submit" data-astro-cid-uwcnjg6n>${t.create}</button> </form> `;
}, "/work/main/packages/web/src/components/Task/CreateForm.astro", void 0);

const $$Astro = createAstro();
const $$Index = createComponent(async ($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$Index;
  const lang = consoleLang(Astro2.cookies, Astro2.url);
  const m = consoleMessages(lang);
  const actor = Astro2.locals.actor;
  const props = actor.type === "user" ? actor.properties : void 0;
  const manager = props?.role === "precinct_supervisor" || props?.role === "county_admin";
  const officer = props?.role === "officer";
  const today = Counter.dayOf(Date.now());
  const latest = Counter.dayOf(Date.now() + 366 * 864e5);
  const params = Astro2.url.searchParams;
  const state = Task.listFilters.includes(params.get("state") ?? "") ? params.get("state") : "active";
  const scope = params.get("scope") || void 0;
  const cursor = params.get("cursor") || void 0;
  const ownScope = props?.role === "county_admin" ? "county" : props?.role === "precinct_supervisor" ? `precinct:${props.precinctId}` : `officer:${props?.officerId}`;
  let problem;
  let values;
  if (!manager && !officer) Astro2.response.status = 403;
  if (Astro2.request.method === "POST" && (manager || officer)) {
    const form = await Astro2.request.formData();
    const back = (notice2) => Astro2.redirect(`/console/tasks?${new URLSearchParams([...params.entries()].filter(([k]) => k !== "notice" && k !== "cursor").concat([["notice", notice2]]))}`, 303);
    if (field(form, "intent") === "create") {
      values = {
        title: field(form, "title"),
        description: field(form, "description"),
        villageId: field(form, "villageId"),
        officerIds: form.getAll("officerIds").filter((v) => typeof v === "string"),
        dueDate: field(form, "dueDate"),
        priority: field(form, "priority") || "normal"
      };
      try {
        await Task.create({ ...values, priority: values.priority });
        return back("created");
      } catch (error) {
        problem = taskProblem(lang, error);
        Astro2.response.status = problem.status;
      }
    } else {
      const outcome = await applyTaskAction(lang, form);
      if (!outcome.problem) return back(outcome.notice);
      problem = outcome.problem;
      Astro2.response.status = problem.status;
    }
  }
  let page;
  let options;
  let overdue;
  if (manager || officer) {
    try {
      [page, options, overdue] = await Promise.all([
        Task.list({ scope, state, cursor, limit: 30 }),
        manager ? Task.assignable({}) : void 0,
        Task.overdue({ scope: scope ?? ownScope, first: 1 })
      ]);
    } catch (error) {
      const failure = taskProblem(lang, error);
      problem ??= failure;
      if ((Astro2.response.status ?? 200) < 400) Astro2.response.status = failure.status;
    }
  }
  const notice = noticeFrom(Astro2.url, m.task.notices);
  const title = manager ? m.task.boardTitle : m.task.mineTitle;
  const self = officer ? props?.officerId : void 0;
  const link = (changes) => {
    const next = new URLSearchParams([...params.entries()].filter(([k]) => k !== "notice"));
    for (const [key, value] of Object.entries(changes)) value ? next.set(key, value) : next.delete(key);
    return `/console/tasks?${next}`;
  };
  return renderTemplate`${renderComponent($$result, "Console", $$Console, { "title": title, "data-astro-cid-pbct5es2": true }, { "default": async ($$result2) => renderTemplate` ${maybeRenderHead()}<h1 data-astro-cid-pbct5es2>${title}</h1> ${!manager && !officer && renderTemplate`<p class="error" role="alert" data-astro-cid-pbct5es2>${m.forbidden}</p>`}${notice && renderTemplate`<p class="ok" role="status" data-astro-cid-pbct5es2>${notice}</p>`}${problem && renderTemplate`<p class="error" role="alert" data-astro-cid-pbct5es2>${problem.message}</p>`}${overdue && renderTemplate`<p${addAttribute(["banner", overdue.count > 0 && "late"], "class:list")} data-astro-cid-pbct5es2>${overdue.count > 0 ? m.task.overdueBanner(overdue.count, overdue.exact) : m.task.noOverdue}</p>`}${manager && options && renderTemplate`<details class="card new"${addAttribute(!!values, "open")} data-astro-cid-pbct5es2> <summary data-astro-cid-pbct5es2>${m.task.newTask}</summary> ${renderComponent($$result2, "CreateForm", $$CreateForm, { "lang": lang, "options": options, "today": today, "latest": latest, "values": values, "errors": problem?.fields, "data-astro-cid-pbct5es2": true })} </details>`}${(manager || officer) && renderTemplate`<form method="get" class="filters"${addAttribute(m.task.filter, "aria-label")} data-astro-cid-pbct5es2> <div data-astro-cid-pbct5es2> <label for="state" data-astro-cid-pbct5es2>${m.task.state}</label> <select id="state" name="state" data-astro-cid-pbct5es2> ${Task.listFilters.map((s) => renderTemplate`<option${addAttribute(s, "value")}${addAttribute(s === state, "selected")} data-astro-cid-pbct5es2>${m.task.filters[s]}</option>`)} </select> </div> ${manager && options && renderTemplate`<div data-astro-cid-pbct5es2> <label for="scope" data-astro-cid-pbct5es2>${props?.role === "county_admin" ? m.task.precinctFilter : m.task.officerFilter}</label> <select id="scope" name="scope" data-astro-cid-pbct5es2> <option value="" data-astro-cid-pbct5es2>${props?.role === "county_admin" ? m.task.wholeCounty : m.task.wholePrecinct}</option> ${props?.role === "county_admin" && renderTemplate`<optgroup${addAttribute(m.task.precinctFilter, "label")} data-astro-cid-pbct5es2> ${options.precincts.map((p) => renderTemplate`<option${addAttribute(`precinct:${p.precinctId}`, "value")}${addAttribute(scope === `precinct:${p.precinctId}`, "selected")} data-astro-cid-pbct5es2>${localName(lang, p)}</option>`)} </optgroup>`} <optgroup${addAttribute(m.task.officerFilter, "label")} data-astro-cid-pbct5es2> ${options.officers.map((o) => renderTemplate`<option${addAttribute(`officer:${o.officerId}`, "value")}${addAttribute(scope === `officer:${o.officerId}`, "selected")} data-astro-cid-pbct5es2>${localName(lang, o)}</option>`)} </optgroup> </select> </div>`} <button type="submit" data-astro-cid-pbct5es2>${m.task.filter}</button> </form>`}${page && page.items.length === 0 && renderTemplate`<p class="card" data-astro-cid-pbct5es2>${m.task.empty}</p>`}${page?.items.map((task) => renderTemplate`${renderComponent($$result2, "TaskCard", $$TaskCard, { "lang": lang, "task": task, "today": today, "self": self, "actions": officer, "data-astro-cid-pbct5es2": true })}`)}${page && (page.cursor || cursor) && renderTemplate`<nav class="pages" data-astro-cid-pbct5es2> ${cursor && renderTemplate`<a${addAttribute(link({ cursor: void 0 }), "href")} data-astro-cid-pbct5es2>${m.task.firstPage}</a>`} ${page.cursor && renderTemplate`<a${addAttribute(link({ cursor: page.cursor }), "href")} data-astro-cid-pbct5es2>${m.task.more}</a>`} </nav>`}` })} `;
}, "/work/main/packages/web/src/pages/console/tasks/index.astro", void 0);

const $$file = "/work/main/packages/web/src/pages/console/tasks/index.astro";
const $$url = "/console/tasks";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  default: $$Index,
  file: $$file,
  url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
