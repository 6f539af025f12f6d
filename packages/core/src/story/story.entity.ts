import { Entity } from "electrodb";
import { entityConfig, service, timestamps } from "../db/entity";
import { publicationStatuses } from "../feature/feature.entity";

/**
 * A story in Markdown, with the officers and villages it features. Only published storys are
 * public; the authoring and review workflow adds its own states and history.
 */
export const StoryEntity = new Entity(
  {
    model: { entity: "story", version: "1", service },
    attributes: {
      countyId: { type: "string", required: true, readOnly: true },
      storyId: { type: "string", required: true, readOnly: true },
      slug: { type: "string", required: true, readOnly: true },
      status: { type: publicationStatuses, required: true, default: "draft" },
      title: { type: "string", required: true },
      titleEn: { type: "string" },
      summary: { type: "string", required: true },
      summaryEn: { type: "string" },
      body: { type: "string", required: true },
      bodyEn: { type: "string" },
      coverUrl: { type: "string" },
      officerIds: { type: "list", items: { type: "string" }, required: true, default: () => [] },
      villageIds: { type: "list", items: { type: "string" }, required: true, default: () => [] },
      publishedAt: { type: "number" },
      ...timestamps,
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
