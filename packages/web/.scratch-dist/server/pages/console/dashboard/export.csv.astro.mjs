import { D as Dashboard } from '../../../chunks/index_DODlOfNQ.mjs';
import { C as Counter } from '../../../chunks/index_ByJNsHNY.mjs';
import { stringify } from 'csv-stringify/sync';
import { c as consoleLang, f as formProblem } from '../../../chunks/index_DEu4dKf_.mjs';
import { w as workMessages } from '../../../chunks/index_CYLbpVVE.mjs';
export { renderers } from '../../../renderers.mjs';

function toCsv(header, rows) {
  const safe = (cell) => typeof cell === "string" && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return "\uFEFF" + stringify([header, ...rows.map((row) => row.map(safe))]);
}

const tables = ["totals", "weekly", "ranking"];
function dashboardCsv(board, table, labels) {
  if (table === "totals") {
    return toCsv([labels.figure, labels.count], Counter.figures.map((figure) => [labels.figures[figure] ?? figure, board.totals[figure]]));
  }
  if (table === "weekly") {
    return toCsv([labels.week, ...Counter.figures.map((figure) => labels.figures[figure] ?? figure)], board.weeks.map((row) => [row.week, ...Counter.figures.map((figure) => row.totals[figure])]));
  }
  return toCsv([labels.name, labels.entries], board.ranking.map((row) => [row.name, row.enough ? row.entries : ""]));
}

const GET = async ({
  url,
  cookies
}) => {
  const lang = consoleLang(cookies, url);
  const w = workMessages(lang);
  const table = tables.includes(url.searchParams.get("table") ?? "") ? url.searchParams.get("table") : "totals";
  try {
    const board = await Dashboard.forScope({
      scope: url.searchParams.get("scope") || void 0,
      from: url.searchParams.get("from") || void 0,
      to: url.searchParams.get("to") || void 0
    });
    const csv = dashboardCsv(board, table, {
      ...w,
      figures: w.categories
    });
    const filename = `cunjing-${table}-${board.from}-${board.to}.csv`;
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${filename}"`
      }
    });
  } catch (error) {
    const problem = formProblem(lang, error);
    return new Response(problem.message, {
      status: problem.status,
      headers: {
        "content-type": "text/plain; charset=utf-8"
      }
    });
  }
};

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  GET
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
