import type { RouteCost } from "../ddb-requests";
import { demoRoutes, type RouteName } from "../routes";
import { atMost, budgets, notYetMeasurable, type Row } from "../rows";

/** Routes whose DynamoDB requests are counted (and whose Scans must be zero). */
export const countedRoutes: RouteName[] = [
  "home",
  "homeEn",
  "countyHome",
  "countyHomeEn",
  "villageSearch",
  "officerPage",
  "officerPageEn",
  "trpcCountyBySlug",
  "trpcCountyList",
  "storyPage",
  "brandPage",
  "excellentList",
];

export function requestRows(costs: Map<RouteName, RouteCost>): Row[] {
  const rows: Row[] = [];
  const county = costs.get("countyHome")!;
  const countyFields = {
    id: "ddb.requests.county_home",
    figure: "DynamoDB requests, county home",
    budget: budgets.publicPageRequests,
    unit: "requests" as const,
  };
  rows.push(
    county.status === 200
      ? atMost({ ...countyFields, note: `GET ${county.path}: ${county.commands.join(", ")}` }, county.commands.length)
      : notYetMeasurable(countyFields, `GET ${county.path} answered ${county.status}`),
  );

  const officer = costs.get("officerPage")!;
  const officerFields = {
    id: "ddb.requests.officer_page",
    figure: "DynamoDB requests, officer page",
    budget: budgets.publicPageRequests,
    unit: "requests" as const,
  };
  rows.push(
    officer.status === 200
      ? atMost(
          { ...officerFields, note: `GET ${officer.path}: ${officer.commands.join(", ")}` },
          officer.commands.length,
        )
      : notYetMeasurable(
          officerFields,
          `GET ${officer.path} answered ${officer.status}: the officer page is not built yet`,
        ),
  );

  const served = [...costs.values()].filter((cost) => cost.status < 400);
  const scans = served.reduce(
    (sum, cost) => sum + cost.commands.filter((command) => command === "ScanCommand").length,
    0,
  );
  const perRoute = served.map((cost) => `${shortPath(cost.path)} ${cost.commands.length}`).join(" · ");
  rows.push(
    atMost(
      {
        id: "ddb.scans",
        figure: "Scans in request paths",
        budget: budgets.scans,
        unit: "scans",
        note: `requests per route: ${perRoute}`,
      },
      scans,
    ),
  );
  return rows;
}

function shortPath(path: string): string {
  const route = Object.entries(demoRoutes).find(([, value]) => value === path)?.[0];
  return route?.startsWith("trpc") ? path.replace(/\?.*$/, "").replace("/api/trpc/", "trpc ") : path;
}
