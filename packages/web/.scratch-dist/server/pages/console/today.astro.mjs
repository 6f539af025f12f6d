import { e as createComponent, k as renderComponent, r as renderTemplate, h as createAstro, m as maybeRenderHead, g as addAttribute } from '../../chunks/astro/server_s_7gde-g.mjs';
import 'piccolore';
import { T as Task } from '../../chunks/index_DiaG58Q0.mjs';
import { $ as $$TaskCard } from '../../chunks/TaskCard_BH2jkws8.mjs';
import { a as applyTaskAction, t as taskProblem, n as noticeFrom, b as formatDay } from '../../chunks/actions_IgaHIs1o.mjs';
import { c as consoleLang, a as consoleMessages } from '../../chunks/index_DEu4dKf_.mjs';
import { $ as $$Console } from '../../chunks/Console_BDBxF5Hs.mjs';
/* empty css                                    */
export { renderers } from '../../renderers.mjs';

const $$Astro = createAstro();
const $$Today = createComponent(async ($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$Today;
  const lang = consoleLang(Astro2.cookies, Astro2.url);
  const m = consoleMessages(lang);
  const actor = Astro2.locals.actor;
  const self = actor.type === "user" ? actor.properties.officerId : void 0;
  let problem;
  if (Astro2.request.method === "POST") {
    const outcome = await applyTaskAction(lang, await Astro2.request.formData());
    if (!outcome.problem) return Astro2.redirect(`/console/today?notice=${outcome.notice}`, 303);
    problem = outcome.problem;
    Astro2.response.status = problem.status;
  }
  let view;
  try {
    view = await Task.today();
  } catch (error) {
    problem = taskProblem(lang, error);
    Astro2.response.status = problem.status;
  }
  const notice = noticeFrom(Astro2.url, m.task.notices);
  const sections = view ? [
    { key: "overdue", title: m.task.overdue, items: view.overdue },
    { key: "today", title: m.task.dueToday, items: view.dueToday },
    { key: "upcoming", title: m.task.upcoming, items: view.upcoming }
  ].filter((section) => section.items.length > 0) : [];
  return renderTemplate`${renderComponent($$result, "Console", $$Console, { "title": m.task.todayTitle, "data-astro-cid-vzhkhq4l": true }, { "default": async ($$result2) => renderTemplate` ${maybeRenderHead()}<h1 data-astro-cid-vzhkhq4l>${m.task.todayTitle}</h1> ${view && renderTemplate`<p class="lede" data-astro-cid-vzhkhq4l>${formatDay(lang, view.today)} · ${m.task.counts(view.overdue.length, view.dueToday.length, view.upcoming.length)}</p>`}${notice && renderTemplate`<p class="ok" role="status" data-astro-cid-vzhkhq4l>${notice}</p>`}${problem && renderTemplate`<p class="error" role="alert" data-astro-cid-vzhkhq4l>${problem.message}</p>`}${view && sections.length === 0 && renderTemplate`<p class="card" data-astro-cid-vzhkhq4l>${m.task.nothingToDo}</p>`}${sections.map((section) => renderTemplate`<section${addAttribute(`h-${section.key}`, "aria-labelledby")}${addAttribute(`group ${section.key}`, "class")} data-astro-cid-vzhkhq4l> <h2${addAttribute(`h-${section.key}`, "id")} data-astro-cid-vzhkhq4l> ${section.title} <span class="count" data-astro-cid-vzhkhq4l>${section.items.length}</span> </h2> ${section.items.map((task) => renderTemplate`${renderComponent($$result2, "TaskCard", $$TaskCard, { "lang": lang, "task": task, "today": view.today, "self": self, "actions": true, "data-astro-cid-vzhkhq4l": true })}`)} </section>`)}${view?.truncated && renderTemplate`<p data-astro-cid-vzhkhq4l>${m.task.truncated}</p>`}${view && view.recentlyClosed.length > 0 && renderTemplate`<section aria-labelledby="h-closed" class="group closed" data-astro-cid-vzhkhq4l> <h2 id="h-closed" data-astro-cid-vzhkhq4l>${m.task.recentlyClosed}</h2> ${view.recentlyClosed.map((task) => renderTemplate`${renderComponent($$result2, "TaskCard", $$TaskCard, { "lang": lang, "task": task, "today": view.today, "self": self, "data-astro-cid-vzhkhq4l": true })}`)} </section>`}${view && renderTemplate`<p data-astro-cid-vzhkhq4l><a href="/console/tasks" data-astro-cid-vzhkhq4l>${m.task.mineTitle}</a></p>`}` })} `;
}, "/work/main/packages/web/src/pages/console/today.astro", void 0);

const $$file = "/work/main/packages/web/src/pages/console/today.astro";
const $$url = "/console/today";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  default: $$Today,
  file: $$file,
  url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
