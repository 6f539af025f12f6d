import { Entity } from "electrodb";
import { entityConfig, service } from "../db/entity";

/**
 * A submission's idempotency key, written in the same transaction as the change it guards, with a
 * hash of the request so a replay with a different body is refused. Expires after a week.
 */
export const IdempotencyEntity = new Entity(
  {
    model: { entity: "idempotency", version: "1", service },
    attributes: {
      countyId: { type: "string", required: true, readOnly: true },
      key: { type: "string", required: true, readOnly: true },
      requestHash: { type: "string", required: true, readOnly: true },
      resultId: { type: "string", required: true, readOnly: true },
      expiresAt: { type: "number", required: true, readOnly: true },
    },
    indexes: {
      byKey: {
        pk: { field: "pk", composite: ["countyId", "key"] },
        sk: { field: "sk", composite: [] },
      },
    },
  },
  entityConfig,
);
