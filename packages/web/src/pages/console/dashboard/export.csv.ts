import type { APIRoute } from "astro";
import { Dashboard } from "@cunjing/core/dashboard/index";
import { dashboardCsv, tables, type Table } from "@cunjing/core/dashboard/csv";
import { consoleLang, formProblem } from "../../../i18n/console";
import { workMessages } from "../../../i18n/console/work";

export const GET: APIRoute = async ({ url, cookies }) => {
  const lang = consoleLang(cookies, url);
  const w = workMessages(lang);
  const table = (tables as readonly string[]).includes(url.searchParams.get("table") ?? "")
    ? (url.searchParams.get("table") as Table)
    : "totals";
  try {
    const board = await Dashboard.forScope({
      scope: url.searchParams.get("scope") || undefined,
      from: url.searchParams.get("from") || undefined,
      to: url.searchParams.get("to") || undefined,
    });
    const csv = dashboardCsv(board, table, { ...w, figures: w.categories });
    const filename = `cunjing-${table}-${board.from}-${board.to}.csv`;
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${filename}"`,
      },
    });
  } catch (error) {
    const problem = formProblem(lang, error);
    return new Response(problem.message, {
      status: problem.status,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
};
