import { Entity } from "electrodb";
import { entityConfig, service } from "../db/entity";

export const featureKinds = ["story", "brand"] as const;
export const publicationStatuses = ["draft", "published"] as const;

/**
 * A published story or brand, shown on the page of a scope it features (the county, a village, an
 * officer). It lives in the scope's partition beside the scope's daily counters and sorts after them
 * (`$feature…` > `$counter…`), so a page reads "this half-year's figures and everything featuring
 * us" with one Query from the half-year's first day (`Feature.withTotals`). Written and removed
 * with the story or brand, in the same transaction.
 */
export const FeatureEntity = new Entity(
  {
    model: { entity: "feature", version: "1", service },
    attributes: {
      countyId: { type: "string", required: true, readOnly: true },
      scope: { type: "string", required: true, readOnly: true },
      kind: { type: featureKinds, required: true, readOnly: true },
      refId: { type: "string", required: true, readOnly: true },
      slug: { type: "string", required: true },
      title: { type: "string", required: true },
      titleEn: { type: "string" },
      summary: { type: "string", required: true },
      summaryEn: { type: "string" },
      coverUrl: { type: "string" },
      publishedAt: { type: "number", required: true },
    },
    indexes: {
      byScope: {
        pk: { field: "pk", composite: ["countyId", "scope"] },
        sk: { field: "sk", composite: ["kind", "refId"] },
      },
    },
  },
  entityConfig,
);
