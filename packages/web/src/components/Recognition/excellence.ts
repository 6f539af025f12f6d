import { Excellence } from "@cunjing/core/excellence/index";
import type { ConsoleLang } from "../../i18n/console";
import { field } from "../Console/session";
import { recognitionProblem, type Outcome } from "./actions";

/** The half-years offered: the current one and the three before it, newest first. */
export function recentPeriods(now = Date.now()): string[] {
  const current = Excellence.periodAt(now);
  const periods = [current];
  let [year, half] = [Number(current.slice(0, 4)), current.endsWith("h1") ? 1 : 2];
  while (periods.length < 4) {
    [year, half] = half === 1 ? [year - 1, 2] : [year, 1];
    periods.push(`${year}-h${half}`);
  }
  return periods;
}

/** Applies one posted form of the excellence page: criteria, evaluate, confirm or override. */
export async function applyExcellenceAction(lang: ConsoleLang, form: FormData): Promise<Outcome> {
  const intent = field(form, "intent");
  const period = field(form, "period");
  const back = (notice: string) => ({
    location: `/console/excellence?period=${encodeURIComponent(period)}&notice=${notice}`,
  });
  try {
    switch (intent) {
      case "criteria":
        await Excellence.setCriteria({
          minSatisfaction: field(form, "minSatisfaction"),
          minVerifiedRatings: field(form, "minVerifiedRatings"),
          minCoverage: field(form, "minCoverage"),
          maxHazardDays: field(form, "maxHazardDays"),
        });
        return back("criteria");
      case "evaluate":
        await Excellence.evaluate({ period });
        return back("evaluated");
      case "confirm":
        await Excellence.decide({ decision: "confirm", period, villageId: field(form, "villageId") });
        return back("decided");
      case "override":
        await Excellence.decide({
          decision: "override",
          period,
          villageId: field(form, "villageId"),
          excellent: field(form, "excellent") === "true",
          reason: field(form, "reason"),
        });
        return back("decided");
      default:
        return { problem: { message: "?", fields: {}, status: 400 } };
    }
  } catch (error) {
    return { problem: recognitionProblem(lang, error) };
  }
}
