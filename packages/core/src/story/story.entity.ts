import { Entity } from "electrodb";
import { entityConfig, service } from "../db/entity";
import { publicationAttributes } from "../feature/publication.attributes";

/**
 * A story in Markdown, with the officers and villages it features. Only published stories are
 * public; drafts go through review (see `feature/workflow.ts`), with their revisions kept apart.
 */
export const StoryEntity = new Entity(
  {
    model: { entity: "story", version: "1", service },
    attributes: {
      storyId: { type: "string", required: true, readOnly: true },
      ...publicationAttributes,
    },
    indexes: {
      byId: {
        pk: { field: "pk", composite: ["countyId"] },
        sk: { field: "sk", composite: ["storyId"] },
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
