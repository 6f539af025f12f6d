import { stringify } from "csv-stringify/sync";

/**
 * A CSV a spreadsheet opens safely: UTF-8 with BOM (Excel then reads Chinese correctly), and any
 * cell that a spreadsheet would run as a formula (= + - @, tab, CR) prefixed with an apostrophe.
 */
export function toCsv(header: string[], rows: Array<Array<string | number>>): string {
  const safe = (cell: string | number) => (typeof cell === "string" && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);
  return "\uFEFF" + stringify([header, ...rows.map((row) => row.map(safe))]);
}
