import type { Problem } from "./queue";

/** A form's text fields as a plain form post would send them (the pressed button included). */
export function formFields(form: HTMLFormElement, submitter: HTMLElement | null): Array<[string, string]> {
  const data = new FormData(form, submitter);
  const fields: Array<[string, string]> = [];
  data.forEach((value, name) => {
    if (typeof value === "string") fields.push([name, value]);
  });
  return fields;
}

/** The reasons on a console page that refused a form: its alert and each field's error, by label. */
export function problemFrom(html: string): Problem {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const alert = doc.querySelector("main .error[role=alert]");
  const fields = [...doc.querySelectorAll<HTMLElement>(".field-error")].map((el) => {
    const id = el.id.replace(/-error$/, "");
    const label = (id && doc.querySelector(`label[for="${CSS.escape(id)}"]`)?.textContent?.trim()) || id;
    return { field: label, message: el.textContent?.trim() ?? "" };
  });
  const message = alert?.textContent?.trim() ?? doc.querySelector("body")?.textContent?.trim().slice(0, 200) ?? "";
  return { message, fields };
}

/** Now as a `datetime-local` value in Asia/Shanghai, the zone the console records in. */
export function shanghaiNow(now = Date.now()): string {
  return new Date(now + 8 * 3600_000).toISOString().slice(0, 16);
}
