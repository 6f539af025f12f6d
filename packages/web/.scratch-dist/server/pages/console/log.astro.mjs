import { e as createComponent, k as renderComponent, r as renderTemplate, h as createAstro, m as maybeRenderHead, g as addAttribute, l as Fragment } from '../../chunks/astro/server_s_7gde-g.mjs';
import 'piccolore';
import { randomUUID } from 'node:crypto';
import { C as County } from '../../chunks/index_BeLTUk0H.mjs';
import { W as WorkLog } from '../../chunks/index_Bg6afd-E.mjs';
import { e as entryFromForm, $ as $$EntryForm } from '../../chunks/submission_OGeblqy7.mjs';
import { useState, useEffect } from 'preact/hooks';
import { jsxs, jsx } from 'preact/jsx-runtime';
import { c as categoryOrder, s as shanghaiLocal } from '../../chunks/time_P5VlSZlL.mjs';
import { f as field } from '../../chunks/session_CsKKqvPc.mjs';
import { $ as $$Console } from '../../chunks/Console_BDBxF5Hs.mjs';
import { c as consoleLang, f as formProblem, a as consoleMessages } from '../../chunks/index_DEu4dKf_.mjs';
import { w as workMessages } from '../../chunks/index_CYLbpVVE.mjs';
/* empty css                                    */
export { renderers } from '../../renderers.mjs';

const storageKey = "cunjing.worklog.queue";
const load = () => {
  try {
    return JSON.parse(localStorage.getItem(storageKey) ?? "[]");
  } catch {
    return [];
  }
};
const save = (items) => localStorage.setItem(storageKey, JSON.stringify(items));
function OfflineQueue(props) {
  const [pending, setPending] = useState(0);
  const [notice, setNotice] = useState("");
  async function flush() {
    const items = load();
    const left = [];
    for (const item of items) {
      try {
        const response = await fetch("/console/log", {
          method: "POST",
          headers: {
            "content-type": "application/x-www-form-urlencoded"
          },
          body: item.body,
          credentials: "same-origin"
        });
        if (response.status >= 500) left.push(item);
      } catch {
        left.push(item);
      }
    }
    save(left);
    setPending(left.length);
  }
  useEffect(() => {
    setPending(load().length);
    const form = document.querySelector("form[data-offline-queue]");
    const onSubmit = async (event) => {
      if (!form) return;
      event.preventDefault();
      const body = new URLSearchParams(new FormData(form)).toString();
      try {
        if (!navigator.onLine) throw new Error("offline");
        const response = await fetch(form.action || location.href, {
          method: "POST",
          headers: {
            "content-type": "application/x-www-form-urlencoded"
          },
          body,
          credentials: "same-origin"
        });
        if (response.redirected) location.assign(response.url);
        else form.submit();
      } catch {
        save([...load(), {
          body,
          at: Date.now()
        }]);
        setPending(load().length);
        setNotice(props.savedOfflineLabel);
        const key = form.querySelector("input[name=idempotencyKey]");
        if (key) key.value = crypto.randomUUID();
      }
    };
    form?.addEventListener("submit", onSubmit);
    window.addEventListener("online", flush);
    if (navigator.onLine && load().length) void flush();
    return () => {
      form?.removeEventListener("submit", onSubmit);
      window.removeEventListener("online", flush);
    };
  }, []);
  if (!pending && !notice) return null;
  return jsxs("p", {
    class: "ok",
    role: "status",
    children: [notice, " ", pending > 0 && props.pendingLabel.replace("{n}", String(pending)), " ", pending > 0 && jsx("button", {
      type: "button",
      onClick: () => void flush(),
      children: props.sendLabel
    })]
  });
}

const $$Astro = createAstro();
const $$Index = createComponent(async ($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$Index;
  const lang = consoleLang(Astro2.cookies, Astro2.url);
  const m = consoleMessages(lang);
  const w = workMessages(lang);
  const actor = Astro2.locals.actor;
  const isOfficer = actor.type === "user" && actor.properties.role === "officer";
  if (!isOfficer) Astro2.response.status = 403;
  const askedCategory = Astro2.url.searchParams.get("category") ?? "visit";
  let category = categoryOrder.includes(askedCategory) ? askedCategory : "visit";
  let problem;
  let values = { occurredAt: shanghaiLocal(Date.now()) };
  let details = {};
  let idempotencyKey = randomUUID();
  if (isOfficer && Astro2.request.method === "POST") {
    const form = await Astro2.request.formData();
    const entry = entryFromForm(form);
    category = categoryOrder.includes(entry.category) ? entry.category : category;
    idempotencyKey = field(form, "idempotencyKey");
    try {
      const { entryId } = await WorkLog.record({ ...entry, idempotencyKey, details: entry.details });
      return Astro2.redirect(`/console/log?category=${category}&saved=${entryId}`, 303);
    } catch (error) {
      problem = formProblem(lang, error);
      Astro2.response.status = problem.status;
      values = entry;
      details = entry.details;
    }
  }
  const roster = isOfficer ? await County.roster() : void 0;
  const villageIds = actor.type === "user" ? actor.properties.villageIds : [];
  const villages = roster?.villages.filter((v) => villageIds.includes(v.villageId)) ?? [];
  if (!values.villageId && villages[0]) values.villageId = villages[0].villageId;
  const saved = Astro2.url.searchParams.get("saved");
  return renderTemplate`${renderComponent($$result, "Console", $$Console, { "title": w.recordTitle, "data-astro-cid-biyuubv7": true }, { "default": async ($$result2) => renderTemplate` ${maybeRenderHead()}<h1 data-astro-cid-biyuubv7>${w.recordTitle}</h1> ${!isOfficer && renderTemplate`<p class="error" role="alert" data-astro-cid-biyuubv7>${m.forbidden}</p>`}${saved && !problem && renderTemplate`<p class="ok" role="status" data-astro-cid-biyuubv7>${w.saved} <a${addAttribute(`/console/log/${saved}`, "href")} data-astro-cid-biyuubv7>${w.edit}</a></p>`}${problem && renderTemplate`<p class="error" role="alert" data-astro-cid-biyuubv7>${problem.message}</p>`}${isOfficer && renderTemplate`${renderComponent($$result2, "Fragment", Fragment, { "data-astro-cid-biyuubv7": true }, { "default": async ($$result3) => renderTemplate` <nav class="chips"${addAttribute(w.chooseCategory, "aria-label")} data-astro-cid-biyuubv7> ${categoryOrder.map((c) => renderTemplate`<a${addAttribute(`/console/log?category=${c}`, "href")}${addAttribute(c === category ? "page" : void 0, "aria-current")} data-astro-cid-biyuubv7>${w.categories[c]}</a>`)} </nav> ${renderComponent($$result3, "OfflineQueue", OfflineQueue, { "client:load": true, "pendingLabel": w.pending, "savedOfflineLabel": w.savedOffline, "sendLabel": w.send, "client:component-hydration": "load", "client:component-path": "/work/main/packages/web/src/components/WorkLog/OfflineQueue", "client:component-export": "default", "data-astro-cid-biyuubv7": true })} <div class="card" data-astro-cid-biyuubv7> <h2 data-astro-cid-biyuubv7>${w.categories[category]}</h2> ${renderComponent($$result3, "EntryForm", $$EntryForm, { "w": w, "lang": lang, "category": category, "villages": villages, "values": values, "details": details, "errors": problem?.fields ?? {}, "hidden": { idempotencyKey }, "submitLabel": w.submit, "data-astro-cid-biyuubv7": true })} </div> ` })}`}` })} `;
}, "/work/main/packages/web/src/pages/console/log/index.astro", void 0);

const $$file = "/work/main/packages/web/src/pages/console/log/index.astro";
const $$url = "/console/log";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  default: $$Index,
  file: $$file,
  url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
