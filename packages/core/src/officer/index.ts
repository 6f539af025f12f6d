import type { EntityItem } from "electrodb";
import * as z from "zod";
import { assertReaches, useScope, type Access } from "../access";
import { useActor, useCounty } from "../actor";
import { db } from "../db/service";
import { assertCommitted } from "../db/transaction";
import { Unique } from "../unique/index";
import { setAndRemove } from "../util/defined";
import { ConflictError, NotFoundError } from "../util/errors";
import { fn } from "../util/fn";
import { createId } from "../util/id";
import { id, imageUrl, nameEn, nameZh, publicPhone, slug } from "../util/schemas";
import type { OfficerEntity } from "./officer.entity";

/** Optional text a form may clear by sending an empty string. */
const clearable = <T extends z.ZodType>(schema: T) => z.union([schema, z.literal("")]).optional();

export const badge = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z]{4,12}$/, "Use 4 to 12 letters or digits");

export namespace Officer {
  export type Info = EntityItem<typeof OfficerEntity>;

  const notFound = () => new NotFoundError("officer.not_found", "No such officer");
  const precinctNotFound = () => new NotFoundError("precinct.not_found", "No such precinct");
  export const badgeTaken = () =>
    new ConflictError("officer.badge_taken", "This badge number is in use", { badge: ["This badge number is in use"] });
  export const slugTaken = () =>
    new ConflictError("officer.slug_taken", "This address is taken", { slug: ["This address is taken"] });
  const changed = () =>
    new ConflictError("officer.changed", "The officer's record changed meanwhile; reload and try again");

  const profile = {
    rank: z.string().trim().max(40, "Use at most 40 characters"),
    bio: z.string().trim().max(500, "Use at most 500 characters"),
    officePhone: publicPhone,
    deskHours: z.string().trim().max(200, "Use at most 200 characters"),
    photoUrl: imageUrl,
    wechatQrUrl: imageUrl,
  };

  const admin: Access = { county_admin: "county" };
  /** A supervisor reads the officers of their own precinct. */
  const readers: Access = { county_admin: "county", precinct_supervisor: "precinct" };

  /** An officer; badge number and public address (slug) are unique in the county. */
  export const create = fn(
    admin,
    z.object({
      officerId: id.optional(),
      slug,
      nameZh,
      nameEn: nameEn.min(1, "Required"),
      badge,
      precinctId: id,
      rank: profile.rank.optional(),
      bio: profile.bio.optional(),
      officePhone: profile.officePhone.optional(),
      deskHours: profile.deskHours.optional(),
      photoUrl: profile.photoUrl.optional(),
      wechatQrUrl: profile.wechatQrUrl.optional(),
    }),
    async (input) => {
      const countyId = useCounty();
      const officerId = input.officerId ?? createId();
      const result = await db.transaction
        .write(({ precinct, unique, officer }) => [
          precinct
            .check({ countyId, precinctId: input.precinctId })
            .where((a, op) => op.eq(a.status, "active"))
            .commit(),
          unique
            .create({ scope: countyId, kind: Unique.kinds.officerSlug, value: input.slug, ownerId: officerId })
            .commit(),
          unique
            .create({ scope: countyId, kind: Unique.kinds.officerBadge, value: input.badge, ownerId: officerId })
            .commit(),
          officer.create({ ...input, countyId, officerId }).commit(),
        ])
        .go();
      assertCommitted(
        result,
        (index) =>
          [precinctNotFound(), slugTaken(), badgeTaken(), new ConflictError("officer.exists", "This officer exists")][
            index
          ],
      );
      return officerId;
    },
  );

  /** An officer by id; a supervisor reaches only their own precinct's. */
  export const get = fn(readers, id, async (officerId) => {
    const { data } = await db.entities.officer.get({ countyId: useCounty(), officerId }).go();
    if (!data) throw notFound();
    assertReaches(data, notFound);
    return data;
  });

  /** An officer by public address, as staff read it (the portal reads its own directory). */
  export const bySlug = fn(readers, slug, async (value) => {
    const { data } = await db.entities.officer.query.bySlug({ countyId: useCounty(), slug: value }).go({ limit: 1 });
    const officer = data[0];
    if (!officer) throw notFound();
    assertReaches(officer, notFound);
    return officer;
  });

  /** The officer holding a badge number in the county. */
  export const byBadge = fn(admin, badge, async (value) => {
    const { data } = await db.entities.unique.get({ scope: useCounty(), kind: Unique.kinds.officerBadge, value }).go();
    if (!data) throw notFound();
    return get(data.ownerId);
  });

  /** The county's officers, or one precinct's; supervisors see their own precinct's only. */
  export const list = fn(
    readers,
    z
      .object({ precinctId: id.optional(), includeArchived: z.boolean().default(false) })
      .default({ includeArchived: false }),
    async (input) => {
      const countyId = useCounty();
      const actor = useActor();
      const own = useScope() === "precinct" ? (actor.type === "user" && actor.properties.precinctId) || "-" : undefined;
      if (own && input.precinctId && input.precinctId !== own) return [];
      const precinctId = own ?? input.precinctId;
      const { data } = precinctId
        ? await db.entities.officer.query.byPrecinct({ countyId, precinctId }).go({ pages: "all" })
        : await db.entities.officer.query.byId({ countyId }).go({ pages: "all" });
      return data
        .filter((officer) => input.includeArchived || officer.status === "active")
        .sort((a, b) => a.nameZh.localeCompare(b.nameZh, "zh-Hans-CN"));
    },
  );

  /**
   * Edits an officer. Absent fields stay as they are; an empty string clears an optional one. A new
   * badge number moves its claim; the public address never changes (printed cards link to it).
   */
  export const update = fn(
    admin,
    z.object({
      officerId: id,
      nameZh: nameZh.optional(),
      nameEn: nameEn.min(1, "Required").optional(),
      badge: badge.optional(),
      precinctId: id.optional(),
      rank: clearable(profile.rank),
      bio: clearable(profile.bio),
      officePhone: clearable(profile.officePhone),
      deskHours: clearable(profile.deskHours),
      photoUrl: clearable(profile.photoUrl),
      wechatQrUrl: clearable(profile.wechatQrUrl),
    }),
    async (input) => {
      const countyId = useCounty();
      const current = await get(input.officerId);
      const { officerId, ...changes } = input;
      const { set, remove } = setAndRemove(changes);
      const newBadge = set.badge && set.badge.toLowerCase() !== current.badge.toLowerCase() ? set.badge : undefined;
      const newPrecinct = set.precinctId && set.precinctId !== current.precinctId ? set.precinctId : undefined;
      const result = await db.transaction
        .write(({ officer, precinct, unique }) => [
          officer
            .patch({ countyId, officerId })
            .set(set)
            .remove(remove)
            .where((a, op) => op.eq(a.updatedAt, current.updatedAt))
            .commit(),
          ...(newPrecinct
            ? [
                precinct
                  .check({ countyId, precinctId: newPrecinct })
                  .where((a, op) => op.eq(a.status, "active"))
                  .commit(),
              ]
            : []),
          ...(newBadge
            ? [
                unique
                  .create({ scope: countyId, kind: Unique.kinds.officerBadge, value: newBadge, ownerId: officerId })
                  .commit(),
                unique.delete({ scope: countyId, kind: Unique.kinds.officerBadge, value: current.badge }).commit(),
              ]
            : []),
        ])
        .go();
      assertCommitted(result, (index) =>
        index === 0 ? changed() : index === 1 && newPrecinct ? precinctNotFound() : badgeTaken(),
      );
    },
  );

  /** Archives an officer who serves no village (reassign the villages first). Claims stay. */
  export const archive = fn(admin, z.object({ officerId: id }), async ({ officerId }) => {
    const countyId = useCounty();
    const current = await get(officerId);
    if (current.villageIds?.length) {
      throw new ConflictError(
        "officer.serves_villages",
        "This officer still serves villages; assign them to someone else first",
      );
    }
    const result = await db.transaction
      .write(({ officer }) => [
        officer
          .patch({ countyId, officerId })
          .set({ status: "inactive" })
          .where((a, op) => op.notExists(a.villageIds))
          .commit(),
      ])
      .go();
    assertCommitted(result, () => changed());
  });

  export const restore = fn(admin, z.object({ officerId: id }), async ({ officerId }) => {
    const countyId = useCounty();
    const current = await get(officerId);
    const result = await db.transaction
      .write(({ officer, precinct }) => [
        precinct
          .check({ countyId, precinctId: current.precinctId })
          .where((a, op) => op.eq(a.status, "active"))
          .commit(),
        officer.patch({ countyId, officerId }).set({ status: "active" }).commit(),
      ])
      .go();
    assertCommitted(result, (index) => (index === 0 ? precinctNotFound() : changed()));
  });
}
