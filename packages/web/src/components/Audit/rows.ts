import type { Audit } from "@cunjing/core/audit/index";
import type { ConsoleLang } from "../../i18n/console";
import { consoleMessages } from "../../i18n/console";
import { auditMessages } from "../../i18n/console/audit";

export type Person = { displayName: string; username: string; role: string };

/**
 * Audit events as the console shows them and the CSV writes them: every cell as text, in the user's
 * language (messages and the date format are made once per page or file, not per event).
 */
export function auditRows(lang: ConsoleLang, people: Map<string, Person>) {
  const a = auditMessages(lang);
  const m = consoleMessages(lang);
  const time = new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "zh-CN", {
    dateStyle: "medium",
    timeStyle: "medium",
    timeZone: "Asia/Shanghai",
  });
  return (event: Audit.Event) => {
    const person = people.get(event.actorId);
    const detail = (event.detail ?? {}) as Record<string, unknown>;
    const resident = event.actorId === "resident";
    const actor =
      person !== undefined
        ? `${person.displayName} (${person.username})`
        : resident
          ? `${a.resident}${detail.phone ? ` ${String(detail.phone)}` : ""}`
          : event.actorId === "system"
            ? a.system
            : event.actorId === "anonymous" || event.actorId === "public"
              ? a.anonymous
              : event.actorId;
    const { reason, phone: _phone, ...rest } = detail;
    const why = [
      ...(reason !== undefined ? [String(reason)] : []),
      ...Object.entries(rest).map(([key, value]) => `${key}: ${String(value)}`),
    ].join(lang === "zh" ? "；" : "; ");
    return {
      at: time.format(new Date(event.at)),
      actor,
      // A sign-in is recorded before its session exists: the person's role names them then.
      role:
        (resident && a.resident) ||
        (event.actorRole && m.roleNames[event.actorRole]) ||
        (person && m.roleNames[person.role]) ||
        (event.actorRole === "system" ? "" : a.anonymous),
      action: a.actions[event.action as keyof typeof a.actions] ?? event.action,
      subject: event.subject ?? "",
      why,
      ip: event.ip ?? "",
    };
  };
}
