import { useEffect, useState } from "preact/hooks";

/**
 * Keeps work-log submissions that cannot reach the server (no network on a patrol) on the device
 * and sends them when the network returns. Each queued form keeps its idempotency key, so a
 * submission that did arrive before the connection dropped is applied once.
 */
type Queued = { body: string; at: number };
const storageKey = "cunjing.worklog.queue";

const load = (): Queued[] => {
  try {
    return JSON.parse(localStorage.getItem(storageKey) ?? "[]") as Queued[];
  } catch {
    return [];
  }
};
const save = (items: Queued[]) => localStorage.setItem(storageKey, JSON.stringify(items));

export default function OfflineQueue(props: { pendingLabel: string; savedOfflineLabel: string; sendLabel: string }) {
  const [pending, setPending] = useState(0);
  const [notice, setNotice] = useState("");

  async function flush() {
    const items = load();
    const left: Queued[] = [];
    for (const item of items) {
      try {
        const response = await fetch("/console/log", {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: item.body,
          credentials: "same-origin",
        });
        // Refused (e.g. a field the server rejects) is not retried forever: the officer re-enters it.
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
    const form = document.querySelector<HTMLFormElement>("form[data-offline-queue]");
    const onSubmit = async (event: SubmitEvent) => {
      if (!form) return;
      event.preventDefault();
      const body = new URLSearchParams(new FormData(form) as unknown as Record<string, string>).toString();
      try {
        if (!navigator.onLine) throw new Error("offline");
        const response = await fetch(form.action || location.href, {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body,
          credentials: "same-origin",
        });
        // Saved: show the confirmation page. Refused: submit natively so the server shows the errors.
        if (response.redirected) location.assign(response.url);
        else form.submit();
      } catch {
        save([...load(), { body, at: Date.now() }]);
        setPending(load().length);
        setNotice(props.savedOfflineLabel);
        const key = form.querySelector<HTMLInputElement>("input[name=idempotencyKey]");
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
  return (
    <p class="ok" role="status">
      {notice} {pending > 0 && props.pendingLabel.replace("{n}", String(pending))}{" "}
      {pending > 0 && (
        <button type="button" onClick={() => void flush()}>
          {props.sendLabel}
        </button>
      )}
    </p>
  );
}
