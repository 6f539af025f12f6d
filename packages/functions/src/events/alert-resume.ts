import { Alert } from "@cunjing/core/alert/index";
import { METRIC_NAMESPACE, RESUMED_METRIC } from "./metrics";

type Log = (line: string) => void;

/**
 * Scheduled recovery (the `Events` stack's Cron): a registration commits its alert first and then
 * sends it to the queue; when that send fails, the alert stays pending with nothing to deliver it.
 * `Alert.resume()` queues every pending or retrying delivery again (the consumer is safe to repeat).
 * How many it queued goes out as the `AlertsResumed` embedded metric, which has an alarm on it.
 */
export async function handler(_event?: unknown, _context?: unknown, log: Log = (line) => console.log(line)) {
  const stage = process.env.APP_STAGE ?? "local";
  const resumed = await Alert.resume();
  log(
    JSON.stringify({
      _aws: {
        Timestamp: Date.now(),
        CloudWatchMetrics: [
          { Namespace: METRIC_NAMESPACE, Dimensions: [["Stage"]], Metrics: [{ Name: RESUMED_METRIC, Unit: "Count" }] },
        ],
      },
      Stage: stage,
      [RESUMED_METRIC]: resumed,
      level: resumed ? "warn" : "info",
      message: "alert.resume",
    }),
  );
  return { resumed };
}
