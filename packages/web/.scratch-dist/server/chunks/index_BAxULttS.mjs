import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { d as db, u as useCounty, j as featureKinds, f as documentClient } from './id_CvCQQS6k.mjs';
import { C as Counter } from './index_ByJNsHNY.mjs';
import { f as fn } from './schemas_Cu4Pp2P7.mjs';

var Feature;
((Feature2) => {
  const newestFirst = (a, b) => b.publishedAt - a.publishedAt;
  Feature2.list = fn(z.object({
    scope: Counter.scopeSchema,
    kind: z.enum(featureKinds).optional()
  }), async ({
    scope,
    kind
  }) => {
    const query = db.entities.feature.query.byScope({
      countyId: useCounty(),
      scope,
      ...kind ? {
        kind
      } : {}
    });
    const {
      data
    } = await query.go({
      pages: "all"
    });
    return data.sort(newestFirst);
  });
  Feature2.withTotals = fn(Counter.rangeSchema, async ({
    scope,
    from,
    to
  }) => {
    const params = db.entities.counter.query.byScope({
      countyId: useCounty(),
      scope
    }).gte({
      day: from
    }).params();
    const items = [];
    let startKey;
    do {
      const page = await documentClient.send(new QueryCommand({
        ...params,
        ExclusiveStartKey: startKey
      }));
      items.push(...page.Items ?? []);
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    const counters = db.entities.counter.parse({
      Items: items
    }).data.filter((counter) => counter.day <= to);
    const features = db.entities.feature.parse({
      Items: items
    }).data.sort(newestFirst);
    return {
      totals: Counter.sum(counters),
      stories: features.filter((feature) => feature.kind === "story"),
      brands: features.filter((feature) => feature.kind === "brand"),
      /** The partition's raw items, for other public parts kept there (rating summary, praise). */
      items
    };
  });
})(Feature || (Feature = {}));

export { Feature as F };
