import { Task } from "@cunjing/core/task/index";
import { InputError } from "@cunjing/core/util/errors";
import type { ConsoleLang, FormProblem } from "../../i18n/console";
import { field } from "../Console/session";
import { taskProblem } from "./problem";

export type ActionOutcome = { notice: string; problem?: undefined } | { problem: FormProblem; notice?: undefined };

/**
 * The writes a task form posts (`intent` = transition, cancel or comment), through the same core
 * verbs as the API. Success gives a notice key for the redirect; failure a problem to show.
 */
export async function applyTaskAction(lang: ConsoleLang, form: FormData): Promise<ActionOutcome> {
  const taskId = field(form, "taskId");
  const version = Number(field(form, "version"));
  try {
    switch (field(form, "intent")) {
      case "transition": {
        const to = field(form, "to") as "in_progress" | "done";
        const note = field(form, "note").trim();
        const { changed } = await Task.transition({ taskId, version, to, ...(note ? { note } : {}) });
        return { notice: !changed ? "unchanged" : to === "done" ? "finished" : "started" };
      }
      case "cancel": {
        const { changed } = await Task.cancel({ taskId, version, reason: field(form, "reason") });
        return { notice: changed ? "cancelled" : "unchanged" };
      }
      case "comment":
        await Task.comment({ taskId, text: field(form, "text") });
        return { notice: "commented" };
      default:
        return { problem: taskProblem(lang, new InputError("input.invalid", "Unknown form")) };
    }
  } catch (error) {
    return { problem: taskProblem(lang, error) };
  }
}

/** The notice to show after a redirect, if the key is one of ours. */
export function noticeFrom(url: URL, notices: Record<string, string>): string | undefined {
  const key = url.searchParams.get("notice");
  return key && Object.hasOwn(notices, key) ? notices[key] : undefined;
}
