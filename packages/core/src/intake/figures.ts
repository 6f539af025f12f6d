import * as z from "zod";
import type { Access } from "../access";
import { useCounty } from "../actor";
import { Counter } from "../counter/index";
import { db } from "../db/service";
import { fn } from "../util/fn";

export type IntakeTotals = {
  submissions: number;
  alerts: number;
  delivered: number;
  deadLettered: number;
  pending: number;
};

function totalsOf(item: {
  submissions?: number;
  alerts?: number;
  delivered?: number;
  deadLettered?: number;
}): IntakeTotals {
  const alerts = item.alerts ?? 0;
  const delivered = item.delivered ?? 0;
  const deadLettered = item.deadLettered ?? 0;
  return {
    submissions: item.submissions ?? 0,
    alerts,
    delivered,
    deadLettered,
    pending: Math.max(alerts - delivered - deadLettered, 0),
  };
}

function add(into: IntakeTotals, more: IntakeTotals) {
  for (const key of Object.keys(into) as Array<keyof IntakeTotals>) into[key] += more[key];
}

function dayAfter(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** County aggregates: the county admin's dashboard and the health liaison's (no record, no personal data). */
const readers: Access = { county_admin: "county", health_liaison: "county" };

/**
 * The county dashboard's intake figures over a range of days, from counters only (one Query):
 * registrations per day and per village, red alerts, and where their deliveries stand (delivered,
 * dead letters, still pending or retrying).
 */
export const figures = fn(
  readers,
  z
    .object({ from: Counter.daySchema, to: Counter.daySchema })
    .refine((range) => range.from <= range.to, { message: "The range ends before it starts", path: ["to"] }),
  async ({ from, to }) => {
    const { data } = await db.entities.intakeCounter.query
      .byDay({ countyId: useCounty(), board: "intake" })
      .between({ day: from }, { day: dayAfter(to) })
      .go({ pages: "all" });
    const total: IntakeTotals = totalsOf({});
    const byDay = new Map<string, IntakeTotals>();
    const byVillage = new Map<string, IntakeTotals>();
    for (const item of data) {
      if (item.day < from || item.day > to) continue;
      // Village items only: a county-wide item would be the one item every registration of the
      // day meets, and concurrent transactions on it would conflict.
      const figures = totalsOf(item);
      add(total, figures);
      const date = byDay.get(item.day) ?? totalsOf({});
      add(date, figures);
      byDay.set(item.day, date);
      const village = byVillage.get(item.place) ?? totalsOf({});
      add(village, figures);
      byVillage.set(item.place, village);
    }
    return {
      total,
      byDay: [...byDay].map(([day, figures]) => ({ day, ...figures })).sort((a, b) => a.day.localeCompare(b.day)),
      byVillage: [...byVillage]
        .map(([villageId, figures]) => ({ villageId, ...figures }))
        .sort((a, b) => b.submissions - a.submissions),
    };
  },
);
