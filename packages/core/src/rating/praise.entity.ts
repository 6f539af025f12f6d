import { Entity } from "electrodb";
import { entityConfig, service } from "../db/entity";

/**
 * Approved praise as the public sees it, in the officer's scope partition (sorted after the daily
 * counters), so the officer page's one Query reads it. Written when the supervisor approves.
 */
export const RatingPraiseEntity = new Entity(
  {
    model: { entity: "ratingpraise", version: "1", service },
    attributes: {
      countyId: { type: "string", required: true, readOnly: true },
      scope: { type: "string", required: true, readOnly: true },
      ratingId: { type: "string", required: true, readOnly: true },
      text: { type: "string", required: true },
      signedAs: { type: "string" },
      overall: { type: "number", required: true },
      verified: { type: "boolean", required: true },
      reply: { type: "string" },
      publishedAt: { type: "number", required: true },
    },
    indexes: {
      byScope: {
        pk: { field: "pk", composite: ["countyId", "scope"] },
        sk: { field: "sk", composite: ["ratingId"] },
      },
    },
  },
  entityConfig,
);
