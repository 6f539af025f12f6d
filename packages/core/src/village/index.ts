import type { EntityItem } from "electrodb";
import * as z from "zod";
import { assertRole, useCounty } from "../actor";
import { db } from "../db/service";
import { assertCommitted } from "../db/transaction";
import { ConflictError, NotFoundError } from "../util/errors";
import { fn } from "../util/fn";
import { createId } from "../util/id";
import { id, nameEn, nameZh } from "../util/schemas";
import { pinyinKeys } from "./pinyin";
import { villageKinds, type VillageEntity } from "./village.entity";

export namespace Village {
  export type Info = EntityItem<typeof VillageEntity>;

  export const create = fn(
    z.object({
      villageId: id.optional(),
      precinctId: id,
      kind: z.enum(villageKinds),
      nameZh,
      nameEn: nameEn.default(""),
      address: z.string().trim().max(200).optional(),
      deskHours: z.string().trim().max(200).optional(),
    }),
    async (input) => {
      assertRole("county_admin");
      const countyId = useCounty();
      const villageId = input.villageId ?? createId();
      const result = await db.transaction
        .write(({ precinct, village }) => [
          precinct.check({ countyId, precinctId: input.precinctId }).where((a, op) => op.exists(a.precinctId)).commit(),
          village.create({ ...input, ...pinyinKeys(input.nameZh), countyId, villageId }).commit(),
        ])
        .go();
      assertCommitted(result, (index) =>
        index === 0
          ? new NotFoundError("precinct.not_found", "No such precinct")
          : new ConflictError("village.exists", "This village exists"),
      );
      return villageId;
    },
  );

  export const get = fn(id, async (villageId) => {
    const { data } = await db.entities.village.get({ countyId: useCounty(), villageId }).go();
    if (!data) throw new NotFoundError("village.not_found", "No such village");
    return data;
  });

  /**
   * Makes the officer the village's one officer, ending the previous assignment. The officer must
   * exist in the same county; the village's officer must not have changed since it was read.
   */
  export const assignOfficer = fn(z.object({ villageId: id, officerId: id }), async (input) => {
    assertRole("county_admin");
    const countyId = useCounty();
    const current = await get(input.villageId);
    const previousOfficerId = current.officerId;
    if (previousOfficerId === input.officerId) return;
    const result = await db.transaction
      .write(({ officer, village }) => [
        officer
          .update({ countyId, officerId: input.officerId })
          .add({ villageIds: [input.villageId] })
          .where((a, op) => op.exists(a.officerId))
          .commit(),
        village
          .patch({ countyId, villageId: input.villageId })
          .set({ officerId: input.officerId })
          .where((a, op) => (previousOfficerId ? op.eq(a.officerId, previousOfficerId) : op.notExists(a.officerId)))
          .commit(),
        ...(previousOfficerId
          ? [officer.update({ countyId, officerId: previousOfficerId }).delete({ villageIds: [input.villageId] }).commit()]
          : []),
      ])
      .go();
    assertCommitted(result, (index) =>
      index === 0
        ? new NotFoundError("officer.not_found", "No such officer")
        : new ConflictError("village.changed", "The village's officer changed meanwhile; reload and try again"),
    );
  });
}
