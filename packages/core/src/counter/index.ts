import type { EntityItem } from "electrodb";
import * as z from "zod";
import type { Access } from "../access";
import { useCounty } from "../actor";
import { db } from "../db/service";
import { calendarDay } from "../util/day";
import { fn } from "../util/fn";
import { categories as allCategories, type Category as CategoryName, type CounterEntity } from "./counter.entity";

export namespace Counter {
  export type Info = EntityItem<typeof CounterEntity>;
  export type Category = CategoryName;
  export const categories = allCategories;
  /** Every daily figure: the work categories, and hazards eliminated. */
  export const figures = [...allCategories, "hazard_eliminated"] as const;
  export type Figure = (typeof figures)[number];
  export type Totals = Record<Figure, number>;

  /** Days are bucketed in this zone, whoever writes or reads them. */
  export const timeZone = "Asia/Shanghai";

  /** `county`, `precinct:<id>`, `village:<id>` or `officer:<id>`. */
  export const scopeSchema = z
    .string()
    .regex(/^(county|(precinct|village|officer):[a-z0-9-]{1,40})$/, "Not a valid counter scope");

  export const scope = {
    county: () => "county",
    precinct: (precinctId: string) => `precinct:${precinctId}`,
    village: (villageId: string) => `village:${villageId}`,
    officer: (officerId: string) => `officer:${officerId}`,
  };

  /** Every scope a work-log entry counts toward. */
  export function scopesOf(entry: { precinctId: string; villageId: string; officerId: string }): string[] {
    return [
      scope.county(),
      scope.precinct(entry.precinctId),
      scope.village(entry.villageId),
      scope.officer(entry.officerId),
    ];
  }

  export const daySchema = calendarDay;

  const dayFormat = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });

  /** The day (`YYYY-MM-DD`, Asia/Shanghai) an instant falls on. */
  export function dayOf(instant: number | Date): string {
    return dayFormat.format(instant);
  }

  export type HalfYear = { year: number; half: 1 | 2; from: string; to: string };

  /** The half-year (January–June or July–December, Asia/Shanghai) an instant falls in. */
  export function halfYear(instant: number | Date = Date.now()): HalfYear {
    const [year, month] = dayOf(instant).split("-").map(Number) as [number, number];
    return month <= 6
      ? { year, half: 1, from: `${year}-01-01`, to: `${year}-06-30` }
      : { year, half: 2, from: `${year}-07-01`, to: `${year}-12-31` };
  }

  export function zero(): Totals {
    return Object.fromEntries(figures.map((figure) => [figure, 0])) as Totals;
  }

  /** Sums daily items per figure; missing figures count as zero. */
  export function sum(items: Iterable<Partial<Totals>>): Totals {
    const totals = zero();
    for (const item of items) for (const figure of figures) totals[figure] += item[figure] ?? 0;
    return totals;
  }

  export const rangeSchema = z
    .object({ scope: scopeSchema, from: daySchema, to: daySchema })
    .refine((range) => range.from <= range.to, { message: "The range ends before it starts", path: ["to"] });

  /**
   * Who reads work figures: everyone, as the portal shows them (the county's, each village's and each
   * officer's, through `Feature.withTotals`); staff read them beside stories for review.
   */
  const readers: Access = { public: true };

  /** Work figures of one scope of the actor's county over a range of days: one Query. */
  export const totals = fn(readers, rangeSchema, async ({ scope, from, to }) => {
    const { data } = await db.entities.counter.query
      .byScope({ countyId: useCounty(), scope })
      .between({ day: from }, { day: to })
      .go({ pages: "all" });
    return sum(data);
  });
}
