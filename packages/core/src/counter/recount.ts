import { useCounty } from "../actor";
import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { documentClient } from "../db/client";
import { db } from "../db/service";
import { childPrefix } from "./write";
import { Counter } from "./index";

type Tally = Record<string, number>;
export type Drift = { scope: string; day: string; attribute: string; expected: number; actual: number };

/**
 * Rebuilds the county's counters from its work-log entries and reports where the stored counters
 * differ (drift). With `fix`, drifted daily items are rewritten to the rebuilt figures. Reads every
 * entry through the per-officer index and every counter through its scope: no Scan.
 */
export async function recount(options: { fix?: boolean } = {}) {
  const countyId = useCounty();
  const officers = (await db.entities.officer.query.byId({ countyId }).go({ pages: "all" })).data;
  const precincts = (await db.entities.precinct.query.byId({ countyId }).go({ pages: "all" })).data;
  const villages = (await db.entities.village.query.byId({ countyId }).go({ pages: "all" })).data;

  const expected = new Map<string, Tally>();
  const add = (scope: string, day: string, attribute: string) => {
    const key = `${scope}|${day}`;
    const tally = expected.get(key) ?? {};
    tally[attribute] = (tally[attribute] ?? 0) + 1;
    expected.set(key, tally);
  };
  let entries = 0;
  for (const officer of officers) {
    const logs = await db.entities.workLog.query
      .byOfficer({ countyId, officerId: officer.officerId })
      .go({ pages: "all" });
    for (const log of logs.data) {
      entries++;
      const scopes = Counter.scopesOf(log);
      for (const scope of scopes) add(scope, log.day, log.category);
      add("county", log.day, `${childPrefix}${log.precinctId}`);
      add(`precinct:${log.precinctId}`, log.day, `${childPrefix}${log.officerId}`);
      // Entries eliminated when first recorded carry their own day.
      const eliminatedOn = log.eliminatedOn ?? (log.hazardState === "eliminated" ? log.day : undefined);
      if (eliminatedOn) for (const scope of scopes) add(scope, eliminatedOn, "hazard_eliminated");
    }
  }

  const scopes = [
    "county",
    ...precincts.map((p) => Counter.scope.precinct(p.precinctId)),
    ...villages.map((v) => Counter.scope.village(v.villageId)),
    ...officers.map((o) => Counter.scope.officer(o.officerId)),
  ];
  const drifts: Drift[] = [];
  const actualKeys = new Set<string>();
  for (const scope of scopes) {
    const { data } = await db.entities.counter.query
      .byScope({ countyId, scope })
      .go({ pages: "all", data: "includeKeys" });
    for (const item of data as Array<Record<string, unknown> & { day: string }>) {
      const key = `${scope}|${item.day}`;
      actualKeys.add(key);
      const want = expected.get(key) ?? {};
      for (const attribute of new Set([...countedAttributes(item), ...Object.keys(want)])) {
        const actual = Number(item[attribute] ?? 0);
        if (actual !== (want[attribute] ?? 0))
          drifts.push({ scope, day: item.day, attribute, expected: want[attribute] ?? 0, actual });
      }
    }
  }
  for (const [key, want] of expected) {
    if (actualKeys.has(key)) continue;
    const [scope, day] = key.split("|") as [string, string];
    for (const [attribute, count] of Object.entries(want))
      drifts.push({ scope, day, attribute, expected: count, actual: 0 });
  }

  if (options.fix) await rewrite(countyId, drifts, expected);
  return { entries, scopes: scopes.length, drifts };
}

function countedAttributes(item: Record<string, unknown>) {
  return Object.keys(item).filter(
    (key) => (Counter.figures as readonly string[]).includes(key) || key.startsWith(childPrefix),
  );
}

/** Puts each drifted day back to exactly what the entries say. */
async function rewrite(countyId: string, drifts: Drift[], expected: Map<string, Tally>) {
  const days = new Set(drifts.map((d) => `${d.scope}|${d.day}`));
  for (const key of days) {
    const [scope, day] = key.split("|") as [string, string];
    const want = expected.get(key) ?? {};
    const figures = Object.fromEntries(Counter.figures.map((figure) => [figure, want[figure] ?? 0]));
    const children = Object.entries(want).filter(([attribute]) => attribute.startsWith(childPrefix));
    const update = db.entities.counter.update({ countyId, scope, day }).set(figures);
    const params = update.params() as {
      UpdateExpression: string;
      ExpressionAttributeNames: Record<string, string>;
      ExpressionAttributeValues: Record<string, unknown>;
    };
    // Stale ranking tallies are removed; current ones are set.
    const { data: current } = await db.entities.counter.get({ countyId, scope, day }).go({ data: "includeKeys" });
    const stale = Object.keys((current ?? {}) as Record<string, unknown>).filter(
      (a) => a.startsWith(childPrefix) && !(a in want),
    );
    children.forEach(([attribute, count], index) => {
      params.UpdateExpression = params.UpdateExpression.replace(/^SET /, `SET #fix_c${index} = :fix_c${index}, `);
      params.ExpressionAttributeNames[`#fix_c${index}`] = attribute;
      params.ExpressionAttributeValues[`:fix_c${index}`] = count;
    });
    if (stale.length) {
      params.UpdateExpression += ` REMOVE ${stale.map((_, index) => `#fix_r${index}`).join(", ")}`;
      stale.forEach((attribute, index) => (params.ExpressionAttributeNames[`#fix_r${index}`] = attribute));
    }
    await documentClient.send(new UpdateCommand(params as never));
  }
}
