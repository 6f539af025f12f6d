import { e as createComponent, m as maybeRenderHead, g as addAttribute, r as renderTemplate, h as createAstro, k as renderComponent, l as Fragment } from './astro/server_s_7gde-g.mjs';
import 'piccolore';
import 'clsx';
import { a as consoleMessages, f as formProblem } from './index_DEu4dKf_.mjs';
/* empty css                         */
import { T as Task } from './index_DiaG58Q0.mjs';
import { V as VisibleError, I as InputError } from './errors_MfzDXNyI.mjs';
import { f as field } from './session_CsKKqvPc.mjs';

const $$Astro$1 = createAstro();
const $$Badges = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro$1, $$props, $$slots);
  Astro2.self = $$Badges;
  const { lang, priority, state } = Astro2.props;
  const m = consoleMessages(lang).task;
  return renderTemplate`${maybeRenderHead()}<span class="badges" data-astro-cid-qjcolmfz> ${priority !== "normal" && renderTemplate`<span${addAttribute(`badge priority-${priority}`, "class")} data-astro-cid-qjcolmfz>${m.priorities[priority]}</span>`} <span${addAttribute(`badge state-${state}`, "class")} data-astro-cid-qjcolmfz>${m.states[state]}</span> </span> `;
}, "/work/main/packages/web/src/components/Task/Badges.astro", void 0);

const locales = {
  zh: "zh-CN",
  en: "en-GB"
};
function localName(lang, item) {
  return lang === "en" && item.nameEn ? item.nameEn : item.nameZh;
}
function daysBetween(from, to) {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 864e5);
}
function formatDay(lang, day) {
  return new Intl.DateTimeFormat(locales[lang], {
    month: lang === "zh" ? "long" : "short",
    day: "numeric",
    weekday: "short",
    timeZone: "UTC"
  }).format(Date.parse(`${day}T00:00:00Z`));
}
function formatInstant(lang, instant) {
  return new Intl.DateTimeFormat(locales[lang], {
    month: lang === "zh" ? "long" : "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: "Asia/Shanghai"
  }).format(typeof instant === "string" ? Date.parse(instant) : instant);
}
function dueLabel(lang, dueDate, today) {
  const m = consoleMessages(lang).task;
  const days = daysBetween(today, dueDate);
  if (days < 0) return {
    text: m.overdueBy(-days),
    tone: "overdue"
  };
  if (days === 0) return {
    text: m.dueTodayLabel,
    tone: "today"
  };
  if (days === 1) return {
    text: m.dueTomorrow,
    tone: "soon"
  };
  return {
    text: m.dueOn(formatDay(lang, dueDate)),
    tone: days <= 3 ? "soon" : "later"
  };
}
function names(lang, people) {
  return people.map((person) => localName(lang, person)).join(lang === "zh" ? "、" : ", ");
}
function personName(lang, id, name) {
  return id === "system" ? consoleMessages(lang).task.system : name;
}

const $$Astro = createAstro();
const $$StateForm = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$StateForm;
  const { lang, task, withNote = false } = Astro2.props;
  const m = consoleMessages(lang).task;
  const to = task.state === "open" ? "in_progress" : task.state === "in_progress" ? "done" : void 0;
  const noteId = `note-${task.taskId}`;
  return renderTemplate`${to && renderTemplate`${maybeRenderHead()}<form method="post" class="state-form" data-astro-cid-kmr5hccd><input type="hidden" name="intent" value="transition" data-astro-cid-kmr5hccd><input type="hidden" name="taskId"${addAttribute(task.taskId, "value")} data-astro-cid-kmr5hccd><input type="hidden" name="version"${addAttribute(String(task.version), "value")} data-astro-cid-kmr5hccd><input type="hidden" name="to"${addAttribute(to, "value")} data-astro-cid-kmr5hccd>${withNote && to === "done" && renderTemplate`${renderComponent($$result, "Fragment", Fragment, { "data-astro-cid-kmr5hccd": true }, { "default": ($$result2) => renderTemplate`<label${addAttribute(noteId, "for")} data-astro-cid-kmr5hccd>${m.finishNote}</label><textarea${addAttribute(noteId, "id")} name="note" maxlength="500" rows="2" data-astro-cid-kmr5hccd></textarea>` })}`}<button type="submit"${addAttribute(to === "done" ? "step done" : "step", "class")}${addAttribute(`${to === "done" ? m.finish : m.start}\uFF1A${task.title}`, "aria-label")} data-astro-cid-kmr5hccd>${to === "done" ? m.finish : m.start}</button></form>`}`;
}, "/work/main/packages/web/src/components/Task/StateForm.astro", void 0);

function taskProblem(lang, error) {
  const problem = formProblem(lang, error);
  if (!(error instanceof VisibleError)) return problem;
  const m = consoleMessages(lang);
  const fields = Object.fromEntries(Object.entries(error.fieldErrors ?? {}).map(([field, messages]) => [field, messages.map((text) => m.task.fieldMessages[text] ?? m.fieldMessages[text] ?? text).join(lang === "zh" ? "；" : "; ")]));
  return {
    ...problem,
    message: m.task.errors[error.code] ?? problem.message,
    fields
  };
}

async function applyTaskAction(lang, form) {
  const taskId = field(form, "taskId");
  const version = Number(field(form, "version"));
  try {
    switch (field(form, "intent")) {
      case "transition": {
        const to = field(form, "to");
        const note = field(form, "note").trim();
        const {
          changed
        } = await Task.transition({
          taskId,
          version,
          to,
          ...note ? {
            note
          } : {}
        });
        return {
          notice: !changed ? "unchanged" : to === "done" ? "finished" : "started"
        };
      }
      case "cancel": {
        const {
          changed
        } = await Task.cancel({
          taskId,
          version,
          reason: field(form, "reason")
        });
        return {
          notice: changed ? "cancelled" : "unchanged"
        };
      }
      case "comment":
        await Task.comment({
          taskId,
          text: field(form, "text")
        });
        return {
          notice: "commented"
        };
      default:
        return {
          problem: taskProblem(lang, new InputError("input.invalid", "Unknown form"))
        };
    }
  } catch (error) {
    return {
      problem: taskProblem(lang, error)
    };
  }
}
function noticeFrom(url, notices) {
  const key = url.searchParams.get("notice");
  return key && Object.hasOwn(notices, key) ? notices[key] : void 0;
}

export { $$Badges as $, applyTaskAction as a, formatDay as b, names as c, dueLabel as d, $$StateForm as e, formatInstant as f, localName as l, noticeFrom as n, personName as p, taskProblem as t };
