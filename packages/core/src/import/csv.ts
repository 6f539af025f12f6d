import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { escapeFormula, formulaStart } from "../util/csv";
import { InputError } from "../util/errors";

export { escapeFormula };

export const maxFileBytes = 5 * 1024 * 1024;
export const maxRows = 20_000;
const maxCellLength = 2_000;

/** Undoes `escapeFormula`, so an exported file imports unchanged. Nothing is ever evaluated. */
export function unescapeFormula(value: string): string {
  return value.startsWith("'") && formulaStart.test(value.slice(1)) ? value.slice(1) : value;
}

/** Header and records of CSV text; a record's row number is its index + 2 (the header is row 1). */
export function parseCsv(text: string): { header: string[]; records: string[][] } {
  let rows: string[][];
  try {
    rows = parse(text, {
      relax_column_count: true,
      skip_empty_lines: false,
      max_record_size: 64 * 1024,
      record_delimiter: ["\r\n", "\n", "\r"],
    }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    const message = line
      ? `The file is not valid CSV near line ${line} (check its quotes)`
      : "The file is not valid CSV (check its quotes)";
    throw new InputError("import.malformed", message, { file: [message] });
  }
  const [header, ...records] = rows;
  if (!header || header.every((cell) => !cell.trim())) {
    throw new InputError("import.empty", "The file is empty", { file: ["The file is empty"] });
  }
  if (records.length > maxRows) {
    const message = `The file has ${records.length.toLocaleString("en")} rows; import at most ${maxRows.toLocaleString("en")} per file`;
    throw new InputError("import.too_many_rows", message, { file: [message] });
  }
  const long = records.findIndex((record) => record.some((cell) => cell.length > maxCellLength));
  if (long >= 0) {
    const message = `Row ${long + 2} has a cell longer than ${maxCellLength} characters`;
    throw new InputError("import.cell_too_long", message, { file: [message] });
  }
  return { header, records };
}

/** CSV bytes Excel opens correctly: UTF-8 with a byte-order mark, CRLF, formulas escaped. */
export function csvBytes(rows: string[][]): Uint8Array<ArrayBuffer> {
  const text = stringify(
    rows.map((row) => row.map(escapeFormula)),
    { record_delimiter: "windows" },
  );
  return new TextEncoder().encode(`\uFEFF${text}`);
}

/** "A", "B", … "AA": the spreadsheet letter of a column index. */
export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
