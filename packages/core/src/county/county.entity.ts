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
      /** Set at creation, removed with the first village: the portal hides the county until then (see `open.ts`). */
      pendingOpen: { type: "boolean" },
      /** The first day (YYYY-MM-DD, Asia/Shanghai) work may be recorded for; set when onboarding. */
      joinedOn: {
        type: "string",
        required: true,
        default: () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10),
      },
      // County settings (see `Settings`): absent until an admin sets them; `Settings.of` fills defaults.
      /** Share of villages the county aims to rate excellent, in percent. */
      excellenceTarget: { type: "number" },
      /** Days intake submissions are kept before they expire. */
      intakeRetentionDays: { type: "number" },
      /** Branding shown on the county's public pages. */
      displayName: { type: "string" },
      logoUrl: { type: "string" },
      accentColour: { type: "string" },
      /** A public contact line, e.g. the county's service hotline. */
      contactLine: { type: "string" },
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
