import { e as createComponent, m as maybeRenderHead, g as addAttribute, r as renderTemplate, h as createAstro, k as renderComponent, l as Fragment } from '../../chunks/astro/server_s_7gde-g.mjs';
import 'piccolore';
import { C as Counter } from '../../chunks/index_ByJNsHNY.mjs';
import { D as Dashboard } from '../../chunks/index_DODlOfNQ.mjs';
import { T as Task } from '../../chunks/index_DiaG58Q0.mjs';
import 'clsx';
/* empty css                                    */
import { $ as $$Console } from '../../chunks/Console_BDBxF5Hs.mjs';
import { c as consoleLang, f as formProblem } from '../../chunks/index_DEu4dKf_.mjs';
import { w as workMessages } from '../../chunks/index_CYLbpVVE.mjs';
export { renderers } from '../../renderers.mjs';

const $$Astro$1 = createAstro();
const $$WeeklyChart = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro$1, $$props, $$slots);
  Astro2.self = $$WeeklyChart;
  const { weeks, label } = Astro2.props;
  const width = 640;
  const height = 180;
  const axis = 22;
  const max = Math.max(1, ...weeks.map((w) => w.total));
  const slot = (width - 8) / Math.max(1, weeks.length);
  const bar = Math.max(2, slot * 0.7);
  const every = Math.max(1, Math.ceil(weeks.length / 8));
  const scale = (value) => (height - axis - 14) * value / max;
  const summary = `${label}: ${weeks.map((w) => `${w.week.slice(5)} ${w.total}`).join(", ")}`;
  return renderTemplate`${maybeRenderHead()}<figure class="chart" data-astro-cid-5o7kvb4e> <svg${addAttribute(`0 0 ${width} ${height}`, "viewBox")} role="img"${addAttribute(summary, "aria-label")} preserveAspectRatio="none" data-astro-cid-5o7kvb4e> <line x1="4"${addAttribute(height - axis, "y1")}${addAttribute(width - 4, "x2")}${addAttribute(height - axis, "y2")} stroke="#8a94a3" data-astro-cid-5o7kvb4e></line> <text x="6" y="12" class="max" data-astro-cid-5o7kvb4e>${max}</text> ${weeks.map((w, i) => renderTemplate`<g data-astro-cid-5o7kvb4e> <rect${addAttribute(4 + i * slot + (slot - bar) / 2, "x")}${addAttribute(height - axis - scale(w.total), "y")}${addAttribute(bar, "width")}${addAttribute(scale(w.total), "height")} fill="#0b4aa2" data-astro-cid-5o7kvb4e> <title>${`${w.week}: ${w.total}`}</title> </rect> ${i % every === 0 && renderTemplate`<text${addAttribute(4 + i * slot + slot / 2, "x")}${addAttribute(height - 6, "y")} text-anchor="middle" data-astro-cid-5o7kvb4e>${w.week.slice(5)}</text>`} </g>`)} </svg> <figcaption data-astro-cid-5o7kvb4e>${label}</figcaption> </figure> `;
}, "/work/main/packages/web/src/components/Dashboard/WeeklyChart.astro", void 0);

const $$Astro = createAstro();
const $$Index = createComponent(async ($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$Index;
  const lang = consoleLang(Astro2.cookies, Astro2.url);
  const w = workMessages(lang);
  const params = Astro2.url.searchParams;
  const asked = {
    scope: params.get("scope") || void 0,
    from: params.get("from") || void 0,
    to: params.get("to") || void 0
  };
  let board;
  let problem;
  try {
    board = await Dashboard.forScope(asked);
  } catch (error) {
    problem = formProblem(lang, error);
    Astro2.response.status = problem.status;
  }
  const overdue = board && board.subject.kind !== "village" ? await Task.overdue({ scope: board.scope, first: 10 }).catch(() => void 0) : void 0;
  const name = (item) => lang === "en" && item.nameEn ? item.nameEn : item.name;
  const work = Counter.categories;
  const weekly = board?.weeks.map((row) => ({ week: row.week, total: work.reduce((sum, c) => sum + row.totals[c], 0) })) ?? [];
  const query = board ? `scope=${encodeURIComponent(board.scope)}&from=${board.from}&to=${board.to}` : "";
  const groups = ["county", "precinct", "officer", "village"];
  return renderTemplate`${renderComponent($$result, "Console", $$Console, { "title": board ? w.dashboardOf(board.subject.name) : w.dashboard, "data-astro-cid-umtebjsh": true }, { "default": async ($$result2) => renderTemplate` ${maybeRenderHead()}<h1 data-astro-cid-umtebjsh>${board ? w.dashboardOf(board.subject.name) : w.dashboard}</h1> ${problem && renderTemplate`<p class="error" role="alert" data-astro-cid-umtebjsh>${problem.message}</p>`}<form method="get" class="card filters" data-astro-cid-umtebjsh> <label for="scope" data-astro-cid-umtebjsh>${w.scope}</label> <select id="scope" name="scope" data-astro-cid-umtebjsh> ${groups.map((kind) => {
    const choices = board?.choices.filter((c) => c.kind === kind) ?? [];
    return choices.length ? renderTemplate`<optgroup${addAttribute(kind === "county" ? w.county : kind === "precinct" ? "\u6D3E\u51FA\u6240 / Stations" : kind === "officer" ? "\u6C11\u8B66 / Officers" : "\u6751\uFF08\u793E\u533A\uFF09 / Villages", "label")} data-astro-cid-umtebjsh> ${choices.map((c) => renderTemplate`<option${addAttribute(c.scope, "value")}${addAttribute(c.scope === board?.scope, "selected")} data-astro-cid-umtebjsh>${name(c)}</option>`)} </optgroup>` : null;
  })} </select> <label for="from" data-astro-cid-umtebjsh>${w.from}</label> <input id="from" name="from" type="date"${addAttribute(board?.from ?? asked.from, "value")} data-astro-cid-umtebjsh> ${problem?.fields.from && renderTemplate`<p class="field-error" data-astro-cid-umtebjsh>${problem.fields.from}</p>`} <label for="to" data-astro-cid-umtebjsh>${w.to}</label> <input id="to" name="to" type="date"${addAttribute(board?.to ?? asked.to, "value")} data-astro-cid-umtebjsh> ${problem?.fields.to && renderTemplate`<p class="field-error" data-astro-cid-umtebjsh>${problem.fields.to}</p>`} <button class="primary" type="submit" data-astro-cid-umtebjsh>${w.show}</button> </form> ${board && renderTemplate`${renderComponent($$result2, "Fragment", Fragment, { "data-astro-cid-umtebjsh": true }, { "default": async ($$result3) => renderTemplate` <section class="card" data-astro-cid-umtebjsh> <h2 data-astro-cid-umtebjsh>${w.totals}</h2> <ul class="figures" data-astro-cid-umtebjsh> ${Counter.figures.map((figure) => renderTemplate`<li data-astro-cid-umtebjsh> <strong data-astro-cid-umtebjsh>${board.totals[figure].toLocaleString("zh-CN")}</strong> <span data-astro-cid-umtebjsh>${w.categories[figure]}</span> </li>`)} </ul> <a${addAttribute(`/console/dashboard/export.csv?${query}&table=totals`, "href")} data-astro-cid-umtebjsh>${w.exportCsv}</a> </section> <section class="card" data-astro-cid-umtebjsh> <h2 data-astro-cid-umtebjsh>${w.trend}</h2> ${renderComponent($$result3, "WeeklyChart", $$WeeklyChart, { "weeks": weekly, "label": w.trend, "data-astro-cid-umtebjsh": true })} <a${addAttribute(`/console/dashboard/export.csv?${query}&table=weekly`, "href")} data-astro-cid-umtebjsh>${w.exportCsv}</a> </section> ${board.ranking.length > 0 && renderTemplate`<section class="card" data-astro-cid-umtebjsh> <h2 data-astro-cid-umtebjsh>${w.ranking}</h2> <p class="muted" data-astro-cid-umtebjsh>${w.rankingNote(board.minimumSample)}</p> <table data-astro-cid-umtebjsh> <thead data-astro-cid-umtebjsh> <tr data-astro-cid-umtebjsh><th data-astro-cid-umtebjsh>#</th><th data-astro-cid-umtebjsh>${w.name}</th><th data-astro-cid-umtebjsh>${w.entries}</th></tr> </thead> <tbody data-astro-cid-umtebjsh> ${board.ranking.map((row, index) => renderTemplate`<tr data-astro-cid-umtebjsh> <td data-astro-cid-umtebjsh>${row.enough ? index + 1 : "\u2014"}</td> <td data-astro-cid-umtebjsh><a${addAttribute(`/console/dashboard?scope=${board.subject.kind === "county" ? "precinct" : "officer"}:${row.id}&from=${board.from}&to=${board.to}`, "href")} data-astro-cid-umtebjsh>${row.name}</a></td> <td data-astro-cid-umtebjsh>${row.enough ? row.entries.toLocaleString("zh-CN") : w.notEnough}</td> </tr>`)} </tbody> </table> <a${addAttribute(`/console/dashboard/export.csv?${query}&table=ranking`, "href")} data-astro-cid-umtebjsh>${w.exportCsv}</a> </section>`}${overdue && renderTemplate`<section class="card" data-astro-cid-umtebjsh> <h2 data-astro-cid-umtebjsh>${w.overdue(overdue.count, overdue.exact)}</h2> ${overdue.items.length === 0 ? renderTemplate`<p data-astro-cid-umtebjsh>${w.noneOverdue}</p>` : renderTemplate`<ul data-astro-cid-umtebjsh> ${overdue.items.map((task) => renderTemplate`<li class="flag" data-astro-cid-umtebjsh> <a${addAttribute(`/console/tasks/${task.taskId}`, "href")} data-astro-cid-umtebjsh>${task.title}</a> · ${task.dueDate} </li>`)} </ul>`} </section>`}${(board.subject.kind === "county" || board.subject.kind === "precinct") && renderTemplate`<section class="card" data-astro-cid-umtebjsh> <h2 data-astro-cid-umtebjsh>${w.villagesWithoutOfficer}</h2> ${board.villagesWithoutOfficer.length === 0 ? renderTemplate`<p data-astro-cid-umtebjsh>${w.noneWithoutOfficer}</p>` : renderTemplate`<ul data-astro-cid-umtebjsh> ${board.villagesWithoutOfficer.map((v) => renderTemplate`<li class="flag" data-astro-cid-umtebjsh>${lang === "en" && v.nameEn ? v.nameEn : v.nameZh}</li>`)} </ul>`} </section>`}` })}`}` })} `;
}, "/work/main/packages/web/src/pages/console/dashboard/index.astro", void 0);

const $$file = "/work/main/packages/web/src/pages/console/dashboard/index.astro";
const $$url = "/console/dashboard";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  default: $$Index,
  file: $$file,
  url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
