import { QueryCommand, type QueryCommandInput } from "@aws-sdk/lib-dynamodb";
import * as z from "zod";
import { useCounty } from "../actor";
import { Counter } from "../counter/index";
import { documentClient } from "../db/client";
import { db } from "../db/service";
import { fn } from "../util/fn";
import { workers } from "./access";
import { toSummary } from "./read";
import { readableScope, scopeSchema } from "./scope";

/** The earliest possible due date, as a sort-key bound. */
const beforeAnyDay = "0000-00-00";

export const overdueSchema = z.object({
  scope: scopeSchema,
  /** How many of the oldest overdue tasks to return. */
  first: z.number().int().min(1).max(50).default(10),
});

/**
 * Active tasks of a scope whose due date (Asia/Shanghai) has passed: how many, and the oldest
 * `first` of them, most overdue first. At most two DynamoDB requests: one Query for the items;
 * a second, `Select: COUNT` over the same key range, only when there are more than `first`.
 * The range is the open queue's sort keys from `…duedate_0000-00-00` to `…duedate_<today>`:
 * BETWEEN is inclusive, but an entry due today sorts after the bare `…duedate_<today>` (its key
 * goes on with the rank and id), so the range holds exactly the tasks due before today.
 * A COUNT reads at most 1 MB of entries (a few thousand); beyond that `exact` is false and
 * `count` is a lower bound rather than spending more requests.
 */
export const overdueTasks = fn(workers, overdueSchema, async (input) => {
  const { scope, precinctId } = readableScope(input.scope);
  const today = Counter.dayOf(Date.now());
  const query = db.entities.taskOpen.query
    .byDue({ countyId: useCounty(), taskScope: scope })
    .between({ dueDate: beforeAnyDay }, { dueDate: today })
    .where((a, op) => (precinctId ? op.eq(a.precinctId, precinctId) : ""));
  const { data, cursor } = await query.go({ limit: input.first });
  const items = data.map(toSummary);
  if (!cursor) return { today, count: items.length, exact: true, items };

  const { Limit: _limit, ...params } = query.params() as QueryCommandInput;
  const counted = await documentClient.send(new QueryCommand({ ...params, Select: "COUNT" }));
  return { today, count: Math.max(counted.Count ?? 0, items.length), exact: !counted.LastEvaluatedKey, items };
});
