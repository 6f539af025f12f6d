/** One line of the bench table and of bench/results.json. */
export interface Row {
  /** Stable id, e.g. `ddb.requests.county_home`. */
  id: string;
  figure: string;
  /** The limit from DESIGN §5, in `unit`; null when the figure has no numeric budget. */
  budget: number | null;
  /** null when the route or feature does not exist yet: never a made-up number. */
  measured: number | null;
  unit: Unit;
  /** measured ÷ budget: the share of the budget used; null without both numbers or with a zero budget. */
  ratio: number | null;
  pass: boolean;
  note?: string;
}

export type Unit = "requests" | "scans" | "bytes" | "×" | "req/s" | "items";

const KiB = 1024;
export const budgets = {
  publicPageRequests: 2,
  dashboardRequestsPerScope: 2,
  workLogWriteRequests: 1,
  scans: 0,
  dashboardRatio: 1.5,
  publicHtmlGzip: 14 * KiB,
  publicJsGzip: 10 * KiB,
  readOnlyJsGzip: 0,
  consoleJsGzip: 60 * KiB,
  lambdaBundleBytes: 1024 * KiB,
  coldImportRatio: 2,
} as const;

/** A figure that must stay at or under its budget. */
export function atMost(
  fields: { id: string; figure: string; budget: number; unit: Unit; note?: string },
  measured: number,
): Row {
  return {
    ...fields,
    measured,
    ratio: fields.budget > 0 ? measured / fields.budget : null,
    pass: measured <= fields.budget,
  };
}

/** A figure whose route or feature does not exist yet: reported, and failing, until it does. */
export function notYetMeasurable(
  fields: { id: string; figure: string; budget: number | null; unit: Unit },
  note: string,
): Row {
  return { ...fields, measured: null, ratio: null, pass: false, note };
}
