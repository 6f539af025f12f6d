import { Entity } from "electrodb";
import { entityConfig, service } from "../db/entity";
import { featureKinds } from "./feature.entity";

/**
 * One saved text of a story or brand: every save of a draft writes the next revision in the same
 * transaction as the item, so reviewers can see what changed between rounds. Never rewritten.
 */
export const PublicationRevisionEntity = new Entity(
  {
    model: { entity: "publicationRevision", version: "1", service },
    attributes: {
      countyId: { type: "string", required: true, readOnly: true },
      kind: { type: featureKinds, required: true, readOnly: true },
      refId: { type: "string", required: true, readOnly: true },
      revision: { type: "number", required: true, readOnly: true },
      title: { type: "string", required: true, readOnly: true },
      titleEn: { type: "string", readOnly: true },
      summary: { type: "string", required: true, readOnly: true },
      summaryEn: { type: "string", readOnly: true },
      body: { type: "string", required: true, readOnly: true },
      bodyEn: { type: "string", readOnly: true },
      coverUrl: { type: "string", readOnly: true },
      officerIds: { type: "list", items: { type: "string" }, required: true, readOnly: true },
      villageIds: { type: "list", items: { type: "string" }, required: true, readOnly: true },
      savedAt: { type: "number", required: true, readOnly: true },
      savedBy: { type: "string", required: true, readOnly: true },
      savedByName: { type: "string", required: true, readOnly: true },
    },
    indexes: {
      byItem: {
        pk: { field: "pk", composite: ["countyId", "kind", "refId"] },
        sk: { field: "sk", composite: ["revision"] },
      },
    },
  },
  entityConfig,
);
