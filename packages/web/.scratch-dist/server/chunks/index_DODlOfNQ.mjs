import * as z from 'zod';
import { a as assertRole, u as useCounty, d as db } from './id_CvCQQS6k.mjs';
import { C as County } from './index_BeLTUk0H.mjs';
import { C as Counter } from './index_ByJNsHNY.mjs';
import { c as childPrefix } from './write_Dj5J0LcR.mjs';
import { N as NotFoundError, F as ForbiddenError } from './errors_MfzDXNyI.mjs';
import { f as fn } from './schemas_Cu4Pp2P7.mjs';
import { d as daysBetween, w as weeksBetween, a as weekStart } from './weeks_DOO-ePdE.mjs';

const minimumSample = 20;
const longestRangeDays = 3 * 366;
var Dashboard;
((Dashboard2) => {
  Dashboard2.inputSchema = z.object({
    scope: Counter.scopeSchema.optional(),
    from: Counter.daySchema.optional(),
    to: Counter.daySchema.optional()
  }).transform((input) => {
    const half = Counter.halfYear();
    return {
      scope: input.scope,
      from: input.from ?? half.from,
      to: input.to ?? half.to
    };
  }).refine((range) => range.from <= range.to, {
    message: "The range ends before it starts",
    path: ["to"]
  }).refine((range) => daysBetween(range.from, range.to) <= longestRangeDays, {
    message: "Choose at most three years",
    path: ["from"]
  });
  Dashboard2.forScope = fn(Dashboard2.inputSchema, async ({
    scope: askedScope,
    from,
    to
  }) => {
    const actor = assertRole("officer", "precinct_supervisor", "county_admin");
    const countyId = useCounty();
    const scope = askedScope ?? defaultScope(actor);
    const [counters, roster] = await Promise.all([db.entities.counter.query.byScope({
      countyId,
      scope
    }).between({
      day: from
    }, {
      day: to
    }).go({
      pages: "all",
      data: "includeKeys"
    }), County.roster()]);
    const subject = describeScope(scope, roster);
    assertMayView(actor, subject);
    const days = counters.data;
    const totals = Counter.sum(days);
    const weeks = weeksBetween(from, to).map((week) => ({
      week,
      totals: Counter.zero()
    }));
    const byWeek = new Map(weeks.map((row) => [row.week, row.totals]));
    for (const day of days) {
      const row = byWeek.get(weekStart(day.day));
      if (row) for (const figure of Counter.figures) row[figure] += Number(day[figure] ?? 0);
    }
    const ranking = rankChildren(subject, days, roster);
    const villagesWithoutOfficer = subject.kind === "county" || subject.kind === "precinct" ? roster.villages.filter((v) => !v.officerId && (subject.kind === "county" || v.precinctId === subject.id)) : [];
    const choices = scopesFor(actor, roster);
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
      choices
    };
  });
  function describeScope(scope, roster) {
    if (scope === "county") return {
      kind: "county",
      id: roster.county.countyId,
      name: roster.county.nameZh
    };
    const [kind, id] = scope.split(":");
    const found = kind === "precinct" ? roster.precincts.find((p) => p.precinctId === id) : kind === "village" ? roster.villages.find((v) => v.villageId === id) : roster.officers.find((o) => o.officerId === id);
    if (!found) throw new NotFoundError("dashboard.scope_not_found", "No such precinct, village or officer");
    return {
      kind,
      id,
      name: found.nameZh,
      precinctId: "precinctId" in found ? found.precinctId : id
    };
  }
  function assertMayView(actor, subject) {
    if (actor.type !== "user") return;
    const {
      role,
      officerId,
      precinctId,
      villageIds
    } = actor.properties;
    if (role === "county_admin") return;
    if (role === "precinct_supervisor" && subject.kind !== "county" && subject.precinctId === precinctId) return;
    if (role === "officer" && subject.kind === "officer" && subject.id === officerId) return;
    if (role === "officer" && subject.kind === "village" && villageIds.includes(subject.id)) return;
    throw new ForbiddenError("dashboard.out_of_patch", "This is outside your patch");
  }
  function defaultScope(actor) {
    if (actor.type !== "user") return "county";
    const {
      role,
      officerId,
      precinctId
    } = actor.properties;
    if (role === "officer" && officerId) return Counter.scope.officer(officerId);
    if (role === "precinct_supervisor" && precinctId) return Counter.scope.precinct(precinctId);
    return "county";
  }
  function scopesFor(actor, roster) {
    const role = actor.type === "user" ? actor.properties.role : "county_admin";
    const props = actor.type === "user" ? actor.properties : void 0;
    const inPrecinct = (precinctId) => role === "county_admin" || precinctId === props?.precinctId;
    const choices = [];
    if (role === "county_admin") {
      choices.push({
        scope: "county",
        kind: "county",
        name: roster.county.nameZh,
        nameEn: roster.county.nameEn
      });
    }
    if (role !== "officer") {
      for (const p of roster.precincts.filter((p2) => inPrecinct(p2.precinctId))) {
        choices.push({
          scope: Counter.scope.precinct(p.precinctId),
          kind: "precinct",
          name: p.nameZh,
          nameEn: p.nameEn
        });
      }
    }
    for (const o of roster.officers) {
      if (role === "officer" ? o.officerId === props?.officerId : inPrecinct(o.precinctId)) {
        choices.push({
          scope: Counter.scope.officer(o.officerId),
          kind: "officer",
          name: o.nameZh,
          nameEn: o.nameEn
        });
      }
    }
    for (const v of roster.villages) {
      if (role === "officer" ? props?.villageIds.includes(v.villageId) : inPrecinct(v.precinctId)) {
        choices.push({
          scope: Counter.scope.village(v.villageId),
          kind: "village",
          name: v.nameZh,
          nameEn: v.nameEn
        });
      }
    }
    return choices;
  }
  function rankChildren(subject, days, roster) {
    if (subject.kind !== "county" && subject.kind !== "precinct") return [];
    const entries = /* @__PURE__ */ new Map();
    for (const day of days) {
      for (const [attribute, value] of Object.entries(day)) {
        if (attribute.startsWith(childPrefix)) {
          const id = attribute.slice(childPrefix.length);
          entries.set(id, (entries.get(id) ?? 0) + Number(value));
        }
      }
    }
    const children = subject.kind === "county" ? roster.precincts.map((p) => ({
      id: p.precinctId,
      name: p.nameZh
    })) : roster.officers.filter((o) => o.precinctId === subject.id).map((o) => ({
      id: o.officerId,
      name: o.nameZh
    }));
    return children.map((child) => {
      const count = entries.get(child.id) ?? 0;
      return {
        ...child,
        entries: count,
        enough: count >= minimumSample
      };
    }).sort((a, b) => Number(b.enough) - Number(a.enough) || b.entries - a.entries);
  }
})(Dashboard || (Dashboard = {}));

export { Dashboard as D };
