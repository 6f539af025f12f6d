// Runs in its own process (core binds its table when loaded): ensures the two benchmark counties
// hold their half-year workloads in the persisted bench database, then times the county dashboard
// of each, interleaved, and counts its DynamoDB requests. Prints one JSON line on stdout.
import { join, resolve } from "node:path";
import { startDynamoDBLocal } from "../../scripts/dynamodb-local";
import { ensureTable, localClient } from "../../scripts/table";

const root = resolve(import.meta.dirname, "../..");
// The small workload is sent one entry at a time so that, like the large one, it touches nearly
// every day of the half-year: dashboards cost what the days in range cost, so both must span them.
export const workloads = [
  { slug: "bench-1k-daily", logs: 1_000, batch: 1 },
  { slug: "bench-240k", logs: 240_000, batch: 40 },
] as const;

const dynamodb = await startDynamoDBLocal({ dbPath: join(root, ".data/bench") });
process.env.DYNAMODB_ENDPOINT = dynamodb.endpoint;
process.env.TABLE_NAME = "cunjing-bench";
const client = localClient(dynamodb.endpoint);
await ensureTable(client, process.env.TABLE_NAME);
client.destroy();
const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

try {
  const { withActor } = await import("@cunjing/core/actor");
  const { County } = await import("@cunjing/core/county/index");
  const { Counter } = await import("@cunjing/core/counter/index");
  const { Dashboard } = await import("@cunjing/core/dashboard/index");
  const { recount } = await import("@cunjing/core/counter/recount");
  const { dynamo } = await import("@cunjing/core/db/client");
  const { generateWorkload } = await import("../../scripts/scale/generate");

  const counties: Array<{ slug: string; countyId: string; logs: number }> = [];
  for (const workload of workloads) {
    const existing = await withActor({ type: "public", properties: {} }, () => County.bySlug(workload.slug)).catch(
      () => undefined,
    );
    const have = existing
      ? Object.values(
          await withActor({ type: "system", properties: { countyId: existing.countyId } }, () =>
            Counter.totals({ scope: "county", from: "2000-01-01", to: "2100-12-31" }),
          ),
        ).reduce((sum, n) => sum + n, 0)
      : 0;
    const missing = workload.logs - have;
    if (missing > 0) {
      log(
        `writing ${missing.toLocaleString("en")} work-log entries for ${workload.slug} (kept in .data/bench for later runs)`,
      );
      let last = 0;
      await generateWorkload({
        slug: workload.slug,
        days: 182,
        logs: missing,
        concurrency: 8,
        batch: workload.batch,
        onProgress: (done) => {
          if (done - last >= 10_000) log(`  ${(last = done).toLocaleString("en")} / ${missing.toLocaleString("en")}`);
        },
      });
    }
    const county = await withActor({ type: "public", properties: {} }, () => County.bySlug(workload.slug));
    counties.push({ slug: workload.slug, countyId: county.countyId, logs: workload.logs });
  }

  let requests = 0;
  let scans = 0;
  const commands: string[] = [];
  dynamo.middlewareStack.add(
    (next, context) => (args) => {
      requests++;
      commands.push(context.commandName ?? "unknown");
      if (context.commandName === "ScanCommand") scans++;
      return next(args);
    },
    { step: "initialize", name: "benchRequestCount" },
  );

  const admin = (countyId: string) => ({
    type: "user" as const,
    properties: { userId: "bench", role: "county_admin" as const, countyId, villageIds: [] },
  });
  // The half-year the workloads were written over (182 days up to today).
  const { addDays } = await import("@cunjing/core/dashboard/weeks");
  const to = Counter.dayOf(Date.now());
  const from = addDays(to, -181);
  const dashboard = (countyId: string) =>
    withActor(admin(countyId), () => Dashboard.forScope({ scope: "county", from, to }));
  const samples = new Map<string, number[]>(counties.map((c) => [c.slug, []]));
  const requestsPer = new Map<string, number>();
  for (const county of counties) await dashboard(county.countyId); // warm-up
  for (let round = 0; round < 40; round++) {
    for (const county of round % 2 ? [...counties].reverse() : counties) {
      const before = requests;
      const started = performance.now();
      await dashboard(county.countyId);
      samples.get(county.slug)!.push(performance.now() - started);
      requestsPer.set(county.slug, requests - before);
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const totals = await dashboard(counties[1]!.countyId);
  const entries240k = Counter.categories.reduce((sum, category) => sum + totals.totals[category], 0);

  // One work-log write, counted: it must be a single TransactWriteItems.
  const { WorkLog } = await import("@cunjing/core/worklog/index");
  const { patchesOf } = await import("../../scripts/scale/county");
  const { patches } = await patchesOf("bench-1k-daily", { joinedOn: "2000-01-01", precincts: 5, perPrecinct: 8 });
  const writer = patches[0]!;
  commands.length = 0;
  await withActor(writer.actor, () =>
    WorkLog.record({
      idempotencyKey: `bench-write-${Date.now()}`,
      villageId: writer.villageIds[0]!,
      gridId: "g-01",
      occurredAt: Date.now() - 120_000,
      details: { category: "visit", household: "1号" },
    }),
  );
  const writeCommands = [...commands];

  // 1,000 concurrent submissions on one day (the busiest counter items), 200 of them sent twice.
  log("1,000 concurrent work-log submissions, 200 retried, into a fresh county");
  const { randomUUID } = await import("node:crypto");
  const burst = await patchesOf(`bench-burst-${Date.now().toString(36)}`, {
    joinedOn: "2000-01-01",
    precincts: 2,
    perPrecinct: 5,
  });
  const keys = Array.from({ length: 1_000 }, () => randomUUID());
  const burstDay = Date.now() - 600_000;
  const submissions = [...keys, ...keys.slice(0, 200)].map((key, index) => {
    const patch = burst.patches[keys.indexOf(key) % burst.patches.length]!;
    return { key, patch, index };
  });
  let inFlight = 0;
  const burstStarted = performance.now();
  const outcomes = await Promise.allSettled(
    submissions.map(async ({ key, patch }) => {
      while (inFlight >= 100) await new Promise((resolve) => setTimeout(resolve, 2));
      inFlight++;
      try {
        return await withActor(patch.actor, () =>
          WorkLog.record({
            idempotencyKey: key,
            villageId: patch.villageIds[0]!,
            gridId: "g-01",
            occurredAt: burstDay,
            details: { category: "visit", household: "1号" },
          }),
        );
      } finally {
        inFlight--;
      }
    }),
  );
  const burstSeconds = (performance.now() - burstStarted) / 1000;
  const distinct = new Set(outcomes.flatMap((o) => (o.status === "fulfilled" ? [o.value.entryId] : [])));
  const failed = outcomes.filter((o) => o.status === "rejected").length;
  const burstTotals = await withActor({ type: "system", properties: { countyId: burst.countyId } }, () =>
    Counter.totals({ scope: "county", from: Counter.dayOf(burstDay), to: Counter.dayOf(burstDay) }),
  );
  const burstDrift = (await withActor({ type: "system", properties: { countyId: burst.countyId } }, () => recount()))
    .drifts.length;

  log("recounting both counties from their entries");
  let drift = 0;
  for (const county of counties) {
    const result = await withActor({ type: "system", properties: { countyId: county.countyId } }, () => recount());
    drift += result.drifts.length;
  }
  const result = {
    medianMs: Object.fromEntries(counties.map((c) => [c.slug, median(samples.get(c.slug)!)])),
    requests: Object.fromEntries(requestsPer),
    scans,
    entries240k,
    drift,
    writeCommands,
    burst: {
      submissions: submissions.length,
      distinct: distinct.size,
      counted: burstTotals.visit,
      failed,
      drift: burstDrift,
      seconds: burstSeconds,
    },
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  await dynamodb.stop();
}
