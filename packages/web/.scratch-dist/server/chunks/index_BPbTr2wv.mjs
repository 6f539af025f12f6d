import * as z from 'zod';
import { a as assertRole, u as useCounty, d as db, k as useActor } from './id_CvCQQS6k.mjs';
import { a as assertCommitted } from './transaction_BNauezNn.mjs';
import { s as setAndRemove } from './defined_BlfC88gd.mjs';
import { C as ConflictError, N as NotFoundError } from './errors_MfzDXNyI.mjs';
import { f as fn, i as id } from './schemas_Cu4Pp2P7.mjs';

const gridCode = z.string().trim().regex(/^[0-9A-Za-z][0-9A-Za-z_-]{0,31}$/, "Use up to 32 letters, digits, hyphens or underscores");
var Grid;
((Grid2) => {
  const notFound = () => new NotFoundError("grid.not_found", "No such grid cell");
  const villageNotFound = () => new NotFoundError("village.not_found", "No such village");
  const fields = {
    nameZh: z.string().trim().max(60, "Use at most 60 characters"),
    note: z.string().trim().max(200, "Use at most 200 characters")
  };
  async function visibleVillage(villageId) {
    const {
      data
    } = await db.entities.village.get({
      countyId: useCounty(),
      villageId
    }).go();
    const actor = useActor();
    const supervisor = actor.type === "user" && actor.properties.role === "precinct_supervisor";
    if (!data || supervisor && actor.properties.precinctId !== data.precinctId) throw villageNotFound();
    return data;
  }
  Grid2.create = fn(z.object({
    villageId: id,
    code: gridCode,
    nameZh: fields.nameZh.optional(),
    note: fields.note.optional()
  }), async (input) => {
    assertRole("county_admin");
    const countyId = useCounty();
    const result = await db.transaction.write(({
      village,
      grid
    }) => [village.check({
      countyId,
      villageId: input.villageId
    }).where((a, op) => op.eq(a.status, "active")).commit(), grid.create({
      ...input,
      countyId
    }).commit()]).go();
    assertCommitted(result, (index) => index === 0 ? villageNotFound() : new ConflictError("grid.code_taken", "This village has a grid cell with this code", {
      code: ["This village has a grid cell with this code"]
    }));
    return {
      villageId: input.villageId,
      code: input.code
    };
  });
  Grid2.list = fn(z.object({
    villageId: id,
    includeArchived: z.boolean().default(false)
  }), async (input) => {
    assertRole("county_admin", "precinct_supervisor");
    await visibleVillage(input.villageId);
    const {
      data
    } = await db.entities.grid.query.byVillage({
      countyId: useCounty(),
      villageId: input.villageId
    }).go({
      pages: "all"
    });
    return data.filter((grid) => input.includeArchived || grid.status === "active").sort((a, b) => a.code.localeCompare(b.code, "en", {
      numeric: true
    }));
  });
  Grid2.countsByVillage = fn(z.void(), async () => {
    assertRole("county_admin");
    const {
      data
    } = await db.entities.grid.query.byCounty({
      countyId: useCounty()
    }).go({
      pages: "all",
      attributes: ["villageId", "status"]
    });
    const counts = /* @__PURE__ */ new Map();
    for (const grid of data) if (grid.status === "active") counts.set(grid.villageId, (counts.get(grid.villageId) ?? 0) + 1);
    return counts;
  });
  Grid2.update = fn(z.object({
    villageId: id,
    code: gridCode,
    nameZh: z.union([fields.nameZh, z.literal("")]).optional(),
    note: z.union([fields.note, z.literal("")]).optional()
  }), async ({
    villageId,
    code,
    ...changes
  }) => {
    assertRole("county_admin");
    const countyId = useCounty();
    const {
      set,
      remove
    } = setAndRemove(changes);
    const result = await db.transaction.write(({
      grid
    }) => [grid.patch({
      countyId,
      villageId,
      code
    }).set(set).remove(remove).commit()]).go();
    assertCommitted(result, () => notFound());
  });
  Grid2.archive = fn(z.object({
    villageId: id,
    code: gridCode
  }), async ({
    villageId,
    code
  }) => {
    await setStatus(villageId, code, "archived");
  });
  Grid2.restore = fn(z.object({
    villageId: id,
    code: gridCode
  }), async ({
    villageId,
    code
  }) => {
    await setStatus(villageId, code, "active");
  });
  async function setStatus(villageId, code, status) {
    assertRole("county_admin");
    const result = await db.transaction.write(({
      grid
    }) => [grid.patch({
      countyId: useCounty(),
      villageId,
      code
    }).set({
      status
    }).commit()]).go();
    assertCommitted(result, () => notFound());
  }
})(Grid || (Grid = {}));

export { Grid as G };
