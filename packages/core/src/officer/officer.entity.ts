import { Entity } from "electrodb";
import { entityConfig, service, timestamps } from "../db/entity";

export const OfficerEntity = new Entity(
  {
    model: { entity: "officer", version: "1", service },
    attributes: {
      countyId: { type: "string", required: true, readOnly: true },
      officerId: { type: "string", required: true, readOnly: true },
      slug: { type: "string", required: true, readOnly: true },
      nameZh: { type: "string", required: true },
      nameEn: { type: "string", required: true },
      badge: { type: "string", required: true },
      rank: { type: "string" },
      precinctId: { type: "string", required: true },
      bio: { type: "string" },
      photoUrl: { type: "string" },
      /** The QR image of the officer's WeChat work group, shown on the public page. */
      wechatQrUrl: { type: "string" },
      officePhone: { type: "string" },
      deskHours: { type: "string" },
      /** The villages this officer serves; kept in step with `Village.officerId` by `Village.assignOfficer`. */
      villageIds: { type: "set", items: "string" },
      status: { type: ["active", "inactive"] as const, required: true, default: "active" },
      ...timestamps,
    },
    indexes: {
      byId: {
        collection: "roster",
        pk: { field: "pk", composite: ["countyId"] },
        sk: { field: "sk", composite: ["officerId"] },
      },
      bySlug: {
        index: "gsi1",
        pk: { field: "gsi1pk", composite: ["countyId"] },
        sk: { field: "gsi1sk", composite: ["slug"] },
      },
      byPrecinct: {
        index: "gsi2",
        collection: "precinctRoster",
        pk: { field: "gsi2pk", composite: ["countyId", "precinctId"] },
        sk: { field: "gsi2sk", composite: ["officerId"] },
      },
    },
  },
  entityConfig,
);
