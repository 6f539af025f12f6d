import { e as createComponent, m as maybeRenderHead, g as addAttribute, k as renderComponent, r as renderTemplate, h as createAstro, l as Fragment } from '../../../chunks/astro/server_s_7gde-g.mjs';
import 'piccolore';
import { C as Counter } from '../../../chunks/index_ByJNsHNY.mjs';
import { T as Task } from '../../../chunks/index_DiaG58Q0.mjs';
import { f as field } from '../../../chunks/session_CsKKqvPc.mjs';
import { p as personName, f as formatInstant, a as applyTaskAction, t as taskProblem, n as noticeFrom, d as dueLabel, $ as $$Badges, b as formatDay, l as localName, c as names, e as $$StateForm } from '../../../chunks/actions_IgaHIs1o.mjs';
import { $ as $$FieldError } from '../../../chunks/FieldError_Dxz2kgF2.mjs';
import { a as consoleMessages, c as consoleLang } from '../../../chunks/index_DEu4dKf_.mjs';
/* empty css                                      */
import 'clsx';
import { $ as $$Console } from '../../../chunks/Console_BDBxF5Hs.mjs';
export { renderers } from '../../../renderers.mjs';

const $$Astro$3 = createAstro();
const $$CancelForm = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro$3, $$props, $$slots);
  Astro2.self = $$CancelForm;
  const { lang, task, error, open = false } = Astro2.props;
  const m = consoleMessages(lang).task;
  return renderTemplate`${maybeRenderHead()}<details class="cancel"${addAttribute(open || !!error, "open")} data-astro-cid-mzmygi4n> <summary data-astro-cid-mzmygi4n>${m.cancel}</summary> <form method="post" data-astro-cid-mzmygi4n> <input type="hidden" name="intent" value="cancel" data-astro-cid-mzmygi4n> <input type="hidden" name="taskId"${addAttribute(task.taskId, "value")} data-astro-cid-mzmygi4n> <input type="hidden" name="version"${addAttribute(String(task.version), "value")} data-astro-cid-mzmygi4n> <label for="cancel-reason" data-astro-cid-mzmygi4n>${m.cancelReason}</label> <textarea id="cancel-reason" name="reason" required maxlength="500" rows="2"${addAttribute(error ? "reason-error" : void 0, "aria-describedby")} data-astro-cid-mzmygi4n></textarea> ${renderComponent($$result, "FieldError", $$FieldError, { "id": "reason-error", "message": error, "data-astro-cid-mzmygi4n": true })} <button type="submit" data-astro-cid-mzmygi4n>${m.cancelConfirm}</button> </form> </details> `;
}, "/work/main/packages/web/src/components/Task/CancelForm.astro", void 0);

const $$Astro$2 = createAstro();
const $$CommentThread = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro$2, $$props, $$slots);
  Astro2.self = $$CommentThread;
  const { lang, taskId, comments, error, draft } = Astro2.props;
  const m = consoleMessages(lang);
  return renderTemplate`${maybeRenderHead()}<section class="card" aria-labelledby="comments-title" data-astro-cid-4npu2yum> <h2 id="comments-title" data-astro-cid-4npu2yum>${m.task.comments}</h2> ${comments.length === 0 && renderTemplate`<p class="quiet" data-astro-cid-4npu2yum>${m.task.noComments}</p>`} <ul class="comments" data-astro-cid-4npu2yum> ${comments.map((comment) => renderTemplate`<li data-astro-cid-4npu2yum> <p class="who" data-astro-cid-4npu2yum> <strong data-astro-cid-4npu2yum>${personName(lang, comment.authorId, comment.authorName)}</strong> <span data-astro-cid-4npu2yum>${m.roleNames[comment.authorRole] ?? ""}</span> <time${addAttribute(comment.at, "datetime")} data-astro-cid-4npu2yum>${formatInstant(lang, comment.at)}</time> </p> <p class="text" data-astro-cid-4npu2yum>${comment.text}</p> </li>`)} </ul> <form method="post" data-astro-cid-4npu2yum> <input type="hidden" name="intent" value="comment" data-astro-cid-4npu2yum> <input type="hidden" name="taskId"${addAttribute(taskId, "value")} data-astro-cid-4npu2yum> <label for="comment-text" data-astro-cid-4npu2yum>${m.task.commentText}</label> <textarea id="comment-text" name="text" required maxlength="1000" rows="3"${addAttribute(error ? "text-error" : void 0, "aria-describedby")} data-astro-cid-4npu2yum>${draft ?? ""}</textarea> ${renderComponent($$result, "FieldError", $$FieldError, { "id": "text-error", "message": error, "data-astro-cid-4npu2yum": true })} <button class="primary" type="submit" data-astro-cid-4npu2yum>${m.task.addComment}</button> </form> </section> `;
}, "/work/main/packages/web/src/components/Task/CommentThread.astro", void 0);

const $$Astro$1 = createAstro();
const $$History = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro$1, $$props, $$slots);
  Astro2.self = $$History;
  const { lang, history } = Astro2.props;
  const m = consoleMessages(lang).task;
  return renderTemplate`${maybeRenderHead()}<ol class="history" data-astro-cid-tdlwwl55> ${history.map((step) => renderTemplate`<li data-astro-cid-tdlwwl55> <time${addAttribute(new Date(step.at).toISOString(), "datetime")} data-astro-cid-tdlwwl55>${formatInstant(lang, step.at)}</time> <span data-astro-cid-tdlwwl55> ${personName(lang, step.by, step.byName)} · ${m.historyEntry[step.state]} </span> ${step.note && renderTemplate`<q data-astro-cid-tdlwwl55>${step.note}</q>`} </li>`)} </ol> `;
}, "/work/main/packages/web/src/components/Task/History.astro", void 0);

const $$Astro = createAstro();
const $$id = createComponent(async ($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$id;
  const lang = consoleLang(Astro2.cookies, Astro2.url);
  const m = consoleMessages(lang);
  const taskId = Astro2.params.id ?? "";
  const actor = Astro2.locals.actor;
  const role = actor.type === "user" ? actor.properties.role : void 0;
  let problem;
  let posted;
  if (Astro2.request.method === "POST") {
    const form = await Astro2.request.formData();
    const outcome = await applyTaskAction(lang, form);
    if (!outcome.problem) return Astro2.redirect(`/console/tasks/${encodeURIComponent(taskId)}?notice=${outcome.notice}`, 303);
    problem = outcome.problem;
    posted = { intent: field(form, "intent"), text: field(form, "text") };
    Astro2.response.status = problem.status;
  }
  let thread;
  try {
    thread = await Task.get(taskId);
  } catch (error) {
    problem = taskProblem(lang, error);
    Astro2.response.status = problem.status;
  }
  const notice = noticeFrom(Astro2.url, m.task.notices);
  const task = thread?.task;
  const today = Counter.dayOf(Date.now());
  const active = task && (task.state === "open" || task.state === "in_progress");
  const due = task && dueLabel(lang, task.dueDate, today);
  const back = role === "officer" ? { href: "/console/today", text: m.task.todayTitle } : { href: "/console/tasks", text: m.task.boardTitle };
  return renderTemplate`${renderComponent($$result, "Console", $$Console, { "title": task?.title ?? m.task.todayTitle, "data-astro-cid-mczxo4j7": true }, { "default": async ($$result2) => renderTemplate` ${maybeRenderHead()}<p class="back" data-astro-cid-mczxo4j7><a${addAttribute(back.href, "href")} data-astro-cid-mczxo4j7>← ${back.text}</a></p> ${notice && renderTemplate`<p class="ok" role="status" data-astro-cid-mczxo4j7>${notice}</p>`}${problem && renderTemplate`<p class="error" role="alert" data-astro-cid-mczxo4j7>${problem.message}</p>`}${task && thread && due && renderTemplate`${renderComponent($$result2, "Fragment", Fragment, { "data-astro-cid-mczxo4j7": true }, { "default": async ($$result3) => renderTemplate` <article${addAttribute(["card", "detail", active && `due-${due.tone}`], "class:list")} data-astro-cid-mczxo4j7> ${renderComponent($$result3, "Badges", $$Badges, { "lang": lang, "priority": task.priority, "state": task.state, "data-astro-cid-mczxo4j7": true })} <h1 data-astro-cid-mczxo4j7>${task.title}</h1> <dl data-astro-cid-mczxo4j7> <dt data-astro-cid-mczxo4j7>${m.task.dueDate}</dt> <dd data-astro-cid-mczxo4j7> ${formatDay(lang, task.dueDate)} ${active && renderTemplate`<strong class="due" data-astro-cid-mczxo4j7> · ${due.text}</strong>`} </dd> <dt data-astro-cid-mczxo4j7>${m.task.village}</dt> <dd data-astro-cid-mczxo4j7>${localName(lang, { nameZh: task.villageNameZh, nameEn: task.villageNameEn })}</dd> <dt data-astro-cid-mczxo4j7>${m.task.team}</dt> <dd data-astro-cid-mczxo4j7>${names(lang, task.assignees)}</dd> <dt data-astro-cid-mczxo4j7>${m.task.assignedBy}</dt> <dd data-astro-cid-mczxo4j7>${personName(lang, task.assignedBy, task.assignedByName)}</dd> ${task.source && renderTemplate`${renderComponent($$result3, "Fragment", Fragment, { "data-astro-cid-mczxo4j7": true }, { "default": async ($$result4) => renderTemplate` <dt data-astro-cid-mczxo4j7>${m.task.source}</dt> <dd data-astro-cid-mczxo4j7>${m.task.sourceHazard}</dd> ` })}`} <dt data-astro-cid-mczxo4j7>${m.task.description}</dt> <dd class="text" data-astro-cid-mczxo4j7>${task.description || m.task.noDescription}</dd> </dl> ${(thread.can.start || thread.can.finish) && renderTemplate`${renderComponent($$result3, "StateForm", $$StateForm, { "lang": lang, "task": task, "withNote": true, "data-astro-cid-mczxo4j7": true })}`} ${thread.can.cancel && renderTemplate`${renderComponent($$result3, "CancelForm", $$CancelForm, { "lang": lang, "task": task, "error": posted?.intent === "cancel" ? problem?.fields.reason : void 0, "data-astro-cid-mczxo4j7": true })}`} </article> <section class="card" aria-labelledby="history-title" data-astro-cid-mczxo4j7> <h2 id="history-title" data-astro-cid-mczxo4j7>${m.task.history}</h2> ${renderComponent($$result3, "History", $$History, { "lang": lang, "history": task.history, "data-astro-cid-mczxo4j7": true })} </section> ${renderComponent($$result3, "CommentThread", $$CommentThread, { "lang": lang, "taskId": task.taskId, "comments": thread.comments, "error": posted?.intent === "comment" ? problem?.fields.text : void 0, "draft": posted?.intent === "comment" ? posted.text : void 0, "data-astro-cid-mczxo4j7": true })} ` })}`}` })} `;
}, "/work/main/packages/web/src/pages/console/tasks/[id].astro", void 0);

const $$file = "/work/main/packages/web/src/pages/console/tasks/[id].astro";
const $$url = "/console/tasks/[id]";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  default: $$id,
  file: $$file,
  url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
