import { useEffect, useRef, useState } from "preact/hooks";
import { offlineMessages } from "../../i18n/console/offline";
import { deviceQueue, forgetDevice } from "./device";
import {
  counts,
  flush,
  nextSeq,
  ordered,
  outcomeOf,
  revise,
  withKey,
  type Item,
  type Outcome,
  type Problem,
} from "./queue";
import { formFields, problemFrom, shanghaiNow } from "./page";

/**
 * The officer's outbox on every console page. Every form marked `data-offline-queue` goes through
 * it: the submission is sealed into IndexedDB first, then sent; an item leaves only when the server
 * confirms the save. It also registers the service worker that keeps the console open offline,
 * and clears the device when the officer signs out.
 */
export default function Outbox(props: { lang: "zh" | "en"; userId: string; offlinePages: string[]; full?: boolean }) {
  const m = offlineMessages(props.lang);
  const [items, setItems] = useState<Item[]>([]);
  const [notice, setNotice] = useState("");
  const [signOutAsked, setSignOutAsked] = useState(false);
  const editing = useRef<string | undefined>(undefined);
  const signOutForm = useRef<HTMLFormElement | undefined>(undefined);
  const queue = useRef(deviceQueue());

  const mine = items.filter((item) => item.userId === props.userId);
  const refresh = async () => setItems(ordered(await queue.current.all()));

  async function send(item: Item): Promise<Outcome> {
    const response = await fetch(item.action, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(item.fields).toString(),
      credentials: "same-origin",
    });
    const text = response.redirected && response.ok ? "" : await response.text();
    const savedPage = response.ok && !response.redirected && /\sdata-saved[\s>=]/.test(text);
    return outcomeOf({ status: response.status, redirected: response.redirected, url: response.url, savedPage }, () =>
      problemFrom(text),
    );
  }

  /** One run at a time, also across tabs, so nothing is sent twice by two pages. */
  async function sendWaiting() {
    if (!navigator.onLine) return undefined;
    setNotice((shown) => (shown === m.savedOffline ? "" : shown));
    const run = () => flush(queue.current, props.userId, send, (all) => setItems(ordered(all)));
    const result = navigator.locks ? await navigator.locks.request("cunjing-outbox", run) : await run();
    await refresh();
    return result;
  }

  async function onSubmit(event: SubmitEvent) {
    const form = event.target as HTMLFormElement;
    if (form.matches("form[action='/console/signout']")) return onSignOut(event, form);
    if (!form.matches("form[data-offline-queue]")) return;
    // Forms whose answer is shown once (a rating code) go the plain way while there is a network.
    if (form.hasAttribute("data-offline-only") && navigator.onLine) return;
    event.preventDefault();
    const submitter = event.submitter as HTMLButtonElement | null;
    const dropped = (form.dataset.offlineDrop ?? "").split(" ").filter(Boolean);
    const fields = formFields(form, submitter).filter(([name]) => !dropped.includes(name));
    const all = await queue.current.all();
    const fixing = all.find((item) => item.id === editing.current);
    const item: Item = fixing
      ? revise(fixing, fields)
      : (() => {
          const key = crypto.randomUUID();
          return {
            id: key,
            seq: nextSeq(all),
            userId: props.userId,
            state: "queued",
            action: new URL(form.action, location.href).pathname,
            page: location.pathname + location.search,
            fields: withKey(fields, key),
            label:
              form.dataset.offlineQueue ||
              submitter?.getAttribute("aria-label") ||
              submitter?.textContent?.trim() ||
              document.title,
            idempotencyKey: key,
            createdAt: Date.now(),
          };
        })();
    await queue.current.put(item);
    editing.current = undefined;
    await refresh();
    const result = await sendWaiting();
    const sent = result?.sent.find((s) => s.id === item.id);
    // Sent at once: show the page the server answered with, as a plain form post would.
    if (sent) return location.assign(sent.location);
    const kept = (await queue.current.all()).find((i) => i.id === item.id);
    if (kept?.state === "invalid" || kept?.state === "conflict") {
      // The officer is looking at the form: let them correct it in place.
      editing.current = kept.id;
      setNotice("");
      document.getElementById("outbox")?.scrollIntoView({ block: "start" });
      return;
    }
    setNotice(m.savedOffline);
    resetForm(form);
  }

  function resetForm(form: HTMLFormElement) {
    form.reset();
    const key = form.querySelector<HTMLInputElement>("input[name=idempotencyKey]");
    if (key) key.value = crypto.randomUUID();
    const when = form.querySelector<HTMLInputElement>("input[name=occurredAt]");
    if (when) when.value = shanghaiNow();
  }

  async function onSignOut(event: SubmitEvent, form: HTMLFormElement) {
    event.preventDefault();
    signOutForm.current = form;
    const waiting = (await queue.current.all()).filter((item) => item.userId === props.userId);
    if (waiting.length > 0) {
      setSignOutAsked(true);
      document.getElementById("outbox")?.scrollIntoView({ block: "start" });
      return;
    }
    await signOut();
  }

  async function signOut() {
    await forgetDevice().catch(() => undefined);
    signOutForm.current?.submit();
  }

  /** Reopens a kept item in its form: the fields as the officer left them. */
  function fillForm(item: Item) {
    const form = [...document.querySelectorAll<HTMLFormElement>("form[data-offline-queue]")].find(
      (f) => new URL(f.action, location.href).pathname === item.action,
    );
    if (!form) return;
    for (const [name, value] of item.fields) {
      if (name === "idempotencyKey") continue;
      const control = form.elements.namedItem(name);
      if (
        control instanceof HTMLInputElement ||
        control instanceof HTMLTextAreaElement ||
        control instanceof HTMLSelectElement
      ) {
        if (control instanceof HTMLInputElement && control.type === "checkbox")
          control.checked = control.value === value;
        else if (!(control instanceof HTMLInputElement && control.type === "hidden")) control.value = value;
      } else if (control instanceof RadioNodeList) control.value = value;
    }
    editing.current = item.id;
    setNotice(m.fixing);
    form.querySelector<HTMLElement>("input:not([type=hidden]), select, textarea")?.focus();
  }

  function fix(item: Item) {
    if (location.pathname + location.search === item.page) fillForm(item);
    else location.assign(`${item.page}#fix=${item.id}`);
  }

  async function discard(item: Item) {
    if (!confirm(m.discardConfirm)) return;
    await queue.current.remove(item.id);
    if (editing.current === item.id) editing.current = undefined;
    await refresh();
  }

  useEffect(() => {
    if ("serviceWorker" in navigator) {
      void navigator.serviceWorker.register("/sw.js", { scope: "/console/" }).catch(() => undefined);
      void warmPages(props.offlinePages);
    }
    document.addEventListener("submit", onSubmit);
    const online = () => void sendWaiting();
    window.addEventListener("online", online);
    void (async () => {
      await refresh();
      const fixId = /^#fix=(.+)$/.exec(location.hash)?.[1];
      const target = fixId && (await queue.current.all()).find((item) => item.id === fixId);
      if (target) fillForm(target);
      // A page read from the device's copy shows the time it was cached: start from now instead.
      document
        .querySelectorAll<HTMLInputElement>("form[data-offline-queue] input[name=occurredAt]")
        .forEach((input) => {
          if (
            !target &&
            input.defaultValue === input.value &&
            input.dataset.renderedAt &&
            Number(input.dataset.renderedAt) < Date.now() - 60_000
          ) {
            input.value = shanghaiNow();
          }
        });
      document
        .querySelectorAll<HTMLInputElement>("form[data-offline-queue] input[name=idempotencyKey]")
        .forEach((input) => {
          input.value = crypto.randomUUID();
        });
      await sendWaiting();
    })();
    return () => {
      document.removeEventListener("submit", onSubmit);
      window.removeEventListener("online", online);
    };
  }, []);

  const tally = counts(mine);
  const waiting = mine.length;
  const needsSignIn = tally.signin > 0;
  if (!props.full && waiting === 0 && !notice && !signOutAsked) return null;

  return (
    <section id="outbox" class="outbox" aria-labelledby="outbox-title">
      <h2 id="outbox-title">
        {m.title} <span class="outbox-count">{waiting}</span>
      </h2>
      {notice && (
        <p class="ok" role="status">
          {notice}
        </p>
      )}
      {signOutAsked && (
        <div class="error" role="alert">
          <p>{m.signOutWarning(waiting)}</p>
          <button type="button" class="outbox-danger" onClick={() => void signOut()}>
            {m.signOutAnyway}
          </button>{" "}
          <button type="button" onClick={() => setSignOutAsked(false)}>
            {m.cancel}
          </button>
        </div>
      )}
      {needsSignIn && (
        <p class="error" role="alert">
          {m.signinNeeded}{" "}
          <a href={`/console/signin?next=${encodeURIComponent(location.pathname + location.search)}`}>{m.signIn}</a>
        </p>
      )}
      {props.full && waiting === 0 && <p>{m.empty}</p>}
      {waiting > 0 && (
        <>
          <ol class="outbox-items" aria-live="polite">
            {mine.map((item) => (
              <li key={item.id} data-state={item.state}>
                <span class="outbox-label">{item.label}</span>{" "}
                <span class={`outbox-state ${item.state}`}>{m.states[item.state]}</span>{" "}
                <time dateTime={new Date(item.createdAt).toISOString()}>
                  {new Date(item.createdAt).toLocaleString(props.lang === "zh" ? "zh-CN" : "en-GB", {
                    timeZone: "Asia/Shanghai",
                    dateStyle: "short",
                    timeStyle: "short",
                  })}
                </time>
                {item.problem && <ProblemList problem={item.problem} />}
                {(item.state === "invalid" || item.state === "conflict") && (
                  <span class="outbox-actions">
                    {item.state === "invalid" && (
                      <button type="button" onClick={() => fix(item)}>
                        {m.fix}
                      </button>
                    )}
                    <button type="button" onClick={() => void discard(item)}>
                      {m.discard}
                    </button>
                  </span>
                )}
              </li>
            ))}
          </ol>
          <button type="button" onClick={() => void sendWaiting()}>
            {m.sendNow}
          </button>
        </>
      )}
    </section>
  );
}

function ProblemList({ problem }: { problem: Problem }) {
  return (
    <div class="outbox-problem">
      {problem.message && !problem.fields.some((f) => problem.message.startsWith(f.message)) && (
        <p>{problem.message}</p>
      )}
      {problem.fields.length > 0 && (
        <ul>
          {problem.fields.map((f) => (
            <li key={f.field}>
              {f.field}：{f.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Once per browser session: ask the service worker to keep today's tasks, the log forms and this list. */
async function warmPages(urls: string[]) {
  if (sessionStorage.getItem("cunjing.warmed") || !navigator.onLine) return;
  const registration = await navigator.serviceWorker.ready;
  registration.active?.postMessage({ type: "warm", urls });
  sessionStorage.setItem("cunjing.warmed", "1");
}
