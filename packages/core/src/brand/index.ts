import type { EntityItem } from "electrodb";
import * as z from "zod";
import { assertRole, useCounty } from "../actor";
import { db } from "../db/service";
import { Feature } from "../feature/index";
import { createPublication, publicationSchema } from "../feature/publication";
import { NotFoundError } from "../util/errors";
import { fn } from "../util/fn";
import { id, slug } from "../util/schemas";
import type { BrandEntity } from "./brand.entity";

export namespace Brand {
  export type Info = EntityItem<typeof BrandEntity>;
  /** A published brand as listed: title, summary, cover and date, without the body. */
  export type Card = Feature.Info;

  /** Writes a brand (a draft, or published at once); the review workflow builds on this. */
  export const create = fn(publicationSchema.extend({ brandId: id.optional() }), async ({ brandId, ...input }) => {
    assertRole("county_admin");
    return createPublication("brand", { ...input, refId: brandId });
  });

  /** A published brand by its address; drafts are not found. */
  export const get = fn(slug, async (value) => {
    const { data } = await db.entities.brand.query.bySlug({ countyId: useCounty(), slug: value }).go({ limit: 1 });
    const brand = data[0];
    if (!brand || brand.status !== "published") throw new NotFoundError("brand.not_found", "No such brand");
    return brand;
  });

  /** The county's published brands, newest first, as cards: one Query. */
  export const list = fn(z.void(), () => Feature.list({ scope: "county", kind: "brand" }));
}
