import { withActor } from "@cunjing/core/actor";
import { recount } from "@cunjing/core/counter/recount";
import { County } from "@cunjing/core/county/index";
import { DRIFT_METRIC, METRIC_NAMESPACE } from "./metrics";

type Log = (line: string) => void;

/**
 * Daily housekeeping (the `Events` stack's Cron): recounts every active county's counters from its
 * work-log entries as the system actor and reports drift; it never rewrites anything (`npm run
 * recount -- --fix` does, deliberately by hand). One JSON line per county in CloudWatch embedded
 * metric format, so `CounterDrift` (dimension Stage) becomes a metric with an alarm on it, and a
 * county that fails is logged and counted without stopping the others.
 */
export async function handler(_event?: unknown, _context?: unknown, log: Log = (line) => console.log(line)) {
  const stage = process.env.APP_STAGE ?? "local";
  const counties = await withActor({ type: "system", properties: {} }, () => County.list());
  const active = counties.filter((county) => county.status === "active");
  const summary = { counties: active.length, drifted: 0, failed: 0, drifts: 0 };
  for (const county of active) {
    const started = Date.now();
    try {
      const result = await withActor({ type: "system", properties: { countyId: county.countyId } }, () => recount());
      summary.drifts += result.drifts.length;
      if (result.drifts.length) summary.drifted++;
      log(
        JSON.stringify({
          ...emf(stage, { [DRIFT_METRIC]: "Count", RecountMillis: "Milliseconds" }),
          [DRIFT_METRIC]: result.drifts.length,
          RecountMillis: Date.now() - started,
          level: result.drifts.length ? "warn" : "info",
          message: "counter.recount",
          countyId: county.countyId,
          county: county.slug,
          entries: result.entries,
          scopes: result.scopes,
          // Enough to start looking; the full list comes from `npm run recount -- --county <slug>`.
          sample: result.drifts.slice(0, 20),
        }),
      );
    } catch (error) {
      summary.failed++;
      log(
        JSON.stringify({
          ...emf(stage, { RecountFailures: "Count" }),
          RecountFailures: 1,
          level: "error",
          message: "counter.recount_failed",
          countyId: county.countyId,
          county: county.slug,
          error: error instanceof Error ? error.message : String(error),
        }),
      );
    }
  }
  return summary;
}

function emf(stage: string, metrics: Record<string, string>) {
  return {
    _aws: {
      Timestamp: Date.now(),
      CloudWatchMetrics: [
        {
          Namespace: METRIC_NAMESPACE,
          Dimensions: [["Stage"]],
          Metrics: Object.entries(metrics).map(([Name, Unit]) => ({ Name, Unit })),
        },
      ],
    },
    Stage: stage,
  };
}
