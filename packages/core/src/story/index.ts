import type { EntityItem } from "electrodb";
import * as z from "zod";
import { assertRole, useCounty } from "../actor";
import { db } from "../db/service";
import { Feature } from "../feature/index";
import { createPublication, publicationSchema } from "../feature/publication";
import { NotFoundError } from "../util/errors";
import { fn } from "../util/fn";
import { id, slug } from "../util/schemas";
import type { StoryEntity } from "./story.entity";

export namespace Story {
  export type Info = EntityItem<typeof StoryEntity>;
  /** A published story as listed: title, summary, cover and date, without the body. */
  export type Card = Feature.Info;

  /** Writes a story (a draft, or published at once); the review workflow builds on this. */
  export const create = fn(publicationSchema.extend({ storyId: id.optional() }), async ({ storyId, ...input }) => {
    assertRole("county_admin");
    return createPublication("story", { ...input, refId: storyId });
  });

  /** A published story by its address; drafts are not found. */
  export const get = fn(slug, async (value) => {
    const { data } = await db.entities.story.query.bySlug({ countyId: useCounty(), slug: value }).go({ limit: 1 });
    const story = data[0];
    if (!story || story.status !== "published") throw new NotFoundError("story.not_found", "No such story");
    return story;
  });

  /** The county's published stories, newest first, as cards: one Query. */
  export const list = fn(z.void(), () => Feature.list({ scope: "county", kind: "story" }));
}
