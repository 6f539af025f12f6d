import { Entity } from "electrodb";
import { entityConfig, service } from "../db/entity";

/**
 * One change of a village's officer, kept forever under the village: `assigned` (replacing
 * `previousOfficerId`, if any) or `unassigned`. Periods of service are derived from the sequence.
 */
export const AssignmentEntity = new Entity(
  {
    model: { entity: "assignment", version: "1", service },
    attributes: {
      countyId: { type: "string", required: true, readOnly: true },
      villageId: { type: "string", required: true, readOnly: true },
      at: { type: "string", required: true, readOnly: true },
      eventId: { type: "string", required: true, readOnly: true },
      action: { type: ["assigned", "unassigned"] as const, required: true, readOnly: true },
      /** The officer assigned, or the officer whose assignment ended. */
      officerId: { type: "string", required: true, readOnly: true },
      previousOfficerId: { type: "string", readOnly: true },
      actorId: { type: "string", required: true, readOnly: true },
      /** How the change was made: by hand in the console or API, or by a CSV import. */
      source: { type: ["console", "import"] as const, required: true, readOnly: true, default: "console" },
    },
    indexes: {
      byVillage: {
        pk: { field: "pk", composite: ["countyId", "villageId"] },
        sk: { field: "sk", composite: ["at", "eventId"] },
      },
    },
  },
  entityConfig,
);
