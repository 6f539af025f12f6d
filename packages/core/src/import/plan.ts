import type * as z from "zod";
import { db } from "../db/service";
import { tableDefinition } from "../db/table";
import { columnOf, columns, type Column, type ImportKind } from "./columns";
import { columnLetter, unescapeFormula } from "./csv";
import type { Pinyin } from "../village/pinyin";
import type { RawItem, Snapshot } from "./snapshot";

/** A problem of the file: `row` 1 is the header; no row means the whole file. */
export type RowError = { row?: number; column?: string; letter?: string; code: string; message: string };

/** A raw TransactWriteItems entry, as ElectroDB's `commit()` builds it. */
export type TransactItem = {
  Put?: { Item: RawItem } & Record<string, unknown>;
  Update?: { Key: RawItem } & Record<string, unknown>;
};

/** One write of an apply and how to take it back. */
export type Op = { write: TransactItem; undo: { delete: RawItem } | { put: RawItem }; row?: number };

/** A data row: its number in the file and its cells by column key (trimmed, formula escapes undone). */
export type Row = { row: number; values: Record<string, string> };

/** Plans a file's rows; `pinyin` gives new villages their search keys and new officers their names. */
export type Planner = (rows: Row[], plan: Plan, snapshot: Snapshot, pinyin: Pinyin) => void;

type WriteEntities = Parameters<Parameters<typeof db.transaction.write>[0]>[0];
/** What an ElectroDB `commit()` in a transaction returns (its exact type varies by entity). */
type Commit = object;

/** The raw TransactWriteItems entry of one ElectroDB write, e.g. `(e) => e.grid.create(item).commit()`. */
function writeOf(build: (entities: WriteEntities) => Commit): TransactItem {
  const { TransactItems } = db.transaction.write((entities) => [build(entities) as never]).params() as {
    TransactItems: TransactItem[];
  };
  return TransactItems[0]!;
}

const keyOf = (item: RawItem) => ({
  [tableDefinition.partitionKey]: item[tableDefinition.partitionKey],
  [tableDefinition.sortKey]: item[tableDefinition.sortKey],
});

/** What an import would do: its writes (with undo), its figures and every problem found. */
export class Plan {
  readonly errors: RowError[] = [];
  readonly ops: Op[] = [];
  creates = 0;
  updates = 0;
  unchanged = 0;
  /** The file's header text and spreadsheet letter per column key. */
  headers = new Map<string, { text: string; letter: string }>();

  constructor(
    readonly kind: ImportKind,
    readonly countyId: string,
  ) {}

  /** Records a problem of a row, in a column given by key (or by the verb's field name). */
  error(row: number, column: string | undefined, code: string, message: string) {
    const definition = column ? columns[this.kind].find((c) => c.key === column || c.field === column) : undefined;
    const header = definition ? this.headers.get(definition.key) : undefined;
    this.errors.push({ row, column: header?.text ?? definition?.zh, letter: header?.letter, code, message });
  }

  /** Records every problem of a failed validation against its column. */
  invalid(row: number, error: z.ZodError) {
    for (const issue of error.issues)
      this.error(row, String(issue.path[0] ?? ""), "import.invalid_value", issue.message);
  }

  /** A new item (`(e) => e.grid.create(item).commit()`); undone by deleting it. */
  create(build: (entities: WriteEntities) => Commit, row: number) {
    const write = writeOf(build);
    if (!write.Put) throw new Error("Not a put");
    this.ops.push({ write, undo: { delete: keyOf(write.Put.Item) }, row });
  }

  /** A change of an existing item (`(e) => e.grid.patch(key).set(...).commit()`); undone by putting `before` back. */
  update(build: (entities: WriteEntities) => Commit, before: RawItem, row: number) {
    const write = writeOf(build);
    if (!write.Update) throw new Error("Not an update");
    this.ops.push({ write, undo: { put: before }, row });
  }
}

/** Maps the header to columns and the records to rows; header problems stop the reading. */
export function readRows(plan: Plan, header: string[], records: string[][]): Row[] {
  const seen = new Map<string, number>();
  header.forEach((text, index) => {
    const letter = columnLetter(index);
    if (!text.trim()) {
      if (records.some((record) => (record[index] ?? "").trim())) {
        plan.errors.push({
          row: 1,
          letter,
          code: "import.blank_header",
          message: "This column has data but no header",
        });
      }
      return;
    }
    const column: Column | undefined = columnOf(plan.kind, text);
    if (!column) {
      plan.errors.push({
        row: 1,
        column: text.trim(),
        letter,
        code: "import.unknown_column",
        message: "Unknown column",
      });
      return;
    }
    if (seen.has(column.key)) {
      plan.errors.push({
        row: 1,
        column: text.trim(),
        letter,
        code: "import.duplicate_column",
        message: "This column appears twice",
      });
      return;
    }
    seen.set(column.key, index);
    plan.headers.set(column.key, { text: text.trim(), letter });
  });
  for (const column of columns[plan.kind]) {
    if (column.required && !seen.has(column.key)) {
      plan.errors.push({
        row: 1,
        column: column.zh,
        code: "import.missing_column",
        message: "A required column is missing",
      });
    }
  }
  if (plan.errors.length) return [];

  const rows: Row[] = [];
  records.forEach((record, index) => {
    const row = index + 2;
    if (record.every((cell) => !cell.trim())) return; // blank lines, e.g. Excel's trailing ",,,"
    const extra = record.findIndex((cell, i) => cell.trim() && !header[i]?.trim());
    if (extra >= 0) {
      plan.errors.push({
        row,
        letter: columnLetter(extra),
        code: "import.extra_cell",
        message: "This cell is outside the columns of the header",
      });
    }
    const values: Record<string, string> = {};
    for (const [key, i] of seen) values[key] = unescapeFormula((record[i] ?? "").trim());
    rows.push({ row, values });
  });
  return rows;
}

/** Required cells that are blank, reported once each. Returns true when the row has them all. */
export function hasRequired(plan: Plan, row: Row): boolean {
  let complete = true;
  for (const column of columns[plan.kind]) {
    if (column.required && !row.values[column.key]) {
      plan.error(row.row, column.key, "import.required", "Required");
      complete = false;
    }
  }
  return complete;
}

/** Reports a second row with the same natural key; returns true for the first. */
export function firstOfKey(plan: Plan, seen: Map<string, number>, key: string, row: Row, column: string): boolean {
  const earlier = seen.get(key);
  if (earlier !== undefined) {
    plan.error(row.row, column, "import.duplicate_row", `Same as row ${earlier}`);
    return false;
  }
  seen.set(key, row.row);
  return true;
}

/** A cell's value, or undefined when blank (blank cells leave stored values alone). */
export const cell = (row: Row, key: string) => row.values[key] || undefined;

/** The fields of `next` that differ from `current`. */
export function changesOf<T extends Record<string, unknown>>(current: Record<string, unknown>, next: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(next).filter(([key, value]) => value !== undefined && current[key] !== value),
  ) as Partial<T>;
}
