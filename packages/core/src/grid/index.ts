import type { EntityItem } from "electrodb";
import * as z from "zod";
import { reaches, useScope, type Access } from "../access";
import { useCounty } from "../actor";
import { db } from "../db/service";
import { assertCommitted } from "../db/transaction";
import { setAndRemove } from "../util/defined";
import { ConflictError, InputError, NotFoundError } from "../util/errors";
import { fn } from "../util/fn";
import { id } from "../util/schemas";
import type { GridEntity } from "./grid.entity";

export const gridCode = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z][0-9A-Za-z_-]{0,31}$/, "Use up to 32 letters, digits, hyphens or underscores");

/** Grid cells (综治网格) of a village, keyed under the village by their code. */
export namespace Grid {
  export type Info = EntityItem<typeof GridEntity>;

  const notFound = () => new NotFoundError("grid.not_found", "No such grid cell");
  const villageNotFound = () => new NotFoundError("village.not_found", "No such village");
  const fields = {
    nameZh: z.string().trim().max(60, "Use at most 60 characters"),
    note: z.string().trim().max(200, "Use at most 200 characters"),
  };

  const admin: Access = { county_admin: "county" };
  const readers: Access = { county_admin: "county", precinct_supervisor: "precinct" };
  /** Pickers for the work log: an officer's own villages, a supervisor's precinct, the county. */
  const pickers: Access = { county_admin: "county", precinct_supervisor: "precinct", officer: "patch" };

  /** The village, if the caller's scope reaches it. */
  async function visibleVillage(villageId: string) {
    const { data } = await db.entities.village.get({ countyId: useCounty(), villageId }).go();
    if (!data || !reaches(data)) throw villageNotFound();
    return data;
  }

  export const create = fn(
    admin,
    z.object({ villageId: id, code: gridCode, nameZh: fields.nameZh.optional(), note: fields.note.optional() }),
    async (input) => {
      const countyId = useCounty();
      const result = await db.transaction
        .write(({ village, grid }) => [
          village
            .check({ countyId, villageId: input.villageId })
            .where((a, op) => op.eq(a.status, "active"))
            .commit(),
          grid.create({ ...input, countyId }).commit(),
        ])
        .go();
      assertCommitted(result, (index) =>
        index === 0
          ? villageNotFound()
          : new ConflictError("grid.code_taken", "This village has a grid cell with this code", {
              code: ["This village has a grid cell with this code"],
            }),
      );
      return { villageId: input.villageId, code: input.code };
    },
  );

  /** A village's grid cells, by code (one Query). */
  export const list = fn(
    readers,
    z.object({ villageId: id, includeArchived: z.boolean().default(false) }),
    async (input) => {
      await visibleVillage(input.villageId);
      const { data } = await db.entities.grid.query
        .byVillage({ countyId: useCounty(), villageId: input.villageId })
        .go({ pages: "all" });
      return data
        .filter((grid) => input.includeArchived || grid.status === "active")
        .sort((a, b) => a.code.localeCompare(b.code, "en", { numeric: true }));
    },
  );

  async function activeOf(countyId: string, villageId: string) {
    const { data } = await db.entities.grid.query.byVillage({ countyId, villageId }).go({ pages: "all" });
    return data
      .filter((grid) => grid.status === "active")
      .sort((a, b) => a.code.localeCompare(b.code, "en", { numeric: true }));
  }

  /**
   * The active grid cells of villages the actor works in, for a picker: an officer's own villages,
   * a supervisor's precinct, a county admin's county (one Query per village).
   */
  export const ofVillages = fn(pickers, z.object({ villageIds: z.array(id).max(20) }), async ({ villageIds }) => {
    const countyId = useCounty();
    const allowed =
      useScope() === "precinct"
        ? (await Promise.all(villageIds.map((villageId) => visibleVillage(villageId).catch(() => undefined))))
            .filter((village) => village !== undefined)
            .map((village) => village.villageId)
        : villageIds.filter((villageId) => reaches({ villageId }));
    const lists = await Promise.all(allowed.map((villageId) => activeOf(countyId, villageId)));
    return Object.fromEntries(
      allowed.map((villageId, index) => [villageId, lists[index]!.map(({ code, nameZh }) => ({ code, nameZh }))]),
    ) as Record<string, Array<{ code: string; nameZh?: string }>>;
  });

  /**
   * Refuses a grid code that is not one of its village's active cells (compared without case), for
   * one entry or a device's batch; each village's cells are read once. A village without registered
   * cells accepts any code, as before grids were onboarded.
   */
  export async function assertInVillage(
    entries: Array<{ villageId: string; gridId?: string | undefined }>,
  ): Promise<void> {
    const countyId = useCounty();
    const coded = entries.filter((entry) => entry.gridId);
    const villageIds = [...new Set(coded.map((entry) => entry.villageId))];
    const cells = new Map(
      await Promise.all(
        villageIds.map(async (villageId) => {
          const codes = (await activeOf(countyId, villageId)).map((cell) => cell.code.toLowerCase());
          return [villageId, codes] as const;
        }),
      ),
    );
    for (const { villageId, gridId } of coded) {
      const codes = cells.get(villageId)!;
      if (codes.length === 0 || codes.includes(gridId!.toLowerCase())) continue;
      throw new InputError("worklog.grid_not_in_village", "This grid cell is not in the village", {
        gridId: ["Choose a grid cell of this village"],
      });
    }
  }

  /** Active grid cells per village id, for the county's village list (one paginated Query). */
  export const countsByVillage = fn(admin, z.void(), async () => {
    const { data } = await db.entities.grid.query
      .byCounty({ countyId: useCounty() })
      .go({ pages: "all", attributes: ["villageId", "status"] });
    const counts = new Map<string, number>();
    for (const grid of data)
      if (grid.status === "active") counts.set(grid.villageId, (counts.get(grid.villageId) ?? 0) + 1);
    return counts;
  });

  export const update = fn(
    admin,
    z.object({
      villageId: id,
      code: gridCode,
      nameZh: z.union([fields.nameZh, z.literal("")]).optional(),
      note: z.union([fields.note, z.literal("")]).optional(),
    }),
    async ({ villageId, code, ...changes }) => {
      const countyId = useCounty();
      const { set, remove } = setAndRemove(changes);
      const result = await db.transaction
        .write(({ grid }) => [grid.patch({ countyId, villageId, code }).set(set).remove(remove).commit()])
        .go();
      assertCommitted(result, () => notFound());
    },
  );

  export const archive = fn(admin, z.object({ villageId: id, code: gridCode }), async ({ villageId, code }) => {
    await setStatus(villageId, code, "archived");
  });

  export const restore = fn(admin, z.object({ villageId: id, code: gridCode }), async ({ villageId, code }) => {
    await setStatus(villageId, code, "active");
  });

  async function setStatus(villageId: string, code: string, status: Info["status"]) {
    const result = await db.transaction
      .write(({ grid }) => [grid.patch({ countyId: useCounty(), villageId, code }).set({ status }).commit()])
      .go();
    assertCommitted(result, () => notFound());
  }
}
