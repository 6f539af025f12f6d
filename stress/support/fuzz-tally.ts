/** Cases and statuses per property, printed as the fuzz run's totals. */
export class FuzzTally {
  private readonly rows = new Map<string, { cases: number; statuses: Map<number, number>; note?: string }>();

  record(property: string, status: number): void {
    const row = this.rows.get(property) ?? { cases: 0, statuses: new Map<number, number>() };
    row.cases++;
    row.statuses.set(status, (row.statuses.get(status) ?? 0) + 1);
    this.rows.set(property, row);
  }

  note(property: string, note: string): void {
    const row = this.rows.get(property) ?? { cases: 0, statuses: new Map<number, number>() };
    row.note = note;
    this.rows.set(property, row);
  }

  get cases(): number {
    return [...this.rows.values()].reduce((sum, row) => sum + row.cases, 0);
  }

  get serverErrors(): number {
    let count = 0;
    for (const row of this.rows.values()) for (const [status, n] of row.statuses) if (status >= 500) count += n;
    return count;
  }

  format(): string {
    const lines = [...this.rows].map(([property, row]) => {
      const statuses = [...row.statuses]
        .sort(([a], [b]) => a - b)
        .map(([status, n]) => `${status}×${n}`)
        .join(" ");
      return `  ${property.padEnd(44)} ${String(row.cases).padStart(6)}  ${statuses}${row.note ? `  (${row.note})` : ""}`;
    });
    return [`Fuzz totals: ${this.cases} cases, ${this.serverErrors} answered 5xx`, ...lines].join("\n");
  }
}
