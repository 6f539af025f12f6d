import { Keys } from "@cunjing/core/keys/index";

type Log = (line: string) => void;
type Context = { getRemainingTimeInMillis(): number };

/** Time left for the next run's start: the schedule's period is longer than any one run. */
const reserveMs = 20_000;
const defaultBudgetMs = 4 * 60_000;

/**
 * Scheduled re-wrap (the `Events` stack's Cron): after a county's data key is rotated, every sealed
 * value is moved to the new key by `Keys.resume`, which saves its progress after every page. Each run
 * works within its time budget; the next run continues where it stopped, until the re-wrap finishes
 * and the old key is retired.
 */
export async function handler(_event?: unknown, context?: Context, log: Log = (line) => console.log(line)) {
  const budgetMs = context ? Math.max(0, context.getRemainingTimeInMillis() - reserveMs) : defaultBudgetMs;
  const counties = await Keys.resume(budgetMs);
  log(JSON.stringify({ level: "info", message: "keys.rewrap_run", counties, budgetMs }));
  return { counties };
}
