import * as z from 'zod';
import { l as categories, d as db, u as useCounty } from './id_CvCQQS6k.mjs';
import { f as fn } from './schemas_Cu4Pp2P7.mjs';

var Counter;
((Counter2) => {
  Counter2.categories = categories;
  Counter2.figures = [...categories, "hazard_eliminated"];
  Counter2.timeZone = "Asia/Shanghai";
  Counter2.scopeSchema = z.string().regex(/^(county|(precinct|village|officer):[a-z0-9-]{1,40})$/, "Not a valid counter scope");
  Counter2.scope = {
    county: () => "county",
    precinct: (precinctId) => `precinct:${precinctId}`,
    village: (villageId) => `village:${villageId}`,
    officer: (officerId) => `officer:${officerId}`
  };
  function scopesOf(entry) {
    return [Counter2.scope.county(), Counter2.scope.precinct(entry.precinctId), Counter2.scope.village(entry.villageId), Counter2.scope.officer(entry.officerId)];
  }
  Counter2.scopesOf = scopesOf;
  Counter2.daySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use YYYY-MM-DD").refine((value) => {
    const date = /* @__PURE__ */ new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, "Not a calendar day");
  const dayFormat = new Intl.DateTimeFormat("en-CA", {
    timeZone: Counter2.timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit"
  });
  function dayOf(instant) {
    return dayFormat.format(instant);
  }
  Counter2.dayOf = dayOf;
  function halfYear(instant = Date.now()) {
    const [year, month] = dayOf(instant).split("-").map(Number);
    return month <= 6 ? {
      year,
      half: 1,
      from: `${year}-01-01`,
      to: `${year}-06-30`
    } : {
      year,
      half: 2,
      from: `${year}-07-01`,
      to: `${year}-12-31`
    };
  }
  Counter2.halfYear = halfYear;
  function zero() {
    return Object.fromEntries(Counter2.figures.map((figure) => [figure, 0]));
  }
  Counter2.zero = zero;
  function sum(items) {
    const totals2 = zero();
    for (const item of items) for (const figure of Counter2.figures) totals2[figure] += item[figure] ?? 0;
    return totals2;
  }
  Counter2.sum = sum;
  Counter2.rangeSchema = z.object({
    scope: Counter2.scopeSchema,
    from: Counter2.daySchema,
    to: Counter2.daySchema
  }).refine((range) => range.from <= range.to, {
    message: "The range ends before it starts",
    path: ["to"]
  });
  Counter2.totals = fn(Counter2.rangeSchema, async ({
    scope: scope2,
    from,
    to
  }) => {
    const {
      data
    } = await db.entities.counter.query.byScope({
      countyId: useCounty(),
      scope: scope2
    }).between({
      day: from
    }, {
      day: to
    }).go({
      pages: "all"
    });
    return sum(data);
  });
})(Counter || (Counter = {}));

export { Counter as C };
