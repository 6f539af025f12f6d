import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { EntityItem } from "electrodb";
import * as z from "zod";
import type { Access } from "../access";
import { useCounty } from "../actor";
import { Counter } from "../counter/index";
import { documentClient } from "../db/client";
import { db } from "../db/service";
import { fn } from "../util/fn";
import { featureKinds, type FeatureEntity } from "./feature.entity";

export namespace Feature {
  export type Info = EntityItem<typeof FeatureEntity>;
  export type Kind = (typeof featureKinds)[number];

  /** What the portal shows: published stories and brands, and the work figures of a scope. */
  const portal: Access = { public: true };

  const newestFirst = (a: Info, b: Info) => b.publishedAt - a.publishedAt;

  /** The published stories and brands featuring a scope, newest first: one Query. */
  export const list = fn(
    portal,
    z.object({ scope: Counter.scopeSchema, kind: z.enum(featureKinds).optional() }),
    async ({ scope, kind }) => {
      const query = db.entities.feature.query.byScope({ countyId: useCounty(), scope, ...(kind ? { kind } : {}) });
      const { data } = await query.go({ pages: "all" });
      return data.sort(newestFirst);
    },
  );

  /**
   * A scope's work figures over a range of days and everything featuring it, in one Query: the
   * scope's partition read from the range's first day on holds the range's daily counters, then
   * the feature items (which sort after every counter).
   */
  export const withTotals = fn(portal, Counter.rangeSchema, async ({ scope, from, to }) => {
    const params = db.entities.counter.query.byScope({ countyId: useCounty(), scope }).gte({ day: from }).params();
    const items: Record<string, unknown>[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await documentClient.send(new QueryCommand({ ...params, ExclusiveStartKey: startKey }));
      items.push(...(page.Items ?? []));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    const counters = db.entities.counter.parse({ Items: items }).data.filter((counter) => counter.day <= to);
    const features = db.entities.feature.parse({ Items: items }).data.sort(newestFirst);
    return {
      totals: Counter.sum(counters),
      stories: features.filter((feature) => feature.kind === "story"),
      brands: features.filter((feature) => feature.kind === "brand"),
      /** The partition's raw items, for other public parts kept there (rating summary, praise). */
      items,
    };
  });
}
