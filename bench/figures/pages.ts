import type { PageWeight } from "../page-weight";
import { publicPages } from "../routes";
import { atMost, budgets, notYetMeasurable, type Row } from "../rows";

export type PageName = keyof typeof publicPages;

const labels: Record<PageName, string> = {
  home: "home",
  county_home: "county home",
  village_search: "village search",
  officer: "officer page",
  intake_form: "QR registration form",
};

/** HTML ≤ 14 KB gzip and JS ≤ 10 KB gzip (zero on read-only pages) for every public page. */
export function pageRows(weights: Map<PageName, PageWeight>): Row[] {
  const rows: Row[] = [];
  for (const [name, page] of Object.entries(publicPages) as Array<[PageName, (typeof publicPages)[PageName]]>) {
    const weight = weights.get(name)!;
    const html = {
      id: `page.html_gz.${name}`,
      figure: `HTML gzip, ${labels[name]}`,
      budget: budgets.publicHtmlGzip,
      unit: "bytes" as const,
    };
    const jsBudget = page.readOnly ? budgets.readOnlyJsGzip : budgets.publicJsGzip;
    const js = {
      id: `page.js_gz.${name}`,
      figure: `JS gzip, ${labels[name]}${page.readOnly ? " (read-only)" : ""}`,
      budget: jsBudget,
      unit: "bytes" as const,
    };
    if (weight.status !== 200) {
      const note = `GET ${page.path} answered ${weight.status}: not built yet`;
      rows.push(notYetMeasurable(html, note), notYetMeasurable(js, note));
      continue;
    }
    rows.push(
      atMost(html, weight.htmlGzipBytes),
      atMost(
        {
          ...js,
          note: weight.scripts.length ? `${weight.scripts.length} scripts: ${weight.scripts.join(", ")}` : "no scripts",
        },
        weight.jsGzipBytes,
      ),
    );
  }
  return rows;
}

/** Console pages: JS ≤ 60 KB gzip, measured signed in as the demo officer. */
export function consoleRow(path: string, weight: PageWeight): Row {
  const fields = {
    id: "page.js_gz.console",
    figure: "JS gzip, console",
    budget: budgets.consoleJsGzip,
    unit: "bytes" as const,
  };
  if (weight.status === 200) {
    const scripts = weight.scripts.length
      ? `${weight.scripts.length} scripts: ${weight.scripts.join(", ")}`
      : "no scripts yet";
    return atMost({ ...fields, note: `${path} signed in as the demo officer: ${scripts}` }, weight.jsGzipBytes);
  }
  const reason =
    weight.status >= 300 && weight.status < 400
      ? "redirects to sign-in: signing in as the demo officer failed"
      : "not built yet";
  return notYetMeasurable(fields, `GET ${path} answered ${weight.status}: ${reason}`);
}
