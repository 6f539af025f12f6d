import type { EntityItem } from "electrodb";
import * as z from "zod";
import { assertRole, useCounty } from "../actor";
import { db } from "../db/service";
import { assertCommitted } from "../db/transaction";
import { ConflictError, NotFoundError } from "../util/errors";
import { fn } from "../util/fn";
import { createId } from "../util/id";
import { id, imageUrl, nameEn, nameZh, publicPhone, slug } from "../util/schemas";
import type { OfficerEntity } from "./officer.entity";

export namespace Officer {
  export type Info = EntityItem<typeof OfficerEntity>;

  export const create = fn(
    z.object({
      officerId: id.optional(),
      slug,
      nameZh,
      nameEn: nameEn.min(1, "Required"),
      badge: z.string().trim().regex(/^[0-9A-Za-z]{4,12}$/, "Use 4 to 12 letters or digits"),
      rank: z.string().trim().max(40).optional(),
      precinctId: id,
      bio: z.string().trim().max(500, "Use at most 500 characters").optional(),
      officePhone: publicPhone.optional(),
      deskHours: z.string().trim().max(200).optional(),
      photoUrl: imageUrl.optional(),
      wechatQrUrl: imageUrl.optional(),
    }),
    async (input) => {
      assertRole("county_admin");
      const countyId = useCounty();
      const officerId = input.officerId ?? createId();
      const result = await db.transaction
        .write(({ precinct, unique, officer }) => [
          precinct.check({ countyId, precinctId: input.precinctId }).where((a, op) => op.exists(a.precinctId)).commit(),
          unique.create({ scope: countyId, kind: "officer.slug", value: input.slug, ownerId: officerId }).commit(),
          unique.create({ scope: countyId, kind: "officer.badge", value: input.badge, ownerId: officerId }).commit(),
          officer.create({ ...input, countyId, officerId }).commit(),
        ])
        .go();
      assertCommitted(
        result,
        (index) =>
          [
            new NotFoundError("precinct.not_found", "No such precinct"),
            new ConflictError("officer.slug_taken", "This address is taken", { slug: ["This address is taken"] }),
            new ConflictError("officer.badge_taken", "This badge number is in use", { badge: ["This badge number is in use"] }),
            new ConflictError("officer.exists", "This officer exists"),
          ][index],
      );
      return officerId;
    },
  );

  export const get = fn(id, async (officerId) => {
    const { data } = await db.entities.officer.get({ countyId: useCounty(), officerId }).go();
    if (!data) throw new NotFoundError("officer.not_found", "No such officer");
    return data;
  });

  export const bySlug = fn(slug, async (value) => {
    const { data } = await db.entities.officer.query.bySlug({ countyId: useCounty(), slug: value }).go({ limit: 1 });
    const officer = data[0];
    if (!officer) throw new NotFoundError("officer.not_found", "No such officer");
    return officer;
  });
}
