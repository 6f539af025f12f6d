import { Precinct } from "../../precinct/index";
import { Unique } from "../../unique/index";
import { createId } from "../../util/id";
import { cell, changesOf, firstOfKey, hasRequired, type Planner } from "../plan";

/** Precincts by Chinese name: new ones are created with their name claim, known ones updated. */
export const planPrecincts: Planner = (rows, plan, snapshot) => {
  const countyId = plan.countyId;
  const seen = new Map<string, number>();
  for (const row of rows) {
    if (!hasRequired(plan, row)) continue;
    const input = {
      nameZh: row.values.name_zh!,
      nameEn: cell(row, "name_en"),
      address: cell(row, "address"),
      phone: cell(row, "phone"),
    };
    const parsed = Precinct.create.schema.safeParse(input);
    if (!parsed.success) {
      plan.invalid(row.row, parsed.error);
      continue;
    }
    const key = Unique.nameKey(parsed.data.nameZh);
    if (!firstOfKey(plan, seen, key, row, "name_zh")) continue;
    const existing = snapshot.precincts.get(key);
    if (!existing) {
      const precinctId = createId();
      plan.create(
        (e) =>
          e.unique
            .create({ scope: countyId, kind: Unique.kinds.precinctName, value: key, ownerId: precinctId })
            .commit(),
        row.row,
      );
      plan.create((e) => e.precinct.create({ ...parsed.data, countyId, precinctId }).commit(), row.row);
      plan.creates++;
      continue;
    }
    if (existing.item.status !== "active") {
      plan.error(row.row, "name_zh", "import.archived", "This precinct is archived; restore it in the console first");
      continue;
    }
    const changes = changesOf(existing.item, {
      nameZh: parsed.data.nameZh,
      nameEn: input.nameEn,
      address: parsed.data.address,
      phone: parsed.data.phone,
    });
    if (!Object.keys(changes).length) {
      plan.unchanged++;
      continue;
    }
    plan.update(
      (e) =>
        e.precinct
          .patch({ countyId, precinctId: existing.item.precinctId })
          .set(changes)
          .where((a, op) => op.eq(a.updatedAt, existing.item.updatedAt))
          .commit(),
      existing.raw,
      row.row,
    );
    plan.updates++;
  }
};
