import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { formatTable } from "../format";
import { notYetMeasurable, type Row } from "../rows";

type Measured = {
  submissions: number;
  matching: number;
  replayed: number;
  failed: number;
  alerts: number;
  delivered: number;
  deliveredOnce: number;
  deliveredMore: number;
  attempts: number;
  registeredSeconds: number;
  seconds: number;
  exact: boolean;
  items: number;
  plaintext: number;
  fullItems: number | null;
  fullPlaintext: number | null;
};

const plaintextFields = {
  id: "intake.plaintext_pii",
  figure: "Plaintext name/ID/phone/address in a raw table dump",
  budget: 0,
  unit: "items",
} as const;
const alertFields = {
  id: "intake.alerts_exact",
  figure: "Red alerts delivered exactly once (webhook fails 2 of 3)",
  budget: null,
  unit: "items",
} as const;

/**
 * 27,261 registrations (146 from a region on the risk list) through the real intake verbs, with a
 * webhook that fails the first two attempts of every delivery (bench/intake/measure.ts, its own
 * process on an in-memory DynamoDB Local); then every string of a raw dump of the table is searched
 * for the residents' names, ID numbers, phones and addresses.
 */
export function intakeRows(): Row[] {
  const script = resolve(import.meta.dirname, "../intake/measure.ts");
  const child = spawnSync(process.execPath, ["--import", "tsx", script], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    env: process.env,
    maxBuffer: 1 << 24,
  });
  const line = child.stdout.trim().split("\n").pop() ?? "";
  let measured: Measured;
  try {
    measured = JSON.parse(line) as Measured;
  } catch {
    const note = `bench/intake/measure.ts failed (exit ${child.status})`;
    return [notYetMeasurable(plaintextFields, note), notYetMeasurable(alertFields, note)];
  }
  return [
    {
      ...plaintextFields,
      measured: measured.plaintext + (measured.fullPlaintext ?? 0),
      ratio: null,
      pass: measured.plaintext === 0 && (measured.fullPlaintext ?? 0) === 0,
      note:
        `${measured.items} items dumped after the first 1,000 registrations` +
        (measured.fullItems === null
          ? "; the dump after all of them failed (DynamoDB Local)"
          : `, ${measured.fullItems} after all ${measured.submissions}`),
    },
    {
      ...alertFields,
      measured: measured.deliveredOnce,
      ratio: null,
      pass: measured.exact,
      note:
        `${measured.submissions} registrations (${measured.replayed} sent twice), ${measured.matching} on the risk list: ` +
        `${measured.alerts} alerts, ${measured.delivered} delivered, ${measured.deliveredMore} more than once, ` +
        `${measured.attempts} webhook attempts; registered in ${measured.registeredSeconds.toFixed(1)} s, ` +
        `all delivered at ${measured.seconds.toFixed(1)} s` +
        (measured.failed ? `; ${measured.failed} registrations failed` : "") +
        (measured.exact ? "" : "; NOT exact"),
    },
  ];
}

// `npx tsx bench/figures/intake.ts`: these rows alone.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const rows = intakeRows();
  console.log(formatTable(rows));
  process.exitCode = rows.every((row) => row.pass) ? 0 : 1;
}
