import type { db } from "../db/service";

/** The entities as a `db.transaction.write` callback receives them. */
export type TransactionEntities = Parameters<Parameters<typeof db.transaction.write>[0]>[0];
import type { Category } from "./counter.entity";

/** Ranking tallies live in the parent scope's daily item as `child_<id>` (entries per child). */
export const childPrefix = "child_";

export type CountedEntry = {
  countyId: string;
  precinctId: string;
  villageId: string;
  officerId: string;
  day: string;
};

export type CounterChange = {
  entry: CountedEntry;
  figure: Category | "hazard_eliminated";
  delta: number;
  /** Tally the entry for rankings (its precinct in the county item, its officer in the precinct item). Default true. */
  rank?: boolean;
};

type Target = { scope: string; day: string; figures: Record<string, number>; children: Record<string, number> };

/**
 * The counter updates for a change of work, as transaction items for the same TransactWriteItems
 * as the change itself: each change moves its figure in the county, precinct, village and officer
 * scopes of its day. Changes that hit the same daily item are merged (a transaction may touch an
 * item once), and what nets to zero is left out.
 */
export function counterChanges(counter: TransactionEntities["counter"], changes: CounterChange[]) {
  const targets = new Map<string, Target>();
  const countyIds = new Set(changes.map((change) => change.entry.countyId));
  if (countyIds.size > 1) throw new Error("Counter changes must stay within one county");
  const countyId = [...countyIds][0];

  for (const { entry, figure, delta, rank = true } of changes) {
    const scopes: Array<{ scope: string; child?: string }> = [
      { scope: "county", child: rank ? entry.precinctId : undefined },
      { scope: `precinct:${entry.precinctId}`, child: rank ? entry.officerId : undefined },
      { scope: `village:${entry.villageId}` },
      { scope: `officer:${entry.officerId}` },
    ];
    for (const { scope, child } of scopes) {
      const key = `${scope}|${entry.day}`;
      const target = targets.get(key) ?? { scope, day: entry.day, figures: {}, children: {} };
      target.figures[figure] = (target.figures[figure] ?? 0) + delta;
      if (child) target.children[child] = (target.children[child] ?? 0) + delta;
      targets.set(key, target);
    }
  }

  return [...targets.values()].flatMap(({ scope, day, figures, children }) => {
    const moved = Object.fromEntries(Object.entries(figures).filter(([, delta]) => delta !== 0));
    const tallies = Object.entries(children).filter(([, delta]) => delta !== 0);
    if (!Object.keys(moved).length && !tallies.length) return [];
    const item = counter.update({ countyId: countyId!, scope, day }).add(moved).commit();
    const { Update } = item as unknown as { Update: UpdateParams };
    tallies.forEach(([child, delta], index) => addToUpdate(Update, `${childPrefix}${child}`, delta, index));
    return [item];
  });
}

type UpdateParams = {
  UpdateExpression: string;
  ExpressionAttributeNames: Record<string, string>;
  ExpressionAttributeValues: Record<string, unknown>;
};

/** ElectroDB only adds declared attributes; ranking tallies have ids in their names. */
function addToUpdate(update: UpdateParams, attribute: string, delta: number, index: number) {
  const name = `#rank_child${index}`;
  const value = `:rank_child${index}`;
  update.UpdateExpression = update.UpdateExpression.includes(" ADD ")
    ? update.UpdateExpression.replace(" ADD ", ` ADD ${name} ${value}, `)
    : `${update.UpdateExpression} ADD ${name} ${value}`;
  update.ExpressionAttributeNames[name] = attribute;
  update.ExpressionAttributeValues[value] = delta;
}
