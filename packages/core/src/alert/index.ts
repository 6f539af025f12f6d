import type { EntityItem } from "electrodb";
import type { AlertEntity } from "./alert.entity";
import { deliveryStates, inboxStates } from "./alert.entity";
import { backoffMs, deliveryConfig, payloadOf, processAlert } from "./deliver";
import { getHook, setHook } from "./hook";
import { advance, byDelivery, get, inbox, redeliver } from "./inbox";
import { alertQueue, LocalAlertWorker, type AlertMessage } from "./queue";
import { resumeDeliveries } from "./resume";
import { activeRules, addRule, listRules, matchRule, retireRule } from "./rules";
import { countySigningKey, deliveryHeader, sign, signatureHeader, timestampHeader, verify } from "./webhook";

/**
 * Red alerts: registrations that match the county's risk list. Each goes to the health liaison's
 * inbox (acknowledge → screened → closed) and to the health department's signed webhook, with
 * retries, back-off and a dead-letter state, through a consumer that is safe to repeat; each opens
 * a verification task for the village officer.
 */
export namespace Alert {
  export type Info = EntityItem<typeof AlertEntity>;
  export type Message = AlertMessage;
  export const inboxStateNames = inboxStates;
  export const deliveryStateNames = deliveryStates;

  export const rules = { list: listRules, add: addRule, retire: retireRule, active: activeRules, match: matchRule };
  export const hook = { get: getHook, set: setHook };
  export const list = inbox;
  export const listByDelivery = byDelivery;
  export const find = get;
  export const step = advance;
  export const resend = redeliver;

  export const process = processAlert;
  export const config = deliveryConfig;
  export const backoff = backoffMs;
  export const payload = payloadOf;
  export const webhook = { sign, verify, countySigningKey, signatureHeader, timestampHeader, deliveryHeader };

  /** The queue deliveries wait in: SQS in production, the in-process worker locally. */
  export function queue() {
    return alertQueue(async () => processAlert);
  }

  /** Sends a new alert on its way (after the registration's transaction has committed). */
  export async function publish(message: AlertMessage) {
    await queue().send(message);
  }

  /** Queues every pending or retrying delivery again (after a restart, or a failed send). */
  export const resume = resumeDeliveries;

  /** Locally: resolves when the in-process worker has nothing waiting or running. */
  export async function idle() {
    const current = queue();
    if (current instanceof LocalAlertWorker) await current.idle();
  }
}
