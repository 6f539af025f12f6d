import { Grid } from "../../grid/index";
import { cell, changesOf, firstOfKey, hasRequired, type Planner } from "../plan";
import { gridKey } from "../snapshot";
import { precinctOf, villageOf } from "./references";

/** Grid cells by village (precinct + village name) and code. */
export const planGrids: Planner = (rows, plan, snapshot) => {
  const countyId = plan.countyId;
  const seen = new Map<string, number>();
  for (const row of rows) {
    if (!hasRequired(plan, row)) continue;
    const precinct = precinctOf(plan, snapshot, row);
    const village = precinct ? villageOf(plan, snapshot, row, precinct.precinctId) : undefined;
    const input = {
      villageId: village?.villageId ?? "unknown",
      code: row.values.code!,
      nameZh: cell(row, "name_zh"),
      note: cell(row, "note"),
    };
    const parsed = Grid.create.schema.safeParse(input);
    if (!parsed.success) plan.invalid(row.row, parsed.error);
    if (!village || !parsed.success) continue;
    const key = gridKey(village.villageId, parsed.data.code);
    if (!firstOfKey(plan, seen, key, row, "code")) continue;
    const existing = snapshot.grids.get(key);
    if (!existing) {
      plan.create((e) => e.grid.create({ ...parsed.data, countyId }).commit(), row.row);
      plan.creates++;
      continue;
    }
    if (existing.item.status !== "active") {
      plan.error(row.row, "code", "import.archived", "This grid cell is archived; restore it in the console first");
      continue;
    }
    const changes = changesOf(existing.item, { nameZh: parsed.data.nameZh, note: parsed.data.note });
    if (!Object.keys(changes).length) {
      plan.unchanged++;
      continue;
    }
    plan.update(
      (e) =>
        e.grid
          .patch({ countyId, villageId: village.villageId, code: existing.item.code })
          .set(changes)
          .where((a, op) => op.eq(a.updatedAt, existing.item.updatedAt))
          .commit(),
      existing.raw,
      row.row,
    );
    plan.updates++;
  }
};
