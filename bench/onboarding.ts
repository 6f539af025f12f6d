// `npx tsx bench/onboarding.ts`: onboards one county from CSV files at Huizhou's scale (40 precincts,
// 1,300 villages, 3,223 grid cells, 1,300 officers) on an in-memory DynamoDB Local and prints, per
// file, the dry-run and apply times and the DynamoDB requests they used. Then shows that a broken
// row, or a failure in the middle of an apply, leaves the county exactly as before.
import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import { startDynamoDBLocal } from "../scripts/dynamodb-local";
import { onboardingCsv } from "../scripts/fixtures/onboarding-csv";
import { ensureTable, localClient } from "../scripts/table";
import type { Actor } from "@cunjing/core/actor";

const dynamodb = await startDynamoDBLocal({});
const tableName = `bench-onboarding-${Date.now()}`;
const setup = localClient(dynamodb.endpoint);
await ensureTable(setup, tableName);
setup.destroy();
process.env.DYNAMODB_ENDPOINT = dynamodb.endpoint;
process.env.TABLE_NAME = tableName;
process.env.CUNJING_UPLOAD_DIR ??= `${process.env.TMPDIR ?? "/tmp"}/cunjing-bench-uploads-${Date.now()}`;

// Core reads the endpoint when first imported.
const { withActor } = await import("@cunjing/core/actor");
const { dynamo, documentClient } = await import("@cunjing/core/db/client");
const { County } = await import("@cunjing/core/county/index");
const { Import } = await import("@cunjing/core/import/index");

/** DynamoDB requests by command, counted as they are sent (retries not counted again). */
const requests = new Map<string, number>();
let failTransactionAfter = 0;
dynamo.middlewareStack.add(
  (next, context) => async (args) => {
    const name = (context.commandName ?? "unknown").replace(/Command$/, "");
    requests.set(name, (requests.get(name) ?? 0) + 1);
    if (failTransactionAfter > 0 && name.startsWith("TransactWrite") && --failTransactionAfter === 0)
      throw new Error("injected failure");
    return next(args);
  },
  { step: "initialize", priority: "high", name: "benchRequestCount" },
);
const take = () => {
  const counted = Object.fromEntries(requests);
  requests.clear();
  return counted;
};
const total = (counted: Record<string, number>) => Object.values(counted).reduce((sum, n) => sum + n, 0);
const describe = (counted: Record<string, number>) =>
  Object.entries(counted)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, n]) => `${name} ${n}`)
    .join(", ");

const platform: Actor = {
  type: "user",
  properties: { userId: "bench-platform", role: "platform_admin", villageIds: [] },
};
async function newCounty(slug: string): Promise<Actor> {
  const countyId = await withActor(platform, () =>
    County.create({
      slug,
      nameZh: "博罗县",
      nameEn: "Boluo County",
      cityZh: "惠州市",
      cityEn: "Huizhou",
      divisionCode: "441322",
    }),
  );
  return { type: "user", properties: { userId: "bench-admin", role: "county_admin", countyId, villageIds: [] } };
}

/** Every item of the table but import jobs and audit events (a Scan: the bench is no request path). */
async function tableItems(): Promise<string[]> {
  const items: string[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await documentClient.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey: start }));
    for (const item of page.Items ?? []) {
      if (item.__edb_e__ !== "importJob" && item.__edb_e__ !== "audit")
        items.push(JSON.stringify(item, (_k, v) => (v instanceof Set ? [...v].sort() : v)));
    }
    start = page.LastEvaluatedKey;
  } while (start);
  return items.sort();
}

const files = onboardingCsv();
const order = ["precincts", "officers", "villages", "grids"] as const;
const bytesOf = (text: string) => new TextEncoder().encode(text);
type Line = { step: string; rows: number; writes: number; seconds: number; requests: number; detail: string };
const lines: Line[] = [];

async function timed<T>(run: () => Promise<T>) {
  take();
  const started = performance.now();
  const result = await run();
  return { result, seconds: (performance.now() - started) / 1000, counted: take() };
}

try {
  const admin = await newCounty("boluo");
  for (const kind of order) {
    const dry = await timed(() =>
      withActor(admin, () => Import.dryRun({ kind, fileName: `${kind}.csv`, content: bytesOf(files[kind]) })),
    );
    if (dry.result.errors.length) throw new Error(`${kind}: ${JSON.stringify(dry.result.errors.slice(0, 3))}`);
    lines.push({
      step: `${kind}: dry run`,
      rows: dry.result.rows,
      writes: 0,
      seconds: dry.seconds,
      requests: total(dry.counted),
      detail: describe(dry.counted),
    });
    const applied = await timed(() => withActor(admin, () => Import.apply({ jobId: dry.result.jobId })));
    const job = await withActor(admin, () => Import.progress({ jobId: dry.result.jobId }));
    take();
    lines.push({
      step: `${kind}: apply`,
      rows: applied.result.rows,
      writes: job.writes,
      seconds: applied.seconds,
      requests: total(applied.counted),
      detail: describe(applied.counted),
    });
  }
  const onboarded = await timed(() =>
    withActor({ type: "public", properties: { countyId: admin.properties.countyId } }, () => County.roster()),
  );
  const roster = onboarded.result;

  // Idempotency: the same villages file again.
  const again = await timed(async () => {
    const report = await withActor(admin, () => Import.dryRun({ kind: "villages", content: bytesOf(files.villages) }));
    return withActor(admin, () => Import.apply({ jobId: report.jobId }));
  });
  lines.push({
    step: "villages again (dry run + apply)",
    rows: again.result.rows,
    writes: again.result.creates + again.result.updates,
    seconds: again.seconds,
    requests: total(again.counted),
    detail: describe(again.counted),
  });

  // A broken row (the last one names no precinct of this county): refused, nothing written.
  const before = await tableItems();
  const broken = files.grids.replace(/\r\n([^\r\n]*)\r\n$/, "\r\n东湖派出所,东湖花园社区,G01,越界\r\n");
  const refused = await timed(async () => {
    const report = await withActor(admin, () => Import.dryRun({ kind: "grids", content: bytesOf(broken) }));
    return withActor(admin, () => Import.apply({ jobId: report.jobId }));
  });
  const unchangedByBrokenRow = JSON.stringify(await tableItems()) === JSON.stringify(before);

  // A failure in the middle of an apply: a fresh county with precincts and officers, then the
  // villages file (6,600 writes) with the 40th transaction failing.
  const second = await newCounty("boluo-rollback");
  for (const kind of ["precincts", "officers"] as const) {
    const report = await withActor(second, () => Import.dryRun({ kind, content: bytesOf(files[kind]) }));
    await withActor(second, () => Import.apply({ jobId: report.jobId }));
  }
  const beforeFailure = await tableItems();
  const failing = await withActor(second, () => Import.dryRun({ kind: "villages", content: bytesOf(files.villages) }));
  failTransactionAfter = 40;
  const failed = await timed(() =>
    withActor(second, () => Import.apply({ jobId: failing.jobId })).then(
      () => "applied",
      (error: { code?: string }) => error.code ?? "error",
    ),
  );
  const rolledBack = JSON.stringify(await tableItems()) === JSON.stringify(beforeFailure);

  const pad = (value: string, width: number) => value + " ".repeat(Math.max(0, width - [...value].length));
  console.log(`\nOnboarding one county from CSV on DynamoDB Local (in memory), ${new Date().toISOString()}\n`);
  console.log(
    `${pad("step", 34)}${pad("rows", 8)}${pad("writes", 8)}${pad("seconds", 9)}${pad("requests", 10)}by command`,
  );
  for (const line of lines) {
    console.log(
      `${pad(line.step, 34)}${pad(String(line.rows), 8)}${pad(String(line.writes), 8)}${pad(line.seconds.toFixed(2), 9)}${pad(String(line.requests), 10)}${line.detail}`,
    );
  }
  const onboardingLines = lines.slice(0, order.length * 2);
  console.log(
    `\nTotal onboarding: ${onboardingLines.reduce((s, l) => s + l.seconds, 0).toFixed(1)} s, ${onboardingLines.reduce((s, l) => s + l.requests, 0)} DynamoDB requests, ` +
      `${onboardingLines.reduce((s, l) => s + l.writes, 0)} item writes.`,
  );
  console.log(
    `County now: ${roster.precincts.length} precincts, ${roster.villages.length} villages (${roster.villages.filter((v) => !v.officerId).length} without an officer), ` +
      `${roster.officers.length} officers; its roster is ${total(onboarded.counted)} Query pages (${describe(onboarded.counted)}).`,
  );
  console.log(
    `Broken last row of the grids file: apply status "${refused.result.status}", ${refused.result.errors.length} error(s); county unchanged: ${unchangedByBrokenRow}.`,
  );
  console.log(
    `Failure injected at the 40th transaction of the villages apply: "${failed.result}" after ${failed.seconds.toFixed(2)} s; county exactly as before: ${rolledBack}.`,
  );
  if (!unchangedByBrokenRow || !rolledBack || failed.result === "applied") process.exitCode = 1;
} finally {
  await dynamodb.stop();
}
