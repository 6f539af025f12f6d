import type { Officer } from "../../officer/index";
import type { Precinct } from "../../precinct/index";
import { Unique } from "../../unique/index";
import type { Plan, Row } from "../plan";
import { badgeKey, villageKey, type Held, type Snapshot } from "../snapshot";
import type { Village } from "../../village/index";

/**
 * Look-ups of other records by natural key, within the county of the snapshot only: a name from
 * another county is simply not found.
 */
export function precinctOf(plan: Plan, snapshot: Snapshot, row: Row, column = "precinct"): Precinct.Info | undefined {
  const found = snapshot.precincts.get(Unique.nameKey(row.values[column] ?? ""));
  if (!found) plan.error(row.row, column, "import.precinct_not_found", "No precinct of this name in the county");
  else if (found.item.status !== "active")
    plan.error(row.row, column, "import.precinct_archived", "This precinct is archived");
  else return found.item;
  return undefined;
}

export function villageOf(
  plan: Plan,
  snapshot: Snapshot,
  row: Row,
  precinctId: string,
  column = "village",
): Village.Info | undefined {
  const found = snapshot.villages.get(villageKey(precinctId, row.values[column] ?? ""));
  if (!found)
    plan.error(row.row, column, "import.village_not_found", "No village or community of this name in that precinct");
  else if (found.item.status !== "active")
    plan.error(row.row, column, "import.village_archived", "This village or community is archived");
  else return found.item;
  return undefined;
}

export function officerOf(plan: Plan, snapshot: Snapshot, row: Row, column: string): Held<Officer.Info> | undefined {
  const found = snapshot.officers.get(badgeKey(row.values[column] ?? ""));
  if (!found)
    plan.error(row.row, column, "import.officer_not_found", "No officer with this badge number in the county");
  else if (found.item.status !== "active")
    plan.error(row.row, column, "import.officer_archived", "This officer is archived");
  else return found;
  return undefined;
}
