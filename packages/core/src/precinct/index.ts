import type { EntityItem } from "electrodb";
import * as z from "zod";
import { assertReaches, reaches, type Access } from "../access";
import { useCounty } from "../actor";
import { db } from "../db/service";
import { assertCommitted } from "../db/transaction";
import { Unique } from "../unique/index";
import { setAndRemove } from "../util/defined";
import { ConflictError, NotFoundError } from "../util/errors";
import { fn } from "../util/fn";
import { createId } from "../util/id";
import { id, nameEn, nameZh, publicPhone } from "../util/schemas";
import type { PrecinctEntity } from "./precinct.entity";

export namespace Precinct {
  export type Info = EntityItem<typeof PrecinctEntity>;

  export const nameTaken = () =>
    new ConflictError("precinct.name_taken", "A precinct of this name exists", {
      nameZh: ["A precinct of this name exists"],
    });
  const notFound = () => new NotFoundError("precinct.not_found", "No such precinct");
  const changed = () => new ConflictError("precinct.changed", "The precinct changed meanwhile; reload and try again");

  const admin: Access = { county_admin: "county" };
  /** A supervisor reads their own precinct's record only. */
  const readers: Access = { county_admin: "county", precinct_supervisor: "precinct" };

  const fields = {
    nameZh,
    nameEn: nameEn.default(""),
    address: z.string().trim().max(200, "Use at most 200 characters").optional(),
    phone: publicPhone.optional(),
  };

  /** A precinct (派出所); its Chinese name is unique in the county. */
  export const create = fn(admin, z.object({ precinctId: id.optional(), ...fields }), async (input) => {
    const countyId = useCounty();
    const precinctId = input.precinctId ?? createId();
    const result = await db.transaction
      .write(({ unique, precinct }) => [
        unique
          .create({
            scope: countyId,
            kind: Unique.kinds.precinctName,
            value: Unique.nameKey(input.nameZh),
            ownerId: precinctId,
          })
          .commit(),
        precinct.create({ ...input, precinctId, countyId }).commit(),
      ])
      .go();
    assertCommitted(result, (index) =>
      index === 0 ? nameTaken() : new ConflictError("precinct.exists", "This precinct exists"),
    );
    return precinctId;
  });

  /** A precinct by id; a supervisor reaches only their own. */
  export const get = fn(readers, id, async (precinctId) => {
    const { data } = await db.entities.precinct.get({ countyId: useCounty(), precinctId }).go();
    if (!data) throw notFound();
    assertReaches(data, notFound);
    return data;
  });

  /** Every precinct the caller reaches (a supervisor: their own), archived ones last. */
  export const list = fn(readers, z.void(), async () => {
    const { data } = await db.entities.precinct.query.byId({ countyId: useCounty() }).go({ pages: "all" });
    return data
      .filter(reaches)
      .sort((a, b) =>
        a.status === b.status ? a.nameZh.localeCompare(b.nameZh, "zh-Hans-CN") : a.status === "active" ? -1 : 1,
      );
  });

  /** Edits a precinct: absent fields stay, an empty string clears one; a new name moves its claim. */
  export const update = fn(
    admin,
    z.object({
      precinctId: id,
      nameZh: nameZh.optional(),
      nameEn: fields.nameEn.optional(),
      address: z.union([fields.address.unwrap(), z.literal("")]).optional(),
      phone: z.union([publicPhone, z.literal("")]).optional(),
    }),
    async (input) => {
      const countyId = useCounty();
      const current = await get(input.precinctId);
      const { precinctId, ...changes } = input;
      const { set, remove } = setAndRemove(changes, ["nameEn"]);
      const renamed = set.nameZh !== undefined && Unique.nameKey(set.nameZh) !== Unique.nameKey(current.nameZh);
      const result = await db.transaction
        .write(({ unique, precinct }) => [
          precinct
            .patch({ countyId, precinctId })
            .set(set)
            .remove(remove)
            .where((a, op) => op.eq(a.updatedAt, current.updatedAt))
            .commit(),
          ...(renamed
            ? [
                unique
                  .create({
                    scope: countyId,
                    kind: Unique.kinds.precinctName,
                    value: Unique.nameKey(set.nameZh!),
                    ownerId: precinctId,
                  })
                  .commit(),
                unique
                  .delete({ scope: countyId, kind: Unique.kinds.precinctName, value: Unique.nameKey(current.nameZh) })
                  .commit(),
              ]
            : []),
        ])
        .go();
      assertCommitted(result, (index) => (index === 0 ? changed() : nameTaken()));
    },
  );

  /** Archives a precinct that no active village or officer belongs to; its name stays reserved. */
  export const archive = fn(admin, z.object({ precinctId: id }), async ({ precinctId }) => {
    const countyId = useCounty();
    await get(precinctId);
    const { data } = await db.collections.precinctRoster({ countyId, precinctId }).go({ pages: "all" });
    const members = [...data.village, ...data.officer].filter((item) => item.status === "active").length;
    if (members > 0) {
      throw new ConflictError("precinct.not_empty", "Move or archive this precinct's villages and officers first");
    }
    await db.entities.precinct.patch({ countyId, precinctId }).set({ status: "archived" }).go();
  });

  export const restore = fn(admin, z.object({ precinctId: id }), async ({ precinctId }) => {
    await get(precinctId);
    await db.entities.precinct.patch({ countyId: useCounty(), precinctId }).set({ status: "active" }).go();
  });

  /** The precinct's supervisors: users with the precinct_supervisor role for this precinct. */
  export const supervisors = fn(admin, z.object({ precinctId: id }), async ({ precinctId }) => {
    await get(precinctId);
    const { data } = await db.entities.user.query.byId({ countyId: useCounty() }).go({ pages: "all" });
    return data
      .filter((user) => user.role === "precinct_supervisor" && user.precinctId === precinctId)
      .map(({ userId, username, displayName, status }) => ({ userId, username, displayName, status }));
  });
}
