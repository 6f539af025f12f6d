import type { EntityItem } from "electrodb";
import * as z from "zod";
import type { Access } from "../access";
import { useCounty } from "../actor";
import { db } from "../db/service";
import { Feature } from "../feature/index";
import { createPublication, publicationSchema } from "../feature/publication";
import { workflow, type Publication } from "../feature/workflow";
import { NotFoundError } from "../util/errors";
import { fn } from "../util/fn";
import { id, slug } from "../util/schemas";
import type { StoryEntity } from "./story.entity";

export namespace Story {
  export type Info = EntityItem<typeof StoryEntity>;
  /** A published story as listed: title, summary, cover and date, without the body. */
  export type Card = Feature.Info;
  /** A story of any state, as the console shows it. */
  export type Item = Publication;

  /** Writing a story directly, around the review: the county admin (and the seed, as the system). */
  const admin: Access = { county_admin: "county" };
  /** Published storys are the portal's: anyone reads them. */
  const readers: Access = { public: true };

  /** Writes a story directly (a draft, or published at once): the seed and imports use it. */
  export const create = fn(
    admin,
    publicationSchema.extend({ storyId: id.optional() }),
    async ({ storyId, ...input }) => {
      return createPublication("story", { ...input, refId: storyId });
    },
  );

  // The review workflow: draft → submit → approve / request changes / reject → publish → unpublish.
  const steps = workflow("story");
  export const draft = steps.draft;
  export const update = steps.update;
  export const submit = steps.submit;
  export const review = steps.review;
  export const publish = steps.publish;
  export const unpublish = steps.unpublish;
  export const detail = steps.detail;
  export const evidence = steps.evidence;
  export const revisions = steps.revisions;
  export const board = steps.board;

  /** A published story by its address; drafts are not found. */
  export const get = fn(readers, slug, async (value) => {
    const { data } = await db.entities.story.query.bySlug({ countyId: useCounty(), slug: value }).go({ limit: 1 });
    const story = data[0];
    if (!story || story.status !== "published") throw new NotFoundError("story.not_found", "No such story");
    return story;
  });

  /** The county's published stories, newest first, as cards: one Query. */
  export const list = fn(readers, z.void(), () => Feature.list({ scope: "county", kind: "story" }));
}
