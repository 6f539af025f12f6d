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
import type { BrandEntity } from "./brand.entity";
import { brandFigures } from "./figures";

export namespace Brand {
  export type Info = EntityItem<typeof BrandEntity>;
  /** A published brand as listed: title, summary, cover and date, without the body. */
  export type Card = Feature.Info;
  /** A brand of any state, as the console shows it. */
  export type Item = Publication;

  /** Writing a brand directly, around the review: the county admin (and the seed, as the system). */
  const admin: Access = { county_admin: "county" };
  /** Published brands are the portal's: anyone reads them. */
  const readers: Access = { public: true };

  /** Writes a brand directly (a draft, or published at once): the seed and imports use it. */
  export const create = fn(
    admin,
    publicationSchema.extend({ brandId: id.optional() }),
    async ({ brandId, ...input }) => {
      return createPublication("brand", { ...input, refId: brandId });
    },
  );

  // The same review as stories: draft → submit → approve / request changes / reject → publish → unpublish.
  const steps = workflow("brand");
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

  /** A published brand by its address; drafts are not found. */
  export const get = fn(readers, slug, async (value) => {
    const { data } = await db.entities.brand.query.bySlug({ countyId: useCounty(), slug: value }).go({ limit: 1 });
    const brand = data[0];
    if (!brand || brand.status !== "published") throw new NotFoundError("brand.not_found", "No such brand");
    return brand;
  });

  /** Disputes mediated, work entries and satisfaction of a brand's officers (see `brandFigures`). */
  export const figures = brandFigures;

  /** The county's published brands, newest first, as cards: one Query. */
  export const list = fn(readers, z.void(), () => Feature.list({ scope: "county", kind: "brand" }));
}
