import { e as createComponent, m as maybeRenderHead, g as addAttribute, n as renderScript, r as renderTemplate, h as createAstro, k as renderComponent, l as Fragment, o as renderSlot } from '../../../chunks/astro/server_s_7gde-g.mjs';
import 'piccolore';
import { I as Import, a as columns } from '../../../chunks/index_BWR1x2MP.mjs';
import { i as importKinds } from '../../../chunks/id_CvCQQS6k.mjs';
import { $ as $$FieldError } from '../../../chunks/FieldError_Dxz2kgF2.mjs';
import 'clsx';
import { a as onboardingMessages, r as rowErrorText, o as onboardingProblem } from '../../../chunks/index_ur84y5b3.mjs';
/* empty css                                       */
import { p as paren, o as onboardingPage, t as text, f as formatTime } from '../../../chunks/page_rxo3UHD0.mjs';
import { $ as $$Notice } from '../../../chunks/Notice_D9SOpefy.mjs';
import { $ as $$Tabs } from '../../../chunks/Tabs_SNDRomsw.mjs';
import { $ as $$Console } from '../../../chunks/Console_BDBxF5Hs.mjs';
export { renderers } from '../../../renderers.mjs';

const $$Astro$2 = createAstro();
const $$ApplyForm = createComponent(async ($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro$2, $$props, $$slots);
  Astro2.self = $$ApplyForm;
  const { lang, jobId } = Astro2.props;
  const o = onboardingMessages(lang);
  return renderTemplate`${maybeRenderHead()}<form method="post" class="apply"${addAttribute(jobId, "data-job")}${addAttribute(o.import.applying, "data-applying")}${addAttribute(o.import.progress, "data-progress")} data-astro-cid-6nndg7bl> <input type="hidden" name="intent" value="apply" data-astro-cid-6nndg7bl> <input type="hidden" name="jobId"${addAttribute(jobId, "value")} data-astro-cid-6nndg7bl> <button class="primary" type="submit" data-astro-cid-6nndg7bl>${o.import.apply}</button> <div class="progress" hidden data-astro-cid-6nndg7bl> <progress max="1" value="0" data-astro-cid-6nndg7bl></progress> <span aria-live="polite" data-astro-cid-6nndg7bl></span> </div> </form> ${renderScript($$result, "/work/main/packages/web/src/components/Onboarding/ApplyForm.astro?astro&type=script&index=0&lang.ts")} `;
}, "/work/main/packages/web/src/components/Onboarding/ApplyForm.astro", void 0);

const $$Astro$1 = createAstro();
const $$ImportReport = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro$1, $$props, $$slots);
  Astro2.self = $$ImportReport;
  const { lang, report, limit = 200 } = Astro2.props;
  const o = onboardingMessages(lang);
  const shown = report.errors.slice(0, limit);
  const changes = report.creates + report.updates;
  return renderTemplate`${maybeRenderHead()}<section class="card" aria-labelledby="report-title" data-astro-cid-n5rloqgs> <h2 id="report-title" data-astro-cid-n5rloqgs>${o.import.report}</h2> <dl class="figures" data-astro-cid-n5rloqgs> <div data-astro-cid-n5rloqgs><dt data-astro-cid-n5rloqgs>${o.import.file_}</dt><dd data-astro-cid-n5rloqgs>${report.fileName}${paren(lang, `${o.import.kinds[report.kind]} \xB7 ${o.import.encodings[report.encoding] ?? report.encoding}`)}</dd></div> <div data-astro-cid-n5rloqgs><dt data-astro-cid-n5rloqgs>${o.import.rows}</dt><dd data-astro-cid-n5rloqgs>${report.rows}</dd></div> <div data-astro-cid-n5rloqgs><dt data-astro-cid-n5rloqgs>${o.import.creates}</dt><dd data-astro-cid-n5rloqgs>${report.creates}</dd></div> <div data-astro-cid-n5rloqgs><dt data-astro-cid-n5rloqgs>${o.import.updates}</dt><dd data-astro-cid-n5rloqgs>${report.updates}</dd></div> <div data-astro-cid-n5rloqgs><dt data-astro-cid-n5rloqgs>${o.import.unchanged}</dt><dd data-astro-cid-n5rloqgs>${report.unchanged}</dd></div> <div data-astro-cid-n5rloqgs><dt data-astro-cid-n5rloqgs>${o.import.errors}</dt><dd data-astro-cid-n5rloqgs>${report.errors.length}</dd></div> </dl> ${report.errors.length > 0 ? renderTemplate`${renderComponent($$result, "Fragment", Fragment, { "data-astro-cid-n5rloqgs": true }, { "default": ($$result2) => renderTemplate` <p class="error" role="alert" data-astro-cid-n5rloqgs>${o.import.hasErrors(report.errors.length)}</p> <table data-astro-cid-n5rloqgs> <thead data-astro-cid-n5rloqgs> <tr data-astro-cid-n5rloqgs><th data-astro-cid-n5rloqgs>${o.import.row}</th><th data-astro-cid-n5rloqgs>${o.import.col}</th><th data-astro-cid-n5rloqgs>${o.import.problem}</th></tr> </thead> <tbody data-astro-cid-n5rloqgs> ${shown.map((error) => renderTemplate`<tr data-astro-cid-n5rloqgs> <td data-astro-cid-n5rloqgs>${error.row ?? o.import.fileLevel}</td> <td data-astro-cid-n5rloqgs>${[error.letter, error.column].filter(Boolean).join(" ")}</td> <td data-astro-cid-n5rloqgs>${rowErrorText(lang, error)}</td> </tr>`)} </tbody> </table> ${report.errors.length > shown.length && renderTemplate`<p data-astro-cid-n5rloqgs>${o.import.moreErrors(report.errors.length - shown.length)}</p>`}<p data-astro-cid-n5rloqgs><a${addAttribute(`/console/onboarding/import/errors.csv?job=${report.jobId}`, "href")} download data-astro-cid-n5rloqgs>${o.import.downloadErrors}</a></p> ` })}` : changes === 0 ? renderTemplate`<p class="ok" role="status" data-astro-cid-n5rloqgs>${o.import.nothingToDo}</p>` : renderTemplate`<p class="ok" role="status" data-astro-cid-n5rloqgs>${o.import.ok}</p>`} ${renderSlot($$result, $$slots["default"])} </section> `;
}, "/work/main/packages/web/src/components/Onboarding/ImportReport.astro", void 0);

const $$Astro = createAstro();
const $$Index = createComponent(async ($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$Index;
  const { lang, o, allowed } = onboardingPage(Astro2);
  const order = ["precincts", "officers", "villages", "grids"];
  let problem;
  let report;
  let chosenKind = importKinds.includes(Astro2.url.searchParams.get("kind") ?? "") ? Astro2.url.searchParams.get("kind") : "precincts";
  if (allowed && Astro2.request.method === "POST") {
    const form = await Astro2.request.formData();
    try {
      if (text(form, "intent") === "apply") {
        const jobId = text(form, "jobId");
        report = await Import.apply({ jobId });
        if (report.status === "applied") {
          return Astro2.redirect(`/console/onboarding/import?job=${encodeURIComponent(jobId)}&done=applied`, 303);
        }
      } else {
        chosenKind = text(form, "kind");
        const file = form.get("file");
        const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
        report = await Import.dryRun({
          kind: chosenKind,
          fileName: file instanceof File && file.name ? file.name.slice(-200) : "import.csv",
          content: bytes
        });
      }
    } catch (error) {
      problem = onboardingProblem(lang, error);
      Astro2.response.status = problem.status;
    }
  }
  const jobParam = Astro2.url.searchParams.get("job");
  const job = allowed && jobParam ? await Import.progress({ jobId: jobParam }).catch(() => void 0) : void 0;
  const recent = allowed ? await Import.recent() : [];
  const canApply = report && report.status === "checked" && report.errors.length === 0 && report.creates + report.updates > 0;
  return renderTemplate`${renderComponent($$result, "Console", $$Console, { "title": o.import.title, "data-astro-cid-c3cblnlu": true }, { "default": async ($$result2) => renderTemplate` ${maybeRenderHead()}<h1 data-astro-cid-c3cblnlu>${o.import.title}</h1> ${!allowed && renderTemplate`<p class="error" role="alert" data-astro-cid-c3cblnlu>${o.common.forbidden}</p>`}${allowed && renderTemplate`${renderComponent($$result2, "Fragment", Fragment, { "data-astro-cid-c3cblnlu": true }, { "default": async ($$result3) => renderTemplate` ${renderComponent($$result3, "Tabs", $$Tabs, { "lang": lang, "current": "import", "data-astro-cid-c3cblnlu": true })} ${renderComponent($$result3, "Notice", $$Notice, { "problem": problem, "data-astro-cid-c3cblnlu": true })} ${job && Astro2.url.searchParams.get("done") === "applied" && job.status === "applied" && renderTemplate`<p class="ok" role="status" data-astro-cid-c3cblnlu>${o.import.applied(job.creates, job.updates)}</p>`}${report && renderTemplate`${renderComponent($$result3, "ImportReport", $$ImportReport, { "lang": lang, "report": report, "data-astro-cid-c3cblnlu": true }, { "default": async ($$result4) => renderTemplate`${canApply && renderTemplate`${renderComponent($$result4, "ApplyForm", $$ApplyForm, { "lang": lang, "jobId": report.jobId, "data-astro-cid-c3cblnlu": true })}`}` })}`}<section class="card" aria-labelledby="upload-title" data-astro-cid-c3cblnlu> <h2 id="upload-title" data-astro-cid-c3cblnlu>${o.import.check}</h2> <p data-astro-cid-c3cblnlu>${o.import.intro}</p> <form method="post" enctype="multipart/form-data" data-astro-cid-c3cblnlu> <input type="hidden" name="intent" value="check" data-astro-cid-c3cblnlu> <label for="kind" data-astro-cid-c3cblnlu>${o.import.kind}</label> <select id="kind" name="kind" data-astro-cid-c3cblnlu> ${order.map((kind) => renderTemplate`<option${addAttribute(kind, "value")}${addAttribute(kind === chosenKind, "selected")} data-astro-cid-c3cblnlu>${o.import.kinds[kind]}</option>`)} </select> <label for="file" data-astro-cid-c3cblnlu>${o.import.file}</label> <input id="file" name="file" type="file" accept=".csv,text/csv" required aria-describedby="file-hint" data-astro-cid-c3cblnlu> <p class="hint" id="file-hint" data-astro-cid-c3cblnlu>${o.import.fileHint} ${o.import.blankKeeps}</p> ${renderComponent($$result3, "FieldError", $$FieldError, { "id": "file-error", "message": problem?.fields.file, "data-astro-cid-c3cblnlu": true })} <button class="primary" type="submit" data-astro-cid-c3cblnlu>${o.import.check}</button> </form> </section> <section class="card" aria-labelledby="columns-title" data-astro-cid-c3cblnlu> <h2 id="columns-title" data-astro-cid-c3cblnlu>${o.import.columns}</h2> ${order.map((kind) => renderTemplate`<details${addAttribute(kind === chosenKind, "open")} data-astro-cid-c3cblnlu> <summary data-astro-cid-c3cblnlu> ${o.import.kinds[kind]} ·${" "} <a${addAttribute(`/console/onboarding/import/template.csv?kind=${kind}&lang=${lang}`, "href")} download data-astro-cid-c3cblnlu>${o.import.template}</a> ·${" "} <a${addAttribute(`/console/onboarding/import/export.csv?kind=${kind}&lang=${lang}`, "href")} download data-astro-cid-c3cblnlu>${o.import.export}</a> </summary> <table data-astro-cid-c3cblnlu> <thead data-astro-cid-c3cblnlu> <tr data-astro-cid-c3cblnlu><th data-astro-cid-c3cblnlu>${o.import.column}</th><th data-astro-cid-c3cblnlu>${o.import.required}</th><th data-astro-cid-c3cblnlu>${o.import.hint}</th></tr> </thead> <tbody data-astro-cid-c3cblnlu> ${columns[kind].map((column) => renderTemplate`<tr data-astro-cid-c3cblnlu> <td data-astro-cid-c3cblnlu>${column[lang]}<br data-astro-cid-c3cblnlu><code data-astro-cid-c3cblnlu>${column.key}</code></td> <td data-astro-cid-c3cblnlu>${column.required ? "\u2713" : ""}</td> <td data-astro-cid-c3cblnlu>${column.hint[lang]}</td> </tr>`)} </tbody> </table> </details>`)} </section> <section class="card" aria-labelledby="recent-title" data-astro-cid-c3cblnlu> <h2 id="recent-title" data-astro-cid-c3cblnlu>${o.import.recent}</h2> ${recent.length === 0 ? renderTemplate`<p data-astro-cid-c3cblnlu>${o.import.noRecent}</p>` : renderTemplate`<table data-astro-cid-c3cblnlu> <thead data-astro-cid-c3cblnlu> <tr data-astro-cid-c3cblnlu><th data-astro-cid-c3cblnlu>${o.import.when}</th><th data-astro-cid-c3cblnlu>${o.import.kind}</th><th data-astro-cid-c3cblnlu>${o.import.file_}</th><th data-astro-cid-c3cblnlu>${o.common.status}</th><th data-astro-cid-c3cblnlu>${o.import.creates}</th><th data-astro-cid-c3cblnlu>${o.import.updates}</th><th data-astro-cid-c3cblnlu>${o.import.errors}</th></tr> </thead> <tbody data-astro-cid-c3cblnlu> ${recent.map((item) => renderTemplate`<tr data-astro-cid-c3cblnlu> <td data-astro-cid-c3cblnlu>${formatTime(lang, item.startedAt)}</td> <td data-astro-cid-c3cblnlu>${o.import.kinds[item.kind]}</td> <td data-astro-cid-c3cblnlu>${item.fileName}</td> <td data-astro-cid-c3cblnlu>${o.import.statuses[item.status]}${item.failedRow ? ` \xB7 ${o.import.row} ${item.failedRow}` : ""}</td> <td data-astro-cid-c3cblnlu>${item.creates}</td> <td data-astro-cid-c3cblnlu>${item.updates}</td> <td data-astro-cid-c3cblnlu>${item.errorCount}</td> </tr>`)} </tbody> </table>`} </section> ` })}`}` })} `;
}, "/work/main/packages/web/src/pages/console/onboarding/import/index.astro", void 0);

const $$file = "/work/main/packages/web/src/pages/console/onboarding/import/index.astro";
const $$url = "/console/onboarding/import";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  default: $$Index,
  file: $$file,
  url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
