import { Entity } from "electrodb";
import { entityConfig, service } from "../db/entity";

/** Messages to residents and staff (SMS, e-mail, links). Locally they stay here to be read. */
export const OutboxEntity = new Entity(
  {
    model: { entity: "outbox", version: "1", service },
    attributes: {
      countyId: { type: "string", required: true, readOnly: true },
      messageId: { type: "string", required: true, readOnly: true },
      channel: { type: ["sms", "email", "link"] as const, required: true, readOnly: true },
      to: { type: "string", required: true, readOnly: true },
      subject: { type: "string", required: true, readOnly: true },
      body: { type: "string", required: true, readOnly: true },
      createdAt: { type: "number", required: true, readOnly: true, default: () => Date.now() },
      expiresAt: { type: "number", required: true, readOnly: true },
    },
    indexes: {
      byCounty: {
        pk: { field: "pk", composite: ["countyId"] },
        sk: { field: "sk", composite: ["createdAt", "messageId"] },
      },
    },
  },
  entityConfig,
);
