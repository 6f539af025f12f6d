import { e as createComponent, m as maybeRenderHead, g as addAttribute, k as renderComponent, r as renderTemplate, h as createAstro } from './astro/server_s_7gde-g.mjs';
import 'piccolore';
import { a as consoleMessages } from './index_DEu4dKf_.mjs';
import { d as dueLabel, c as names, $ as $$Badges, f as formatInstant, l as localName, e as $$StateForm } from './actions_IgaHIs1o.mjs';
/* empty css                         */

const $$Astro = createAstro();
const $$TaskCard = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$TaskCard;
  const { lang, task, today, self, actions = false } = Astro2.props;
  const m = consoleMessages(lang).task;
  const active = task.state === "open" || task.state === "in_progress";
  const due = dueLabel(lang, task.dueDate, today);
  const others = task.assignees.filter((officer) => officer.officerId !== self);
  const team = !self ? names(lang, task.assignees) : others.length ? m.withTeam(names(lang, others)) : "";
  return renderTemplate`${maybeRenderHead()}<article${addAttribute(["task", active && `due-${due.tone}`, `priority-${task.priority}`], "class:list")}${addAttribute(`task-${task.taskId}`, "id")} data-astro-cid-4inmvcf6> <div class="top" data-astro-cid-4inmvcf6> ${renderComponent($$result, "Badges", $$Badges, { "lang": lang, "priority": task.priority, "state": task.state, "data-astro-cid-4inmvcf6": true })} ${active ? renderTemplate`<span class="due" data-astro-cid-4inmvcf6>${due.text}</span>` : task.closedAt && renderTemplate`<span class="when" data-astro-cid-4inmvcf6>${m.closedOn(formatInstant(lang, task.closedAt))}</span>`} </div> <h3 data-astro-cid-4inmvcf6><a${addAttribute(`/console/tasks/${task.taskId}`, "href")} data-astro-cid-4inmvcf6>${task.title}</a></h3> <p class="meta" data-astro-cid-4inmvcf6> <span data-astro-cid-4inmvcf6>${localName(lang, { nameZh: task.villageNameZh, nameEn: task.villageNameEn })}</span> ${team && renderTemplate`<span data-astro-cid-4inmvcf6>${team}</span>`} ${task.sourceKind === "hazard" && renderTemplate`<span data-astro-cid-4inmvcf6>${m.sourceHazard}</span>`} </p> ${actions && active && renderTemplate`${renderComponent($$result, "StateForm", $$StateForm, { "lang": lang, "task": task, "data-astro-cid-4inmvcf6": true })}`} </article> `;
}, "/work/main/packages/web/src/components/Task/TaskCard.astro", void 0);

export { $$TaskCard as $ };
