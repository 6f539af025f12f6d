import { Unique } from "../../unique/index";
import { createId } from "../../util/id";
import { Village } from "../../village/index";
import type { villageKinds } from "../../village/village.entity";
import { cell, changesOf, firstOfKey, hasRequired, type Planner } from "../plan";
import { villageKey } from "../snapshot";
import { officerOf, precinctOf } from "./references";

const kindWords: Record<string, (typeof villageKinds)[number]> = {
  村: "village",
  行政村: "village",
  village: "village",
  社区: "community",
  居: "community",
  居委会: "community",
  community: "community",
};

/**
 * Villages and communities by precinct and name. A badge in `officer_badge` assigns that officer
 * (ending any previous assignment, recorded in the village's history); a blank one keeps the
 * current officer. Officers' village lists are updated once per officer.
 */
export const planVillages: Planner = (rows, plan, snapshot, pinyin) => {
  const countyId = plan.countyId;
  const seen = new Map<string, number>();
  /** Officers whose villages change: village ids to add and to remove. */
  const moves = new Map<string, { add: Set<string>; remove: Set<string>; row: number }>();
  const move = (officerId: string, row: number) => {
    let entry = moves.get(officerId);
    if (!entry) moves.set(officerId, (entry = { add: new Set(), remove: new Set(), row }));
    return entry;
  };

  for (const row of rows) {
    if (!hasRequired(plan, row)) continue;
    const precinct = precinctOf(plan, snapshot, row);
    const kind = kindWords[row.values.kind!.toLowerCase()];
    if (!kind) plan.error(row.row, "kind", "import.kind", "Use 村 (village) or 社区 (community)");
    const officer = cell(row, "officer_badge") ? officerOf(plan, snapshot, row, "officer_badge") : undefined;
    if (!precinct || !kind || (cell(row, "officer_badge") && !officer)) continue;
    const input = {
      precinctId: precinct.precinctId,
      kind,
      nameZh: row.values.name_zh!,
      nameEn: cell(row, "name_en"),
      address: cell(row, "address"),
      deskHours: cell(row, "desk_hours"),
    };
    const parsed = Village.create.schema.safeParse(input);
    if (!parsed.success) {
      plan.invalid(row.row, parsed.error);
      continue;
    }
    const key = villageKey(precinct.precinctId, parsed.data.nameZh);
    if (!firstOfKey(plan, seen, key, row, "name_zh")) continue;
    const officerId = officer?.item.officerId;
    const existing = snapshot.villages.get(key);

    if (!existing) {
      const villageId = createId();
      const village = { ...parsed.data, ...pinyin.keys(parsed.data.nameZh), countyId, villageId, officerId };
      plan.create(
        (e) =>
          e.unique.create({ scope: countyId, kind: Unique.kinds.villageName, value: key, ownerId: villageId }).commit(),
        row.row,
      );
      plan.create((e) => e.village.create(village).commit(), row.row);
      if (officerId) {
        const event = Village.historyEvent(countyId, villageId, "assigned", officerId, undefined, "import");
        plan.create((e) => e.assignment.create(event).commit(), row.row);
        move(officerId, row.row).add.add(villageId);
      }
      plan.creates++;
      continue;
    }
    const current = existing.item;
    if (current.status !== "active") {
      plan.error(
        row.row,
        "name_zh",
        "import.archived",
        "This village or community is archived; restore it in the console first",
      );
      continue;
    }
    const reassigned = officerId && officerId !== current.officerId ? officerId : undefined;
    const changes = changesOf(current, {
      kind: parsed.data.kind,
      nameZh: parsed.data.nameZh,
      nameEn: input.nameEn,
      address: parsed.data.address,
      deskHours: parsed.data.deskHours,
      officerId: reassigned,
    });
    if (!Object.keys(changes).length) {
      plan.unchanged++;
      continue;
    }
    plan.update(
      (e) =>
        e.village
          .patch({ countyId, villageId: current.villageId })
          .set({ ...changes, ...(changes.nameZh ? pinyin.keys(changes.nameZh) : {}) })
          .where((a, op) => op.eq(a.updatedAt, current.updatedAt))
          .commit(),
      existing.raw,
      row.row,
    );
    if (reassigned) {
      const event = Village.historyEvent(
        countyId,
        current.villageId,
        "assigned",
        reassigned,
        current.officerId,
        "import",
      );
      plan.create((e) => e.assignment.create(event).commit(), row.row);
      move(reassigned, row.row).add.add(current.villageId);
      if (current.officerId) move(current.officerId, row.row).remove.add(current.villageId);
    }
    plan.updates++;
  }

  for (const [officerId, { add, remove, row }] of moves) {
    const held = snapshot.officersById.get(officerId);
    if (!held) {
      plan.error(row, "officer_badge", "import.officer_not_found", "No officer with this badge number in the county");
      continue;
    }
    const villageIds = new Set(held.item.villageIds ?? []);
    for (const id of add) villageIds.add(id);
    for (const id of remove) villageIds.delete(id);
    plan.update(
      (e) => {
        const patch = e.officer.patch({ countyId, officerId });
        const write = villageIds.size ? patch.set({ villageIds: [...villageIds] }) : patch.remove(["villageIds"]);
        return write.where((a, op) => op.eq(a.updatedAt, held.item.updatedAt)).commit();
      },
      held.raw,
      row,
    );
  }
};
