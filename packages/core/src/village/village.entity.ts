import { Entity } from "electrodb";
import { entityConfig, service, timestamps } from "../db/entity";

export const villageKinds = ["village", "community"] as const;

export const VillageEntity = new Entity(
  {
    model: { entity: "village", version: "1", service },
    attributes: {
      countyId: { type: "string", required: true, readOnly: true },
      villageId: { type: "string", required: true, readOnly: true },
      precinctId: { type: "string", required: true },
      kind: { type: villageKinds, required: true },
      nameZh: { type: "string", required: true },
      nameEn: { type: "string", required: true },
      /** Full pinyin without tones or spaces, and initials: "xiqushequ", "xqsq". */
      pinyin: { type: "string", required: true },
      initials: { type: "string", required: true },
      address: { type: "string" },
      deskHours: { type: "string" },
      officerId: { type: "string" },
      status: { type: ["active", "archived"] as const, required: true, default: "active" },
      ...timestamps,
    },
    indexes: {
      byId: {
        collection: "roster",
        pk: { field: "pk", composite: ["countyId"] },
        sk: { field: "sk", composite: ["villageId"] },
      },
      byPrecinct: {
        index: "gsi2",
        collection: "precinctRoster",
        pk: { field: "gsi2pk", composite: ["countyId", "precinctId"] },
        sk: { field: "gsi2sk", composite: ["villageId"] },
      },
    },
  },
  entityConfig,
);
