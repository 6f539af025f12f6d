import { Entity } from "electrodb";
import { entityConfig, service, timestamps } from "../db/entity";

/** The health liaison's handling: new → acknowledged → screened → closed. */
export const inboxStates = ["new", "acknowledged", "screened", "closed"] as const;
/** The webhook delivery: pending → delivered, or retrying → … → dead (dead letter, shown to the county admin). */
export const deliveryStates = ["pending", "retrying", "delivered", "dead", "inbox_only"] as const;

/**
 * A red alert: a registration that matched the county's risk list. Its id is the registration's,
 * so one registration can raise one alert at most, whoever retries. It holds no personal data: the
 * liaison reveals contact details from the registration, with a reason, when screening.
 */
export const AlertEntity = new Entity(
  {
    model: { entity: "alert", version: "1", service },
    attributes: {
      countyId: { type: "string", required: true, readOnly: true },
      alertId: { type: "string", required: true, readOnly: true },
      submissionId: { type: "string", required: true, readOnly: true },
      formId: { type: "string", required: true, readOnly: true },
      villageId: { type: "string", required: true, readOnly: true },
      precinctId: { type: "string", required: true, readOnly: true },
      ruleId: { type: "string", required: true, readOnly: true },
      regionCode: { type: "string", required: true, readOnly: true },
      originCode: { type: "string", required: true, readOnly: true },
      arrivalDate: { type: "string", required: true, readOnly: true },
      /** The day (Asia/Shanghai) it was raised: the dashboard counters' day. */
      day: { type: "string", required: true, readOnly: true },
      /** Sort key of the inbox and delivery indexes; repeated on updates because ElectroDB rebuilds keys. */
      raisedAt: { type: "number", required: true },
      inbox: { type: inboxStates, required: true, default: "new" },
      delivery: { type: deliveryStates, required: true, default: "pending" },
      attempts: { type: "number", required: true, default: 0 },
      nextAttemptAt: { type: "number" },
      /** The last failure, as a status or `timeout` / `network`: never a response body. */
      lastError: { type: "string" },
      deliveredAt: { type: "number" },
      /** The officer's verification task. */
      taskId: { type: "string" },
      history: {
        type: "list",
        required: true,
        default: () => [],
        items: {
          type: "map",
          properties: {
            state: { type: "string", required: true },
            at: { type: "number", required: true },
            by: { type: "string", required: true },
            note: { type: "string" },
          },
        },
      },
      expiresAt: { type: "number", required: true, readOnly: true },
      ...timestamps,
    },
    indexes: {
      byId: {
        pk: { field: "pk", composite: ["countyId", "alertId"] },
        sk: { field: "sk", composite: [] },
      },
      byInbox: {
        index: "gsi1",
        pk: { field: "gsi1pk", composite: ["countyId", "inbox"] },
        sk: { field: "gsi1sk", composite: ["raisedAt", "alertId"] },
      },
      byDelivery: {
        index: "gsi2",
        pk: { field: "gsi2pk", composite: ["countyId", "delivery"] },
        sk: { field: "gsi2sk", composite: ["raisedAt", "alertId"] },
      },
    },
  },
  entityConfig,
);
