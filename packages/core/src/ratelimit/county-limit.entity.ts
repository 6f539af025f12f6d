import { Entity } from "electrodb";
import { entityConfig, service } from "../db/entity";

/**
 * Counts within a county (residents' ratings per address, phone and officer; repeated praise text),
 * kept under the county's own partition prefix so requests confined to the county can write them,
 * also inside a rating's transaction. Removed by TTL.
 */
export const CountyLimitEntity = new Entity(
  {
    model: { entity: "countylimit", version: "1", service },
    attributes: {
      countyId: { type: "string", required: true, readOnly: true },
      key: { type: "string", required: true, readOnly: true },
      failures: { type: "number", required: true, default: 0 },
      lastFailureAt: { type: "number", required: true, default: 0 },
      expiresAt: { type: "number", required: true },
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
