import { Entity } from "electrodb";
import { entityConfig, service } from "../db/entity";

/**
 * A claim on a value that must be unique within a scope (an officer slug or badge in a county, a
 * county slug on the platform). Written in the same transaction as the item that owns it.
 */
export const UniqueEntity = new Entity(
  {
    model: { entity: "unique", version: "1", service },
    attributes: {
      // Labelled as the county so a claim sits under its county's partition prefix (tenant role condition).
      scope: { type: "string", required: true, readOnly: true, label: "countyId" },
      kind: { type: "string", required: true, readOnly: true },
      value: { type: "string", required: true, readOnly: true },
      ownerId: { type: "string", required: true, readOnly: true },
    },
    indexes: {
      byValue: {
        pk: { field: "pk", composite: ["scope", "kind", "value"] },
        sk: { field: "sk", composite: [] },
      },
    },
  },
  entityConfig,
);

/** The scope of platform-wide claims such as county slugs. */
export const platformScope = "platform";
