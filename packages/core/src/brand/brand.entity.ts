import { Entity } from "electrodb";
import { entityConfig, service } from "../db/entity";
import { publicationAttributes } from "../feature/publication.attributes";

/**
 * A named service brand (such as a dispute-mediation room) described in Markdown, with the
 * officers and villages behind it. Only published brands are public; drafts go through the same
 * review as stories (see `feature/workflow.ts`).
 */
export const BrandEntity = new Entity(
  {
    model: { entity: "brand", version: "1", service },
    attributes: {
      brandId: { type: "string", required: true, readOnly: true },
      ...publicationAttributes,
    },
    indexes: {
      byId: {
        pk: { field: "pk", composite: ["countyId"] },
        sk: { field: "sk", composite: ["brandId"] },
      },
      bySlug: {
        index: "gsi1",
        pk: { field: "gsi1pk", composite: ["countyId"] },
        sk: { field: "gsi1sk", composite: ["slug"] },
      },
    },
  },
  entityConfig,
);
