import { withActor } from "../actor";
import { db } from "../db/service";
import { Counter } from "../counter/index";
import { loadRegions, Regions } from "../intake/regions";
import { Task } from "../task/index";
import { ConflictError } from "../util/errors";
import type { AlertMessage, AlertQueue } from "./queue";
import { deliveryKeys } from "../keys/webhook";
import { post } from "./webhook";

export type DeliveryConfig = { maxAttempts: number; baseDelayMs: number; maxDelayMs: number; timeoutMs: number };

const env = process.env;
/** Attempts before a delivery is dead-lettered, back-off base and cap, and the request timeout. */
export const deliveryConfig: DeliveryConfig = {
  maxAttempts: Number(env.CUNJING_ALERT_MAX_ATTEMPTS ?? 8),
  baseDelayMs: Number(env.CUNJING_ALERT_BASE_DELAY_MS ?? 30_000),
  maxDelayMs: Number(env.CUNJING_ALERT_MAX_DELAY_MS ?? 15 * 60_000),
  timeoutMs: Number(env.CUNJING_ALERT_TIMEOUT_MS ?? 10_000),
};

/** Exponential back-off with ±20 % jitter: base × 2^(attempt − 1), capped. */
export function backoffMs(attempt: number, config = deliveryConfig): number {
  const plain = Math.min(config.baseDelayMs * 2 ** (attempt - 1), config.maxDelayMs);
  return Math.round(plain * (0.8 + Math.random() * 0.4));
}

export type Outcome = "delivered" | "retry" | "dead" | "skipped" | "inbox_only";

/**
 * The consumer: one delivery attempt of one alert, safe to run any number of times for the same
 * message (SQS delivers at least once, retries resend it). It opens the village officer's
 * verification task once (the task id derives from the alert), posts the webhook, and records the
 * outcome with a condition on the state it read, so a second consumer cannot count a delivery or a
 * dead letter twice; a failed attempt sends the message again after the back-off.
 */
export async function processAlert(message: AlertMessage, queue: AlertQueue): Promise<Outcome> {
  await loadRegions();
  const { countyId, alertId } = message;
  return withActor({ type: "system", properties: { countyId } }, async () => {
    const { data: alert } = await db.entities.alert.get({ countyId, alertId }).go({ consistent: true });
    if (!alert || alert.delivery === "delivered" || alert.delivery === "dead" || alert.delivery === "inbox_only")
      return "skipped";
    if (alert.nextAttemptAt && alert.nextAttemptAt > Date.now() + 1000) {
      // An early copy of a delayed message: wait for the scheduled attempt.
      await queue.send(message, alert.nextAttemptAt - Date.now());
      return "skipped";
    }
    if (!alert.taskId) await openVerificationTask(alert);

    const { data: hook } = await db.entities.alertHook.get({ countyId, setting: "hook" }).go();
    const key = { countyId, alertId };
    const guard = (a: { delivery: string; attempts: number }, op: { eq: (x: unknown, y: unknown) => string }) =>
      `${op.eq(a.delivery, alert.delivery)} AND ${op.eq(a.attempts, alert.attempts)}`;
    if (!hook) {
      // No webhook configured: the console inbox is the only channel.
      await db.entities.alert
        .patch(key)
        .set({ delivery: "inbox_only", raisedAt: alert.raisedAt })
        .where(guard as never)
        .go()
        .catch(ignoreConflict);
      return "inbox_only";
    }

    const attempt = alert.attempts + 1;
    const outcome = await post(
      hook.url,
      await deliveryKeys(countyId),
      payloadOf(alert),
      alertId,
      deliveryConfig.timeoutMs,
    );
    const now = Date.now();
    if (outcome.ok) {
      const committed = await settle(
        alert,
        guard,
        { delivery: "delivered", attempts: attempt, deliveredAt: now },
        "delivered",
      );
      return committed ? "delivered" : "skipped";
    }
    if (attempt >= deliveryConfig.maxAttempts) {
      const committed = await settle(
        alert,
        guard,
        { delivery: "dead", attempts: attempt, lastError: outcome.error },
        "deadLettered",
      );
      if (committed)
        console.warn(
          JSON.stringify({
            level: "warn",
            message: "alert.dead_lettered",
            countyId,
            alertId,
            attempts: attempt,
            error: outcome.error,
          }),
        );
      return committed ? "dead" : "skipped";
    }
    const delay = backoffMs(attempt);
    const moved = await db.entities.alert
      .patch(key)
      .set({
        delivery: "retrying",
        raisedAt: alert.raisedAt,
        attempts: attempt,
        lastError: outcome.error,
        nextAttemptAt: now + delay,
      })
      .where(guard as never)
      .go()
      .then(() => true, ignoreConflict);
    if (!moved) return "skipped";
    await queue.send(message, delay);
    return "retry";
  });
}

type AlertItem = NonNullable<Awaited<ReturnType<ReturnType<typeof db.entities.alert.get>["go"]>>["data"]>;

/** The final state and its dashboard counter, in one transaction guarded by the state read. */
async function settle(
  alert: AlertItem,
  guard: (a: never, op: never) => string,
  set: { delivery: "delivered" | "dead"; attempts: number; deliveredAt?: number; lastError?: string },
  figure: "delivered" | "deadLettered",
): Promise<boolean> {
  const { countyId, alertId } = alert;
  const result = await db.transaction
    .write(({ alert: alerts, intakeCounter }) => [
      alerts
        .patch({ countyId, alertId })
        .set({ ...set, raisedAt: alert.raisedAt })
        .where(guard as never)
        .commit(),
      intakeCounter
        .update({ countyId, board: "intake", day: alert.day, place: alert.villageId })
        .add({ [figure]: 1 })
        .commit(),
    ])
    .go();
  if (!result.canceled) return true;
  if ((result.data as Array<{ code: string }>)[0]?.code === "ConditionalCheckFailed") return false;
  throw new Error(`Transaction cancelled: ${(result.data as Array<{ code: string }>).map((r) => r.code).join(", ")}`);
}

function ignoreConflict(error: unknown): false {
  const cause = (error as { cause?: { name?: string } }).cause;
  if (cause?.name === "ConditionalCheckFailedException") return false;
  throw error;
}

/** What the health department receives: no name, document number or phone. */
export function payloadOf(alert: AlertItem) {
  return {
    alertId: alert.alertId,
    countyId: alert.countyId,
    villageId: alert.villageId,
    originCode: alert.originCode,
    origin: Regions.label(alert.originCode),
    arrivalDate: alert.arrivalDate,
    riskRegion: alert.regionCode,
    raisedAt: new Date(alert.raisedAt).toISOString(),
  };
}

/** The village officer's task to verify the arrival; once per alert (its id derives from the alert). */
async function openVerificationTask(alert: AlertItem) {
  const { countyId, alertId } = alert;
  const { data: village } = await db.entities.village.get({ countyId, villageId: alert.villageId }).go();
  if (!village?.officerId || village.status !== "active") return;
  const taskId = `alert-${alertId}`;
  try {
    await Task.create({
      taskId,
      title: `核查红码预警登记 ${alertId.toUpperCase()}`,
      description: `来自${Regions.label(alert.originCode)}，${alert.arrivalDate} 到达。请上门核实并引导健康筛查；联系方式在登记记录中，查看须说明理由。\nVerify the arrival from ${alert.originCode} on ${alert.arrivalDate}; contact details are in the registration (reveal with a reason).`,
      dueDate: Counter.dayOf(Date.now() + 86_400_000),
      priority: "high",
      villageId: alert.villageId,
      officerIds: [village.officerId],
    });
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
  }
  await withActor({ type: "system", properties: { countyId } }, () =>
    db.entities.alert.patch({ countyId, alertId }).set({ taskId }).go(),
  );
}
