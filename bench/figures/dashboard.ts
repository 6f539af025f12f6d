import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { atMost, budgets, notYetMeasurable, type Row } from "../rows";

type Measured = {
  medianMs: Record<string, number>;
  requests: Record<string, number>;
  scans: number;
  entries240k: number;
  drift: number;
  writeCommands: string[];
  burst: { submissions: number; distinct: number; counted: number; failed: number; drift: number; seconds: number };
};

/**
 * The county dashboard over a half-year at 1,000 and at 240,000 work-log entries, timed side by
 * side in one run (bench/dashboard/measure.ts, in its own process on the persisted bench data;
 * the first run writes the workloads through WorkLog, which takes a while), its DynamoDB requests,
 * one work-log write's requests, and the recount's drift.
 */
export function dashboardRows(): Row[] {
  const script = resolve(import.meta.dirname, "../dashboard/measure.ts");
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
    const note = `bench/dashboard/measure.ts failed (exit ${child.status})`;
    return [
      notYetMeasurable(
        {
          id: "dashboard.ratio_240k_1k",
          figure: "Dashboard latency, 240k logs ÷ 1k logs",
          budget: budgets.dashboardRatio,
          unit: "×",
        },
        note,
      ),
      notYetMeasurable(
        {
          id: "ddb.requests.dashboard",
          figure: "DynamoDB requests per scope, dashboard",
          budget: budgets.dashboardRequestsPerScope,
          unit: "requests",
        },
        note,
      ),
      notYetMeasurable(
        {
          id: "ddb.requests.worklog_write",
          figure: "DynamoDB requests, work-log write",
          budget: budgets.workLogWriteRequests,
          unit: "requests",
        },
        note,
      ),
    ];
  }
  const small = measured.medianMs["bench-1k-daily"]!;
  const large = measured.medianMs["bench-240k"]!;
  const ratio = large / small;
  return [
    {
      id: "dashboard.ratio_240k_1k",
      figure: "Dashboard latency, 240k logs ÷ 1k logs",
      budget: budgets.dashboardRatio,
      measured: Number(ratio.toFixed(2)),
      unit: "×",
      ratio: ratio / budgets.dashboardRatio,
      pass: ratio <= budgets.dashboardRatio,
      note: `median ${large.toFixed(1)} ms at ${measured.entries240k.toLocaleString("en")} entries vs ${small.toFixed(1)} ms at 1,000, county scope, half-year`,
    },
    atMost(
      {
        id: "ddb.requests.dashboard",
        figure: "DynamoDB requests per scope, dashboard",
        budget: budgets.dashboardRequestsPerScope,
        unit: "requests",
        note: `county scope: counters Query + roster Query; 240k: ${measured.requests["bench-240k"]}, 1k: ${measured.requests["bench-1k-daily"]}`,
      },
      Math.max(...Object.values(measured.requests)),
    ),
    atMost(
      {
        id: "ddb.requests.worklog_write",
        figure: "DynamoDB requests, work-log write",
        budget: budgets.workLogWriteRequests,
        unit: "requests",
        note: measured.writeCommands.join(", "),
      },
      measured.writeCommands.length,
    ),
    atMost(
      {
        id: "dashboard.recount_drift",
        figure: "Counter drift after recount (both workloads)",
        budget: 0,
        unit: "requests",
        note: "figures that differ from a rebuild from the entries",
      },
      measured.drift,
    ),
  ];
}
