import { Entity } from "electrodb";
import { entityConfig, service } from "../db/entity";

/** Who did what, when, from where. Partitioned by county and month; readable by actor. */
export const AuditEventEntity = new Entity(
  {
    model: { entity: "audit", version: "1", service },
    attributes: {
      countyId: { type: "string", required: true, readOnly: true },
      month: { type: "string", required: true, readOnly: true },
      at: { type: "string", required: true, readOnly: true },
      eventId: { type: "string", required: true, readOnly: true },
      action: { type: "string", required: true, readOnly: true },
      actorId: { type: "string", required: true, readOnly: true },
      actorRole: { type: "string", readOnly: true },
      subject: { type: "string", readOnly: true },
      ip: { type: "string", readOnly: true },
      /** Free-form facts of the event; a map without declared properties would be stored empty. */
      detail: { type: "any", readOnly: true },
    },
    indexes: {
      byMonth: {
        pk: { field: "pk", composite: ["countyId", "month"] },
        sk: { field: "sk", composite: ["at", "eventId"] },
      },
      byActor: {
        index: "gsi2",
        pk: { field: "gsi2pk", composite: ["countyId", "actorId"] },
        sk: { field: "gsi2sk", composite: ["at", "eventId"] },
      },
    },
  },
  entityConfig,
);
