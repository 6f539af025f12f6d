import { timestamps } from "../db/entity";

/**
 * The states of a story or brand: an officer, supervisor or county admin drafts; the author
 * submits it for review; a county admin approves it, asks for changes or rejects it; an approved
 * item is published, and unpublishing keeps it (and its history) for a later republish.
 */
export const publicationStates = [
  "draft",
  "in_review",
  "changes_requested",
  "approved",
  "rejected",
  "published",
  "unpublished",
] as const;
export type PublicationState = (typeof publicationStates)[number];

export const publicationActions = [
  "drafted",
  "edited",
  "submitted",
  "approved",
  "changes_requested",
  "rejected",
  "published",
  "unpublished",
] as const;
export type PublicationAction = (typeof publicationActions)[number];

/**
 * What a story and a brand store besides their id: the text (Chinese, English optional), who it
 * features, and the review workflow (author, version for optimistic writes, revision number, the
 * history of every step with the reviewer's comments). Both entities spread these attributes.
 */
export const publicationAttributes = {
  countyId: { type: "string", required: true, readOnly: true },
  slug: { type: "string", required: true, readOnly: true },
  status: { type: publicationStates, required: true, default: "draft" },
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
  /** The user who drafted it (absent on items written directly by a county admin or the seed). */
  authorId: { type: "string" },
  authorName: { type: "string" },
  /** Raised by every workflow step; a step names the version it saw. */
  version: { type: "number", required: true, default: 1 },
  /** The number of the latest saved text (see `publicationRevision`). */
  revision: { type: "number", required: true, default: 1 },
  /** Every workflow step, oldest first, with the reviewer's comment where there is one. */
  history: {
    type: "list",
    required: true,
    default: () => [],
    items: {
      type: "map",
      properties: {
        action: { type: publicationActions, required: true },
        at: { type: "number", required: true },
        by: { type: "string", required: true },
        byName: { type: "string", required: true },
        note: { type: "string" },
      },
    },
  },
  ...timestamps,
} as const;
