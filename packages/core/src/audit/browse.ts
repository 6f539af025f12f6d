import * as z from "zod";
import type { Access } from "../access";
import { useCounty } from "../actor";
import { Counter } from "../counter/index";
import { checkCursor } from "../db/cursor";
import { db } from "../db/service";
import { fn } from "../util/fn";
import { id } from "../util/schemas";
import { auditActions } from "./actions";
import { Audit } from "./index";

/** The county admin reads the county's audit log; nobody else, the platform admin included. */
const auditors: Access = { county_admin: "county" };

const pageSize = 100;
/** A month's export stops here: the file stays one a spreadsheet opens. */
const exportLimit = 50_000;

const filterSchema = z.object({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Choose a month as YYYY-MM")
    .optional(),
  action: z.enum(auditActions, "Choose one of the listed actions").optional(),
  actorId: z.union([id, z.enum(["system", "anonymous", "public"])]).optional(),
});

/** One month of the county's events, newest first: by the month's partition, or by one actor's index. */
function eventsOf(countyId: string, filter: z.output<typeof filterSchema>) {
  const month = filter.month ?? Counter.dayOf(Date.now()).slice(0, 7);
  const action = filter.action;
  const query = filter.actorId
    ? db.entities.audit.query
        .byActor({ countyId, actorId: filter.actorId })
        .begins({ at: month })
        .where((a, op) => (action ? op.eq(a.action, action as string) : ""))
    : db.entities.audit.query
        .byMonth({ countyId, month })
        .where((a, op) => (action ? op.eq(a.action, action as string) : ""));
  return { month, query };
}

/**
 * A page of the county's audit log (who, what, which record, why, when), filtered by month, action
 * and actor. A filter reads the month's items and keeps the matching ones, so a page may hold fewer
 * than its size and still have a next page.
 */
export const browseEvents = fn(
  auditors,
  filterSchema.extend({ cursor: z.string().max(2000).optional() }),
  async (input) => {
    const { month, query } = eventsOf(useCounty(), input);
    const { data, cursor } = await query.go({
      order: "desc",
      limit: pageSize,
      cursor: checkCursor(input.cursor, query.params()),
    });
    return { month, events: data, cursor: cursor ?? undefined };
  },
);

/** Every matching event of the month for a CSV file; the export itself is audited. */
export const exportEvents = fn(auditors, filterSchema, async (input) => {
  const countyId = useCounty();
  const { month, query } = eventsOf(countyId, input);
  const { data } = await query.go({ order: "desc", pages: "all", limit: exportLimit });
  await Audit.record({
    countyId,
    action: "audit.exported",
    subject: month,
    detail: { rows: data.length, ...(input.action ? { filter: input.action } : {}) },
  });
  return { month, events: data };
});
