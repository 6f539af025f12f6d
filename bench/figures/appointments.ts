import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { notYetMeasurable, type Row } from "../rows";

type Measured = { attempts: number; slots: number; booked: number; taken: number; seconds: number; exact: boolean };

const fields = {
  id: "appointments.no_double_booking",
  figure: "Concurrent bookings of one officer's slots, none double-booked",
  budget: null,
  unit: "req/s",
} as const;

/**
 * 400 residents booking 40 slots of one officer at once (bench/appointments/measure.ts, in its own
 * process on an in-memory DynamoDB Local): passes when exactly one booking holds each slot and
 * every other attempt heard "just taken"; the figure is the attempts per second the run sustained.
 */
export function appointmentRows(): Row[] {
  const script = resolve(import.meta.dirname, "../appointments/measure.ts");
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
    return [notYetMeasurable(fields, `bench/appointments/measure.ts failed (exit ${child.status})`)];
  }
  return [
    {
      ...fields,
      measured: Number((measured.attempts / measured.seconds).toFixed(1)),
      ratio: null,
      pass: measured.exact,
      note: `${measured.attempts} attempts at ${measured.slots} slots in ${measured.seconds.toFixed(1)} s: ${measured.booked} booked, ${measured.taken} just taken${measured.exact ? "" : " — NOT exact"}`,
    },
  ];
}
