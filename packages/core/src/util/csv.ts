import { stringify } from "csv-stringify/sync";

/** Characters that make a spreadsheet read a cell as a formula (CSV injection). */
export const formulaStart = /^[=+\-@\t\r]/;

/** A cell a spreadsheet will show as text: formulas get a leading apostrophe. */
export function escapeFormula(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

/**
 * A CSV a spreadsheet opens safely: UTF-8 with BOM (Excel then reads Chinese correctly), and any
 * cell that a spreadsheet would run as a formula prefixed with an apostrophe.
 */
export function toCsv(header: string[], rows: Array<Array<string | number>>): string {
  const safe = (cell: string | number) => (typeof cell === "string" ? escapeFormula(cell) : cell);
  return "\uFEFF" + stringify([header, ...rows.map((row) => row.map(safe))]);
}
