import { QueryCommand, type QueryCommandInput } from "@aws-sdk/lib-dynamodb";
import type { Grid } from "../grid/index";
import { documentClient } from "../db/client";
import { db } from "../db/service";
import type { Officer } from "../officer/index";
import type { Precinct } from "../precinct/index";
import { Unique } from "../unique/index";
import type { Village } from "../village/index";

export type RawItem = Record<string, unknown>;
/** An item as the code sees it, and exactly as stored (to put back on rollback). */
export type Held<T> = { item: T; raw: RawItem };

/**
 * What an import compares its rows with: the county's precincts, villages and officers (one
 * paginated Query of the roster partition) and, for grid files, its grids (one of the grid index),
 * by natural key. Raw items are kept so a rollback restores them byte for byte.
 */
export type Snapshot = {
  precincts: Map<string, Held<Precinct.Info>>;
  precinctsById: Map<string, Precinct.Info>;
  villages: Map<string, Held<Village.Info>>;
  villagesById: Map<string, Village.Info>;
  officers: Map<string, Held<Officer.Info>>;
  officersById: Map<string, Held<Officer.Info>>;
  officerSlugs: Set<string>;
  grids: Map<string, Held<Grid.Info>>;
};

export const villageKey = (precinctId: string, nameZh: string) => Unique.villageNameValue(precinctId, nameZh);
export const gridKey = (villageId: string, code: string) => `${villageId}/${code.toLowerCase()}`;
export const badgeKey = (badge: string) => badge.trim().toLowerCase();

async function queryRaw(params: QueryCommandInput): Promise<RawItem[]> {
  const items: RawItem[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await documentClient.send(new QueryCommand({ ...params, ExclusiveStartKey: start }));
    items.push(...((page.Items ?? []) as RawItem[]));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

/** Parses raw items of one entity, keeping each beside its raw form. */
function held<T>(
  entity: { parse: (response: { Items: RawItem[] }) => { data: unknown[] } },
  raws: RawItem[],
): Array<Held<T>> {
  const { data } = entity.parse({ Items: raws });
  if (data.length !== raws.length) throw new Error("Could not parse every item of the county");
  return raws.map((raw, index) => ({ item: data[index] as T, raw }));
}

export async function readSnapshot(countyId: string, withGrids: boolean): Promise<Snapshot> {
  const [roster, grids] = await Promise.all([
    queryRaw(db.collections.roster({ countyId }).params() as QueryCommandInput),
    withGrids
      ? queryRaw(db.entities.grid.query.byCounty({ countyId }).params() as QueryCommandInput)
      : Promise.resolve([]),
  ]);
  const ofEntity = (name: string) => roster.filter((raw) => raw.__edb_e__ === name);
  const snapshot: Snapshot = {
    precincts: new Map(),
    precinctsById: new Map(),
    villages: new Map(),
    villagesById: new Map(),
    officers: new Map(),
    officersById: new Map(),
    officerSlugs: new Set(),
    grids: new Map(),
  };
  for (const entry of held<Precinct.Info>(db.entities.precinct, ofEntity("precinct"))) {
    snapshot.precincts.set(Unique.nameKey(entry.item.nameZh), entry);
    snapshot.precinctsById.set(entry.item.precinctId, entry.item);
  }
  for (const entry of held<Village.Info>(db.entities.village, ofEntity("village"))) {
    snapshot.villages.set(villageKey(entry.item.precinctId, entry.item.nameZh), entry);
    snapshot.villagesById.set(entry.item.villageId, entry.item);
  }
  for (const entry of held<Officer.Info>(db.entities.officer, ofEntity("officer"))) {
    snapshot.officers.set(badgeKey(entry.item.badge), entry);
    snapshot.officersById.set(entry.item.officerId, entry);
    snapshot.officerSlugs.add(entry.item.slug);
  }
  for (const entry of held<Grid.Info>(db.entities.grid, grids)) {
    snapshot.grids.set(gridKey(entry.item.villageId, entry.item.code), entry);
  }
  return snapshot;
}
