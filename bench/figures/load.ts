import { loadUrl, type LoadOptions, type LoadResult } from "../load";
import { notYetMeasurable, type Row } from "../rows";

export interface LoadTargets {
  staticFile: string;
  countyPage: string;
  /** undefined while the officer page does not exist. */
  officerPage?: string;
  trpcQuery: string;
  /** A signed-in console query and its session cookie; undefined when signing in failed. */
  consoleQuery?: { url: string; cookie: string };
}

/**
 * Requests/s, p50/p99 and errors under load, one target after another against the same server:
 * a static file (the county page's own HTML, saved to the site's static folder), the county page,
 * the officer page, a public tRPC query and a signed-in console query. No §5 budget: a row passes
 * when it saw no errors.
 */
export async function loadRows(targets: LoadTargets, options: LoadOptions): Promise<Row[]> {
  const staticResult = await loadUrl(targets.staticFile, options);
  const county = await loadUrl(targets.countyPage, options);
  const officer = targets.officerPage ? await loadUrl(targets.officerPage, options) : undefined;
  const trpc = await loadUrl(targets.trpcQuery, options);
  const consoleQuery = targets.consoleQuery
    ? await loadUrl(targets.consoleQuery.url, { ...options, headers: { cookie: targets.consoleQuery.cookie } })
    : undefined;

  const rows = [
    loadRow("load.static_file", "Load: static file (same bytes as county page)", staticResult),
    loadRow("load.county_page", "Load: county page", county),
    officer
      ? loadRow("load.officer_page", "Load: officer page", officer)
      : notYetMeasurable(
          { id: "load.officer_page", figure: "Load: officer page", budget: null, unit: "req/s" },
          "the officer page is not built yet",
        ),
    loadRow("load.trpc_query", "Load: tRPC query county.bySlug", trpc),
    consoleQuery
      ? loadRow("load.console_query", "Load: console query auth.me, signed in", consoleQuery)
      : notYetMeasurable(
          { id: "load.console_query", figure: "Load: console query auth.me, signed in", budget: null, unit: "req/s" },
          "signing in as the demo officer failed",
        ),
  ];
  const page = officer ?? county;
  const ratio = page.requestsPerSecond / staticResult.requestsPerSecond;
  rows.push({
    id: "load.officer_page_rps_ratio",
    figure: "Load: officer page req/s ÷ static file's",
    budget: null,
    measured: ratio,
    unit: "×",
    ratio: null,
    pass: page.errors === 0 && staticResult.errors === 0,
    note: `${officer ? "officer page" : "county page (officer page not built yet)"} ${Math.round(page.requestsPerSecond)} vs static ${Math.round(staticResult.requestsPerSecond)} req/s, ${options.connections} connections, ${options.durationSeconds} s each`,
  });
  return rows;
}

function loadRow(id: string, figure: string, result: LoadResult): Row {
  return {
    id,
    figure,
    budget: null,
    measured: result.requestsPerSecond,
    unit: "req/s",
    ratio: null,
    pass: result.errors === 0 && result.total > 0,
    note: `p50 ${result.p50Ms} ms · p99 ${result.p99Ms} ms · ${result.errors} errors of ${result.total}${result.errors ? ` (${result.breakdown})` : ""}`,
  };
}

export function skippedLoadRows(): Row[] {
  return [
    "load.static_file",
    "load.county_page",
    "load.officer_page",
    "load.trpc_query",
    "load.console_query",
    "load.officer_page_rps_ratio",
  ].map((id) =>
    notYetMeasurable(
      { id, figure: `Load: ${id.slice(5)}`, budget: null, unit: id.endsWith("ratio") ? "×" : "req/s" },
      "skipped (--no-load)",
    ),
  );
}
