import { Counter } from "../counter/index";
import { toCsv } from "../util/csv";
import type { Dashboard } from "./index";

export type Board = Awaited<ReturnType<typeof Dashboard.forScope>>;
export const tables = ["totals", "weekly", "ranking"] as const;
export type Table = (typeof tables)[number];

/** One table of a dashboard as CSV, with the given column and figure labels. */
export function dashboardCsv(
  board: Board,
  table: Table,
  labels: {
    figure: string;
    count: string;
    week: string;
    name: string;
    entries: string;
    figures: Record<string, string>;
  },
) {
  if (table === "totals") {
    return toCsv(
      [labels.figure, labels.count],
      Counter.figures.map((figure) => [labels.figures[figure] ?? figure, board.totals[figure]]),
    );
  }
  if (table === "weekly") {
    return toCsv(
      [labels.week, ...Counter.figures.map((figure) => labels.figures[figure] ?? figure)],
      board.weeks.map((row) => [row.week, ...Counter.figures.map((figure) => row.totals[figure])]),
    );
  }
  return toCsv(
    [labels.name, labels.entries],
    board.ranking.map((row) => [row.name, row.enough ? row.entries : ""]),
  );
}
