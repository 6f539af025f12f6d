import { e as createComponent, m as maybeRenderHead, r as renderTemplate, k as renderComponent, l as Fragment, g as addAttribute, h as createAstro } from '../../chunks/astro/server_s_7gde-g.mjs';
import 'piccolore';
import { R as Rating } from '../../chunks/index_B-3AYYOB.mjs';
import { f as field } from '../../chunks/session_CsKKqvPc.mjs';
import { f as feedbackProblem } from '../../chunks/problem_Bj_S67Dh.mjs';
import { f as feedbackConsoleMessages, $ as $$Console } from '../../chunks/Console_BDBxF5Hs.mjs';
/* empty css                                       */
import 'clsx';
import { c as consoleLang } from '../../chunks/index_DEu4dKf_.mjs';
export { renderers } from '../../renderers.mjs';

const $$Astro$2 = createAstro();
const $$SupervisorQueue = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro$2, $$props, $$slots);
  Astro2.self = $$SupervisorQueue;
  const { lang, praise, complaints } = Astro2.props;
  const f = feedbackConsoleMessages(lang);
  const when = (ms) => new Date(ms).toLocaleString(lang === "zh" ? "zh-CN" : "en-GB", { timeZone: "Asia/Shanghai" });
  return renderTemplate`${maybeRenderHead()}<section aria-labelledby="queue-title" data-astro-cid-bvylhwmb> <h2 id="queue-title" data-astro-cid-bvylhwmb>${f.queueTitle(praise.size)}</h2> ${praise.items.length === 0 && renderTemplate`<p class="muted" data-astro-cid-bvylhwmb>${f.empty}</p>`} ${praise.items.map((item) => renderTemplate`<article class="card" data-astro-cid-bvylhwmb> <p class="muted" data-astro-cid-bvylhwmb> ${when(item.submittedAt)} · ${item.verified ? f.verified : f.open} · ${f.scores(item.overall, item.responsiveness, item.courtesy)} ${item.signedAs && renderTemplate`${renderComponent($$result, "Fragment", Fragment, { "data-astro-cid-bvylhwmb": true }, { "default": ($$result2) => renderTemplate` · ${item.signedAs}` })}`} </p> ${(item.flags ?? []).length > 0 && renderTemplate`<p class="flag" data-astro-cid-bvylhwmb>${(item.flags ?? []).map((flag) => f.flags[flag] ?? flag).join("\u3001")}</p>`} <form method="post" data-astro-cid-bvylhwmb> <input type="hidden" name="intent" value="approve" data-astro-cid-bvylhwmb> <input type="hidden" name="ratingId"${addAttribute(item.ratingId, "value")} data-astro-cid-bvylhwmb> <label data-astro-cid-bvylhwmb> ${f.approveHint} <textarea name="text" rows="3" maxlength="500" data-astro-cid-bvylhwmb>${item.text}</textarea> </label> <button type="submit" data-astro-cid-bvylhwmb>${f.approve}</button> </form> <form method="post" data-astro-cid-bvylhwmb> <input type="hidden" name="intent" value="reject" data-astro-cid-bvylhwmb> <input type="hidden" name="ratingId"${addAttribute(item.ratingId, "value")} data-astro-cid-bvylhwmb> <label data-astro-cid-bvylhwmb>${f.reason} <input name="reason" maxlength="200" required data-astro-cid-bvylhwmb></label> <button type="submit" data-astro-cid-bvylhwmb>${f.reject}</button> </form> </article>`)} </section> <section aria-labelledby="complaints-title" data-astro-cid-bvylhwmb> <h2 id="complaints-title" data-astro-cid-bvylhwmb>${f.complaintsTitle(complaints.size)}</h2> ${complaints.items.length === 0 && renderTemplate`<p class="muted" data-astro-cid-bvylhwmb>${f.empty}</p>`} ${complaints.items.map((item) => renderTemplate`<article class="card" data-astro-cid-bvylhwmb> <p class="muted" data-astro-cid-bvylhwmb> ${f.reference} ${item.ratingId} · ${when(item.submittedAt)} · ${f.scores(item.overall, item.responsiveness, item.courtesy)} </p> ${item.text && renderTemplate`<blockquote data-astro-cid-bvylhwmb>${item.text}</blockquote>`} <form method="post" data-astro-cid-bvylhwmb> <input type="hidden" name="intent" value="complaint" data-astro-cid-bvylhwmb> <input type="hidden" name="ratingId"${addAttribute(item.ratingId, "value")} data-astro-cid-bvylhwmb> <select name="state"${addAttribute(f.update, "aria-label")} data-astro-cid-bvylhwmb> ${Object.entries(f.states).map(([value, label]) => renderTemplate`<option${addAttribute(value, "value")}${addAttribute(item.complaintState === value, "selected")} data-astro-cid-bvylhwmb>${label}</option>`)} </select> <label data-astro-cid-bvylhwmb>${f.note} <input name="note" maxlength="500"${addAttribute(item.complaintNote, "value")} data-astro-cid-bvylhwmb></label> <button type="submit" data-astro-cid-bvylhwmb>${f.update}</button> </form> </article>`)} </section> `;
}, "/work/main/packages/web/src/components/Feedback/SupervisorQueue.astro", void 0);

const $$Astro$1 = createAstro();
const $$OfficerFeedback = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro$1, $$props, $$slots);
  Astro2.self = $$OfficerFeedback;
  const { lang, items } = Astro2.props;
  const f = feedbackConsoleMessages(lang);
  return renderTemplate`${maybeRenderHead()}<section aria-labelledby="mine-title" data-astro-cid-obhnl7h7> <h2 id="mine-title" data-astro-cid-obhnl7h7>${f.mineTitle}</h2> ${items.length === 0 && renderTemplate`<p class="muted" data-astro-cid-obhnl7h7>${f.empty}</p>`} ${items.map((item) => renderTemplate`<article class="card" data-astro-cid-obhnl7h7> <blockquote lang="zh-CN" data-astro-cid-obhnl7h7>${item.text}</blockquote> <p class="muted" data-astro-cid-obhnl7h7>${item.signedAs ?? ""} ${item.verified ? `\xB7 ${f.verified}` : ""} · ${f.overallScore(item.overall)}</p> ${item.reply ? renderTemplate`<p data-astro-cid-obhnl7h7>${f.replied}：${item.reply}</p>` : renderTemplate`<form method="post" data-astro-cid-obhnl7h7> <input type="hidden" name="intent" value="reply" data-astro-cid-obhnl7h7> <input type="hidden" name="ratingId"${addAttribute(item.ratingId, "value")} data-astro-cid-obhnl7h7> <label data-astro-cid-obhnl7h7> ${f.reply} <textarea name="text" rows="2" maxlength="300" required data-astro-cid-obhnl7h7></textarea> </label> <button type="submit" data-astro-cid-obhnl7h7>${f.sendReply}</button> </form>`} </article>`)} </section> `;
}, "/work/main/packages/web/src/components/Feedback/OfficerFeedback.astro", void 0);

const $$Astro = createAstro();
const $$Feedback = createComponent(async ($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$Feedback;
  const lang = consoleLang(Astro2.cookies, Astro2.url);
  const f = feedbackConsoleMessages(lang);
  const actor = Astro2.locals.actor;
  const role = actor.type === "user" ? actor.properties.role : void 0;
  let problem;
  if (Astro2.request.method === "POST") {
    const form = await Astro2.request.formData();
    const ratingId = field(form, "ratingId");
    try {
      const intent = field(form, "intent");
      if (intent === "approve") await Rating.moderate({ ratingId, decision: "approve", text: field(form, "text") || void 0 });
      else if (intent === "reject") await Rating.moderate({ ratingId, decision: "reject", reason: field(form, "reason") });
      else if (intent === "complaint") await Rating.handleComplaint({ ratingId, state: field(form, "state"), note: field(form, "note") || void 0 });
      else if (intent === "reply") await Rating.reply({ ratingId, text: field(form, "text") });
      return Astro2.redirect("/console/feedback?saved=1", 303);
    } catch (error) {
      problem = feedbackProblem(lang, error);
      Astro2.response.status = problem.status;
    }
  }
  const queues = role === "precinct_supervisor" ? await Promise.all([Rating.queue({ queue: "praise" }), Rating.queue({ queue: "complaint" })]) : void 0;
  const mine = role === "officer" ? await Rating.mine() : void 0;
  return renderTemplate`${renderComponent($$result, "Console", $$Console, { "title": f.title }, { "default": async ($$result2) => renderTemplate` ${maybeRenderHead()}<h1>${f.title}</h1> ${Astro2.url.searchParams.get("saved") && !problem && renderTemplate`<p class="ok" role="status">${f.done}</p>`}${problem && renderTemplate`<p class="error" role="alert">${problem.message}</p>`}${queues && renderTemplate`${renderComponent($$result2, "SupervisorQueue", $$SupervisorQueue, { "lang": lang, "praise": queues[0], "complaints": queues[1] })}`}${mine && renderTemplate`${renderComponent($$result2, "OfficerFeedback", $$OfficerFeedback, { "lang": lang, "items": mine })}`}${!queues && !mine && renderTemplate`<p>${f.onlyRoles}</p>`}` })}`;
}, "/work/main/packages/web/src/pages/console/feedback.astro", void 0);

const $$file = "/work/main/packages/web/src/pages/console/feedback.astro";
const $$url = "/console/feedback";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  default: $$Feedback,
  file: $$file,
  url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
