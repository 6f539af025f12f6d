import { Entity } from "electrodb";
import { entityConfig, service, timestamps } from "../db/entity";

export const PrecinctEntity = new Entity(
  {
    model: { entity: "precinct", version: "1", service },
    attributes: {
      countyId: { type: "string", required: true, readOnly: true },
      precinctId: { type: "string", required: true, readOnly: true },
      nameZh: { type: "string", required: true },
      nameEn: { type: "string", required: true },
      address: { type: "string" },
      phone: { type: "string" },
      status: { type: ["active", "archived"] as const, required: true, default: "active" },
      ...timestamps,
    },
    indexes: {
      byId: {
        collection: "roster",
        pk: { field: "pk", composite: ["countyId"] },
        sk: { field: "sk", composite: ["precinctId"] },
      },
    },
  },
  entityConfig,
);
