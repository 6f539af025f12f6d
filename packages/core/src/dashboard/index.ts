import * as z from "zod";
import { reaches, useScope, type Access, type Place } from "../access";
import { useActor, useCounty } from "../actor";
import { appointmentFigures, bookingsByVillage } from "../appointment/figures";
import { County } from "../county/index";
import { Counter } from "../counter/index";
import { childPrefix } from "../counter/write";
import { db } from "../db/service";
import { Excellence } from "../excellence/index";
import { ForbiddenError, NotFoundError } from "../util/errors";
import { fn } from "../util/fn";
import { daysBetween, weeksBetween, weekStart } from "./weeks";

/** Rankings leave out anyone with fewer entries than this in the range: one lucky week is no record. */
export const minimumSample = 20;
const longestRangeDays = 3 * 366;

export namespace Dashboard {
  /** County admins see the county; supervisors their precinct; officers themselves and their villages. */
  const viewers: Access = { county_admin: "county", precinct_supervisor: "precinct", officer: "patch" };

  export const inputSchema = z
    .object({
      scope: Counter.scopeSchema.optional(),
      from: Counter.daySchema.optional(),
      to: Counter.daySchema.optional(),
    })
    .transform((input) => {
      const half = Counter.halfYear();
      return { scope: input.scope, from: input.from ?? half.from, to: input.to ?? half.to };
    })
    .refine((range) => range.from <= range.to, { message: "The range ends before it starts", path: ["to"] })
    .refine((range) => daysBetween(range.from, range.to) <= longestRangeDays, {
      message: "Choose at most three years",
      path: ["from"],
    });

  export type RankingRow = { id: string; name: string; entries: number; enough: boolean };

  /**
   * A dashboard for one scope over a range of days, from counters only: one Query for the scope's
   * daily counters (with the ranking tallies of its children) and one for the county's roster
   * (names, and villages without an officer). Its cost grows with days in range, never with rows.
   */
  export const forScope = fn(viewers, inputSchema, async ({ scope: askedScope, from, to }) => {
    const countyId = useCounty();
    const scope = askedScope ?? defaultScope();

    const [counters, roster] = await Promise.all([
      db.entities.counter.query
        .byScope({ countyId, scope })
        .between({ day: from }, { day: to })
        .go({ pages: "all", data: "includeKeys" }),
      County.roster(),
    ]);
    const subject = describeScope(scope, roster);
    assertMayView(subject);

    const days = counters.data as Array<Record<string, unknown> & { day: string }>;
    const totals = Counter.sum(days as Array<Partial<Counter.Totals>>);
    const weeks = weeksBetween(from, to).map((week) => ({ week, totals: Counter.zero() }));
    const byWeek = new Map(weeks.map((row) => [row.week, row.totals]));
    for (const day of days) {
      const row = byWeek.get(weekStart(day.day));
      if (row) for (const figure of Counter.figures) row[figure] += Number(day[figure] ?? 0);
    }

    const ranking = rankChildren(subject, days, roster);
    const villagesWithoutOfficer =
      subject.kind === "county" || subject.kind === "precinct"
        ? roster.villages.filter((v) => !v.officerId && (subject.kind === "county" || v.precinctId === subject.id))
        : [];
    const choices = scopesFor(roster);
    // The county's progress toward its excellent-village target rides on the roster's criteria item.
    const excellence = subject.kind === "county" ? Excellence.progressOf(roster.county, roster.excellence) : undefined;
    const appointments = appointmentsOf(subject, days, roster);
    return {
      scope,
      subject,
      from,
      to,
      totals,
      weeks,
      ranking,
      villagesWithoutOfficer,
      minimumSample,
      choices,
      excellence,
      appointments,
    };
  });

  type Roster = Awaited<ReturnType<typeof County.roster>>;

  /** Appointment figures from the same daily items, and bookings per village for a county or precinct. */
  function appointmentsOf(subject: Subject, days: Array<Record<string, unknown>>, roster: Roster) {
    const tallies = bookingsByVillage(days);
    const byVillage =
      subject.kind === "county" || subject.kind === "precinct"
        ? roster.villages
            .filter((v) => subject.kind === "county" || v.precinctId === subject.id)
            .map((v) => ({
              villageId: v.villageId,
              name: v.nameZh,
              nameEn: v.nameEn,
              booked: tallies.get(v.villageId) ?? 0,
            }))
            .filter((row) => row.booked > 0)
            .sort((a, b) => b.booked - a.booked)
        : [];
    return { ...appointmentFigures(days), byVillage };
  }
  export type Subject = {
    kind: "county" | "precinct" | "village" | "officer";
    id: string;
    name: string;
    precinctId?: string;
  };

  function describeScope(scope: string, roster: Roster): Subject {
    if (scope === "county") return { kind: "county", id: roster.county.countyId, name: roster.county.nameZh };
    const [kind, id] = scope.split(":") as ["precinct" | "village" | "officer", string];
    const found =
      kind === "precinct"
        ? roster.precincts.find((p) => p.precinctId === id)
        : kind === "village"
          ? roster.villages.find((v) => v.villageId === id)
          : roster.officers.find((o) => o.officerId === id);
    if (!found) throw new NotFoundError("dashboard.scope_not_found", "No such precinct, village or officer");
    return { kind, id, name: found.nameZh, precinctId: "precinctId" in found ? found.precinctId : id };
  }

  /** Where a subject sits, for `reaches`: the county is reached by county-wide scopes only. */
  function placeOf(subject: Subject): Place {
    switch (subject.kind) {
      case "county":
        return {};
      case "precinct":
        return { precinctId: subject.id };
      case "village":
        return { precinctId: subject.precinctId, villageId: subject.id };
      case "officer":
        return { precinctId: subject.precinctId, officerId: subject.id };
    }
  }

  /** Officers see themselves and their villages; supervisors their precinct; county admins everything. */
  function assertMayView(subject: Subject) {
    if (!reaches(placeOf(subject))) throw new ForbiddenError("dashboard.out_of_patch", "This is outside your patch");
  }

  /** The caller's own: an officer's figures, a supervisor's precinct, otherwise the county. */
  function defaultScope(): string {
    const scope = useScope();
    const actor = useActor();
    const own = actor.type === "user" ? actor.properties : undefined;
    if (scope === "patch" && own?.officerId) return Counter.scope.officer(own.officerId);
    if (scope === "precinct" && own?.precinctId) return Counter.scope.precinct(own.precinctId);
    return "county";
  }

  export type Choice = { scope: string; kind: Subject["kind"]; name: string; nameEn: string };

  /** The scopes the caller may look at, for a scope picker. */
  function scopesFor(roster: Roster): Choice[] {
    const scope = useScope();
    const countyWide = scope === "county" || scope === "system";
    const patch = scope === "patch";
    const inPrecinct = (precinctId: string) => reaches({ precinctId });
    const choices: Choice[] = [];
    if (countyWide) {
      choices.push({ scope: "county", kind: "county", name: roster.county.nameZh, nameEn: roster.county.nameEn });
    }
    if (!patch) {
      for (const p of roster.precincts.filter((p) => inPrecinct(p.precinctId))) {
        choices.push({
          scope: Counter.scope.precinct(p.precinctId),
          kind: "precinct",
          name: p.nameZh,
          nameEn: p.nameEn,
        });
      }
    }
    for (const o of roster.officers) {
      if (patch ? reaches({ officerId: o.officerId }) : inPrecinct(o.precinctId)) {
        choices.push({ scope: Counter.scope.officer(o.officerId), kind: "officer", name: o.nameZh, nameEn: o.nameEn });
      }
    }
    for (const v of roster.villages) {
      if (patch ? reaches({ villageId: v.villageId }) : inPrecinct(v.precinctId)) {
        choices.push({ scope: Counter.scope.village(v.villageId), kind: "village", name: v.nameZh, nameEn: v.nameEn });
      }
    }
    return choices;
  }

  /** Precincts of a county, officers of a precinct: entries per child from the ranking tallies. */
  function rankChildren(subject: Subject, days: Array<Record<string, unknown>>, roster: Roster): RankingRow[] {
    if (subject.kind !== "county" && subject.kind !== "precinct") return [];
    const entries = new Map<string, number>();
    for (const day of days) {
      for (const [attribute, value] of Object.entries(day)) {
        if (attribute.startsWith(childPrefix)) {
          const id = attribute.slice(childPrefix.length);
          entries.set(id, (entries.get(id) ?? 0) + Number(value));
        }
      }
    }
    const children =
      subject.kind === "county"
        ? roster.precincts.map((p) => ({ id: p.precinctId, name: p.nameZh }))
        : roster.officers.filter((o) => o.precinctId === subject.id).map((o) => ({ id: o.officerId, name: o.nameZh }));
    return children
      .map((child) => {
        const count = entries.get(child.id) ?? 0;
        return { ...child, entries: count, enough: count >= minimumSample };
      })
      .sort((a, b) => Number(b.enough) - Number(a.enough) || b.entries - a.entries);
  }
}
