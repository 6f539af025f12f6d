import type { Row } from "./rows";

/** The bench's one table, as plain text. */
export function formatTable(rows: Row[]): string {
  const header = ["id", "figure", "budget", "measured", "ratio", "pass", "note"];
  const lines = rows.map((row) => [
    row.id,
    row.figure,
    row.budget === null ? "—" : `≤ ${formatValue(row.budget, row.unit)}`,
    row.measured === null ? "—" : formatValue(row.measured, row.unit),
    row.ratio === null ? "—" : row.ratio.toFixed(2),
    row.pass ? "pass" : "FAIL",
    row.note ?? "",
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)));
  const render = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join("  ")
      .trimEnd();
  return [render(header), render(widths.map((width) => "-".repeat(width))), ...lines.map(render)].join("\n");
}

export function formatValue(value: number, unit: Row["unit"]): string {
  switch (unit) {
    case "bytes":
      if (value === 0) return "0 KB";
      return value >= 1024 * 1024 ? `${(value / 1024 / 1024).toFixed(2)} MB` : `${(value / 1024).toFixed(1)} KB`;
    case "×":
      return `${value.toFixed(2)}×`;
    case "req/s":
      return `${Math.round(value)} req/s`;
    default:
      return String(value);
  }
}
