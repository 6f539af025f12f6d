import { Entity } from "electrodb";
import { entityConfig, service, timestamps } from "../db/entity";

export const countyStatuses = ["active", "suspended"] as const;

export const CountyEntity = new Entity(
  {
    model: { entity: "county", version: "1", service },
    attributes: {
      countyId: { type: "string", required: true, readOnly: true },
      slug: { type: "string", required: true, readOnly: true },
      nameZh: { type: "string", required: true },
      nameEn: { type: "string", required: true },
      cityZh: { type: "string", required: true },
      cityEn: { type: "string", required: true },
      divisionCode: { type: "string", required: true },
      timeZone: { type: "string", required: true, default: "Asia/Shanghai" },
      status: { type: countyStatuses, required: true, default: "active" },
      ...timestamps,
    },
    indexes: {
      byId: {
        collection: "roster",
        pk: { field: "pk", composite: ["countyId"] },
        sk: { field: "sk", composite: [] },
      },
      bySlug: {
        index: "gsi1",
        pk: { field: "gsi1pk", composite: ["slug"] },
        sk: { field: "gsi1sk", composite: [] },
      },
      all: {
        index: "gsi2",
        pk: { field: "gsi2pk", composite: [] },
        sk: { field: "gsi2sk", composite: ["slug"] },
      },
    },
  },
  entityConfig,
);
