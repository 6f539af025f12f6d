import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { notYetMeasurable, type Row } from "../rows";

type Measured = { ratings: number; retried: number; failed: number; seconds: number; exact: boolean; count: number };

const fields = {
  id: "ratings.concurrent_exact",
  figure: "Concurrent ratings on one officer, aggregate exact",
  budget: null,
  unit: "req/s",
} as const;

/**
 * 500 verified ratings on one officer at once, 50 of them sent twice (bench/ratings/measure.ts, in
 * its own process on an in-memory DynamoDB Local): passes when every rating is counted exactly once;
 * the figure is the ratings per second the run sustained.
 */
export function ratingRows(): Row[] {
  const script = resolve(import.meta.dirname, "../ratings/measure.ts");
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
    return [notYetMeasurable(fields, `bench/ratings/measure.ts failed (exit ${child.status})`)];
  }
  const perSecond = measured.ratings / measured.seconds;
  return [
    {
      ...fields,
      measured: Number(perSecond.toFixed(1)),
      ratio: null,
      pass: measured.exact,
      note: `${measured.ratings} ratings + ${measured.retried} retries in ${measured.seconds.toFixed(1)} s; aggregate count ${measured.count}${measured.exact ? ", exact" : ", NOT exact"}${measured.failed ? `; ${measured.failed} failed` : ""}`,
    },
  ];
}
