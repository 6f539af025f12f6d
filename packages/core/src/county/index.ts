import type { EntityItem } from "electrodb";
import * as z from "zod";
import type { Access } from "../access";
import { useCounty } from "../actor";
import { Audit } from "../audit/index";
import { lucia } from "../auth/lucia";
import { assertCommitted } from "../db/transaction";
import { withPlatformAccess } from "../db/client";
import { db } from "../db/service";
import { ConflictError, NotFoundError } from "../util/errors";
import { calendarDay } from "../util/day";
import { fn } from "../util/fn";
import { createId } from "../util/id";
import { nameEn, nameZh, reservedSlugs, slug } from "../util/schemas";
import { platformScope } from "../unique/unique.entity";
import type { CountyEntity } from "./county.entity";
import { divisionCode, loadDivisions } from "./division";
import { isOpen as isCountyOpen } from "./open";

export namespace County {
  export type Info = EntityItem<typeof CountyEntity>;
  /** Whether the public portal shows the county: it has had a village since it was created. */
  export const isOpen = isCountyOpen;

  const platform: Access = { platform_admin: "platform" };
  /** The public directory: counties, their precincts, villages and officers as the portal shows them. */
  const everyone: Access = { public: true };

  export const create = fn(
    platform,
    z.object({
      countyId: z
        .string()
        .regex(/^[a-z0-9]{4,40}$/)
        // The platform's own items live under the pseudo-county "platform".
        .refine((value) => value !== platformScope, "This id is reserved")
        .optional(),
      slug: slug.refine((value) => !reservedSlugs.has(value), "This address is reserved"),
      nameZh,
      nameEn: nameEn.min(1, "Required"),
      cityZh: nameZh,
      cityEn: nameEn.min(1, "Required"),
      divisionCode,
      timeZone: z.string().default("Asia/Shanghai").refine(isTimeZone, "Unknown time zone"),
      joinedOn: calendarDay.optional(),
    }),
    async (input) => {
      const countyId = input.countyId ?? createId();
      const result = await db.transaction
        .write(({ unique, county }) => [
          unique.create({ scope: platformScope, kind: "county.slug", value: input.slug, ownerId: countyId }).commit(),
          county.create({ ...input, countyId, pendingOpen: true }).commit(),
        ])
        .go();
      assertCommitted(result, (index) =>
        index === 0
          ? new ConflictError("county.slug_taken", "This address is taken", { slug: ["This address is taken"] })
          : new ConflictError("county.exists", "This county exists"),
      );
      await Audit.record({ countyId, action: "county.created", subject: input.slug });
      return countyId;
    },
    { before: loadDivisions },
  );

  /** Public look-up by the slug in the URL. */
  export const bySlug = fn(everyone, slug, async (value) => {
    // The slug index and the list of all counties are platform-wide partitions.
    const { data } = await withPlatformAccess(() => db.entities.county.query.bySlug({ slug: value }).go({ limit: 1 }));
    const county = data[0];
    if (!county) throw new NotFoundError("county.not_found", "No such county");
    return county;
  });

  export const list = fn(everyone, z.void(), async () => {
    const { data } = await withPlatformAccess(() => db.entities.county.query.all({}).go({ pages: "all" }));
    return data;
  });

  /** The county of the current actor. */
  export const current = fn(everyone, z.void(), async () => {
    const { data } = await db.entities.county.get({ countyId: useCounty() }).go();
    if (!data) throw new NotFoundError("county.not_found", "No such county");
    return data;
  });

  /**
   * The county with all its precincts, villages and officers in one Query: they share the
   * county's partition as the `roster` collection.
   */
  export const roster = fn(everyone, z.void(), async () => {
    const { data } = await db.collections.roster({ countyId: useCounty() }).go({ pages: "all" });
    const county = data.county[0];
    if (!county) throw new NotFoundError("county.not_found", "No such county");
    const byName = <T extends { nameZh: string }>(a: T, b: T) => a.nameZh.localeCompare(b.nameZh, "zh-Hans-CN");
    return {
      county,
      precincts: data.precinct.filter((p) => p.status === "active").sort(byName),
      villages: data.village.filter((v) => v.status === "active").sort(byName),
      officers: data.officer.filter((o) => o.status === "active").sort(byName),
      /** The county-wide rating aggregate: the prior of officers' public scores. */
      ratings: data.ratingCounty[0],
      /** Excellent-village criteria and the latest half-year's progress (see `Excellence.progressOf`). */
      excellence: data.excellenceCriteria[0],
    };
  });

  /** What a visitor may see of a county: no internal settings. */
  export function publicView<T extends { pendingOpen?: boolean; intakeRetentionDays?: number }>(county: T) {
    const { pendingOpen: _open, intakeRetentionDays: _retention, ...shown } = county;
    return shown;
  }

  /**
   * The county's public directory: its precincts, villages and officers as the portal shows them,
   * without the raw rating totals and excellence progress the portal only shows as scores and results.
   */
  export const directory = fn(everyone, z.void(), async () => {
    const { county, precincts, villages, officers } = await roster();
    return { county: publicView(county), precincts, villages, officers };
  });

  /**
   * Suspends a county: its public pages show a notice, its users cannot sign in and their sessions
   * end. Nothing is deleted; `reactivate` undoes it.
   */
  export const suspend = fn(
    platform,
    z.object({ slug, reason: z.string().trim().max(200, "Use at most 200 characters").optional() }),
    async (input) => {
      const county = await bySlug(input.slug);
      await db.entities.county.patch({ countyId: county.countyId }).set({ status: "suspended" }).go();
      const { data: users } = await db.entities.user.query.byId({ countyId: county.countyId }).go({ pages: "all" });
      for (const user of users) await lucia.invalidateUserSessions(user.userId);
      // The reason goes to the audit log only: the county item is public directory data.
      await Audit.record({
        countyId: county.countyId,
        action: "county.suspended",
        subject: county.slug,
        detail: input.reason ? { reason: input.reason } : {},
      });
    },
  );

  export const reactivate = fn(platform, z.object({ slug }), async (input) => {
    const county = await bySlug(input.slug);
    await db.entities.county.patch({ countyId: county.countyId }).set({ status: "active" }).go();
    await Audit.record({ countyId: county.countyId, action: "county.reactivated", subject: county.slug });
  });
}

function isTimeZone(value: string) {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
