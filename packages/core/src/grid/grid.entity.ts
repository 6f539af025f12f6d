import { Entity } from "electrodb";
import { entityConfig, service, timestamps } from "../db/entity";

/**
 * A comprehensive-management grid cell (综治网格) of a village. Grids live under their village, not
 * in the county's roster partition: a county has thousands. The code is the natural key within the
 * village (compared without case).
 */
export const GridEntity = new Entity(
  {
    model: { entity: "grid", version: "1", service },
    attributes: {
      countyId: { type: "string", required: true, readOnly: true },
      villageId: { type: "string", required: true, readOnly: true },
      code: { type: "string", required: true, readOnly: true },
      nameZh: { type: "string" },
      note: { type: "string" },
      status: { type: ["active", "archived"] as const, required: true, default: "active" },
      ...timestamps,
    },
    indexes: {
      byVillage: {
        pk: { field: "pk", composite: ["countyId", "villageId"] },
        sk: { field: "sk", composite: ["code"] },
      },
      /** All of a county's grids, for imports and counts (never on a public page). */
      byCounty: {
        index: "gsi1",
        pk: { field: "gsi1pk", composite: ["countyId"] },
        sk: { field: "gsi1sk", composite: ["villageId", "code"] },
      },
    },
  },
  entityConfig,
);
