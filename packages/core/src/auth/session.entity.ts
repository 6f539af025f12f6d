import { Entity } from "electrodb";
import { entityConfig, service } from "../db/entity";

/**
 * A signed-in session. The key is a SHA-256 of the cookie's session id, so a copy of the table
 * holds no usable session. `expiresAt` (epoch seconds) is the table's TTL attribute.
 */
export const SessionEntity = new Entity(
  {
    model: { entity: "session", version: "1", service },
    attributes: {
      sessionKey: { type: "string", required: true, readOnly: true },
      userId: { type: "string", required: true, readOnly: true },
      countyId: { type: "string", required: true, readOnly: true },
      expiresAt: { type: "number", required: true },
      createdAt: { type: "number", required: true, readOnly: true, default: () => Date.now() },
    },
    indexes: {
      byKey: {
        pk: { field: "pk", composite: ["sessionKey"] },
        sk: { field: "sk", composite: [] },
      },
      byUser: {
        index: "gsi2",
        pk: { field: "gsi2pk", composite: ["userId"] },
        sk: { field: "gsi2sk", composite: ["sessionKey"] },
      },
    },
  },
  entityConfig,
);
