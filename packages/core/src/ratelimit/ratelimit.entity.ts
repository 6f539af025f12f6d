import { Entity } from "electrodb";
import { entityConfig, service } from "../db/entity";

/** Failure counts for throttled actions (sign-in per username and per client address). */
export const RateLimitEntity = new Entity(
  {
    model: { entity: "ratelimit", version: "1", service },
    attributes: {
      key: { type: "string", required: true, readOnly: true },
      failures: { type: "number", required: true, default: 0 },
      lastFailureAt: { type: "number", required: true, default: 0 },
      lockedUntil: { type: "number" },
      expiresAt: { type: "number", required: true },
    },
    indexes: {
      byKey: {
        pk: { field: "pk", composite: ["key"] },
        sk: { field: "sk", composite: [] },
      },
    },
  },
  entityConfig,
);
