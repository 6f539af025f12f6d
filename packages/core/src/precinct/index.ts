import type { EntityItem } from "electrodb";
import * as z from "zod";
import { assertRole, useCounty } from "../actor";
import { db } from "../db/service";
import { conflictOr } from "../db/transaction";
import { ConflictError, NotFoundError } from "../util/errors";
import { fn } from "../util/fn";
import { createId } from "../util/id";
import { id, nameEn, nameZh, publicPhone } from "../util/schemas";
import type { PrecinctEntity } from "./precinct.entity";

export namespace Precinct {
  export type Info = EntityItem<typeof PrecinctEntity>;

  export const create = fn(
    z.object({
      precinctId: id.optional(),
      nameZh,
      nameEn: nameEn.default(""),
      address: z.string().trim().max(200).optional(),
      phone: publicPhone.optional(),
    }),
    async (input) => {
      assertRole("county_admin");
      const precinctId = input.precinctId ?? createId();
      try {
        await db.entities.precinct.create({ ...input, precinctId, countyId: useCounty() }).go();
      } catch (error) {
        throw conflictOr(error, new ConflictError("precinct.exists", "This precinct exists"));
      }
      return precinctId;
    },
  );

  export const get = fn(id, async (precinctId) => {
    const { data } = await db.entities.precinct.get({ countyId: useCounty(), precinctId }).go();
    if (!data) throw new NotFoundError("precinct.not_found", "No such precinct");
    return data;
  });
}

