import { withActor } from "../actor";
import { db } from "../db/service";
import { processAlert } from "./deliver";
import { alertQueue } from "./queue";

/**
 * Puts every delivery that is still pending or retrying back on the queue, each at its scheduled
 * time: after a restart of the local worker (its timers live in memory), or when a send to SQS
 * failed after the registration had committed. One Query per county and state; safe to repeat,
 * because the consumer is. Returns how many deliveries it queued.
 */
export async function resumeDeliveries(): Promise<number> {
  const queue = alertQueue(async () => processAlert);
  const counties = await withActor({ type: "system", properties: {} }, () =>
    db.entities.county.query.all({}).go({ pages: "all" }),
  );
  let queued = 0;
  for (const county of counties.data.filter((item) => item.status === "active")) {
    for (const delivery of ["pending", "retrying"] as const) {
      const { data } = await db.entities.alert.query
        .byDelivery({ countyId: county.countyId, delivery })
        .go({ pages: "all" });
      for (const alert of data) {
        await queue.send(
          { countyId: alert.countyId, alertId: alert.alertId },
          Math.max(0, (alert.nextAttemptAt ?? 0) - Date.now()),
        );
        queued++;
      }
    }
  }
  return queued;
}
