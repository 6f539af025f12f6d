// Runs in its own process (core binds its table when loaded): on an in-memory DynamoDB Local, N
// registrations (default 27,261, the programme's Boluo figure) through the real intake verbs, M of
// them (default 146) from a region on the risk list, with a local webhook that fails the first two
// attempts of every delivery. Then a raw dump of the whole table is searched for the residents'
// names, ID numbers, phones and addresses. Prints one JSON line on stdout.
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Actor } from "@cunjing/core/actor";
import { startDynamoDBLocal } from "../../scripts/dynamodb-local";
import { ensureTable, localClient } from "../../scripts/table";

const total = Number(process.env.BENCH_INTAKE_SUBMISSIONS ?? 27_261);
const matching = Number(process.env.BENCH_INTAKE_ALERTS ?? 146);
const inFlight = Number(process.env.BENCH_INTAKE_CONCURRENCY ?? 32);
const progress = (message: string) => process.stderr.write(`bench intake: ${message}\n`);

const keyDir = mkdtempSync(join(tmpdir(), "cunjing-bench-pii-"));
process.env.CUNJING_PII_KEY_FILE = join(keyDir, "pii-master.key");
const dynamodb = await startDynamoDBLocal();
process.env.DYNAMODB_ENDPOINT = dynamodb.endpoint;
process.env.TABLE_NAME = "cunjing-bench-intake";
const client = localClient(dynamodb.endpoint);
await ensureTable(client, process.env.TABLE_NAME);
client.destroy();

try {
  const { withActor } = await import("@cunjing/core/actor");
  const { County } = await import("@cunjing/core/county/index");
  const { Counter } = await import("@cunjing/core/counter/index");
  const { Precinct } = await import("@cunjing/core/precinct/index");
  const { Officer } = await import("@cunjing/core/officer/index");
  const { Village } = await import("@cunjing/core/village/index");
  const { Intake } = await import("@cunjing/core/intake/index");
  const { Alert } = await import("@cunjing/core/alert/index");
  const { db } = await import("@cunjing/core/db/service");
  const { documentClient, tableName } = await import("@cunjing/core/db/client");
  const { ScanCommand } = await import("@aws-sdk/lib-dynamodb");
  const { citizenId, residentName, residentPhone, webhookServer } = await import(
    "../../packages/core/test/intake/fixtures"
  );

  // Short back-off so the run measures the pipeline, not the waiting; same code paths.
  Alert.config.baseDelayMs = 50;
  Alert.config.maxDelayMs = 2_000;
  Alert.config.timeoutMs = 10_000;

  const countyId = await withActor({ type: "system", properties: {} }, () =>
    County.create({
      slug: "bench-intake",
      nameZh: "博罗县",
      nameEn: "Boluo",
      cityZh: "惠州市",
      cityEn: "Huizhou",
      divisionCode: "441322",
      joinedOn: "2026-01-01",
    }),
  );
  const system: Actor = { type: "system", properties: { countyId } };
  const villages = await withActor(system, async () => {
    const precinctId = await Precinct.create({ nameZh: "城镇派出所" });
    const made: Array<{ villageId: string; precinctId: string }> = [];
    for (let i = 0; i < 40; i++) {
      const officerId = await Officer.create({
        slug: `officer-${i}`,
        nameZh: `民警${i}`,
        nameEn: `Officer ${i}`,
        badge: String(200000 + i),
        precinctId,
      });
      const villageId = await Village.create({ precinctId, kind: "village", nameZh: `第${i + 1}村` });
      await Village.assignOfficer({ villageId, officerId });
      made.push({ villageId, precinctId });
    }
    return made;
  });
  const admin: Actor = {
    type: "user",
    properties: { userId: "bench-admin", role: "county_admin", countyId, villageIds: [] },
  };
  const forms = await withActor(admin, () =>
    Promise.all(villages.map(({ villageId }) => Intake.create({ purpose: "arrival", villageId, titleZh: "来人登记" }))),
  );
  const hook = await webhookServer({
    failFirst: 2,
    verify: (headers, body) => Alert.webhook.verify(Alert.webhook.countySigningKey(countyId), headers, body),
  });
  await withActor(admin, () => Alert.hook.set({ url: hook.url }));
  const today = Counter.dayOf(Date.now());
  const arrival = Counter.dayOf(Date.now() - 2 * 86_400_000);
  await withActor(admin, () =>
    Alert.rules.add({ regionCode: "4201", from: Counter.dayOf(Date.now() - 30 * 86_400_000) }),
  );

  // Which registrations come from the risk region: spread evenly over the run.
  const risky = new Set(Array.from({ length: matching }, (_, k) => Math.floor(((k + 0.5) * total) / matching)));
  const inputs = Array.from({ length: total }, (_, i) => ({
    formId: forms[i % forms.length]!,
    idempotencyKey: randomUUID(),
    name: residentName(i),
    documentType: "resident_id" as const,
    documentNumber: citizenId(i),
    phone: residentPhone(i),
    arrivalDate: arrival,
    originCode: risky.has(i) ? "420102" : "440305",
    address: `第${(i % 40) + 1}村${(i % 300) + 1}号`,
    consent: true as const,
    ip: `10.${Math.floor(i / 25_000)}.${Math.floor(i / 100) % 250}.1`,
  }));
  const resident: Actor = { type: "public", properties: { countyId } };

  /** Every string of every item of a raw Scan, searched for the given residents' values. */
  async function dump(residents: typeof inputs): Promise<{ items: number; plaintext: number }> {
    const secrets = new Set<string>();
    for (const input of residents)
      for (const value of [input.name, input.documentNumber, input.phone, input.address]) secrets.add(value);
    // The search must see a planted value, or a zero would mean nothing.
    const probe = residents[0]!;
    for (const planted of [
      `pk#${probe.documentNumber}`,
      `住在${probe.address}`,
      `{"n":"${probe.name}"}`,
      `tel:${probe.phone}`,
    ]) {
      if (!containsSecret(planted, secrets)) throw new Error("The plaintext search misses a planted value");
    }
    let items = 0;
    let plaintext = 0;
    let start: Record<string, unknown> | undefined;
    const strings = (value: unknown, out: string[]) => {
      if (typeof value === "string") out.push(value);
      else if (Array.isArray(value)) value.forEach((entry) => strings(entry, out));
      else if (value && typeof value === "object") Object.values(value).forEach((entry) => strings(entry, out));
    };
    // Small pages, each retried: DynamoDB Local (256 MB heap) can fail a large scan of a big table.
    const scanPage = async (exclusiveStart: Record<string, unknown> | undefined) => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await documentClient.send(
            new ScanCommand({ TableName: tableName(), ExclusiveStartKey: exclusiveStart, Limit: 100 }),
          );
        } catch (error) {
          if (attempt >= 5) throw error;
          await new Promise((resolve) => setTimeout(resolve, 1000 * attempt));
        }
      }
    };
    do {
      const page = await scanPage(start);
      for (const item of page.Items ?? []) {
        items++;
        const values: string[] = [];
        strings(item, values);
        for (const value of values) if (containsSecret(value, secrets)) plaintext++;
      }
      start = page.LastEvaluatedKey as Record<string, unknown> | undefined;
    } while (start);
    return { items, plaintext };
  }

  progress(`${total} registrations, ${matching} on the risk list, ${inFlight} in flight`);
  let failed = 0;
  let replayed = 0;
  const register = async (from: number, to: number) => {
    let next = from;
    await Promise.all(
      Array.from({ length: inFlight }, async () => {
        while (next < to) {
          const i = next++;
          try {
            await withActor(resident, () => Intake.register(inputs[i]!));
            // Every 500th registration is sent twice, as a resident's double tap would.
            if (i % 500 === 0) {
              await withActor(resident, () => Intake.register(inputs[i]!));
              replayed++;
            }
          } catch (error) {
            failed++;
            if (failed <= 5) progress(`registration ${i} failed: ${(error as Error).message}`);
          }
          if (i % 5000 === 0) progress(`${i} registered`);
        }
      }),
    );
  };
  // The first 1,000, then the raw dump the issue asks for, then the rest; the dump is not timed.
  const firstBatch = Math.min(1000, total);
  let started = performance.now();
  await register(0, firstBatch);
  let timed = performance.now() - started;
  progress("dumping the table after the first 1,000");
  const early = await dump(inputs.slice(0, firstBatch));
  started = performance.now();
  await register(firstBatch, total);
  const registeredSeconds = (timed + performance.now() - started) / 1000;
  await Alert.idle();
  const seconds = (timed + performance.now() - started) / 1000;
  progress(`registered in ${registeredSeconds.toFixed(1)} s, deliveries settled at ${seconds.toFixed(1)} s`);

  const delivered = await db.entities.alert.query.byDelivery({ countyId, delivery: "delivered" }).go({ pages: "all" });
  const undelivered = await Promise.all(
    (["pending", "retrying", "dead", "inbox_only"] as const).map((delivery) =>
      db.entities.alert.query
        .byDelivery({ countyId, delivery })
        .go({ pages: "all" })
        .then(({ data }) => data.length),
    ),
  );
  const figures = await withActor(admin, () => Intake.dashboard({ from: arrival, to: today }));
  const deliveredOnce = [...hook.delivered.values()].filter((times) => times === 1).length;
  const deliveredMore = [...hook.delivered.values()].filter((times) => times > 1).length;
  const attempts = [...hook.attempts.values()].reduce((sum, n) => sum + n, 0);
  await hook.stop();

  // The raw dump: every item of the table, every string in it, against every resident's values.
  progress("dumping the whole table");
  const full = await dump(inputs).catch((error: Error) => {
    progress(`the full dump failed: ${error.name}`);
    return undefined;
  });

  const exact =
    failed === 0 &&
    delivered.data.length === matching &&
    deliveredOnce === matching &&
    deliveredMore === 0 &&
    undelivered.every((n) => n === 0) &&
    figures.total.alerts === matching &&
    figures.total.delivered === matching &&
    figures.total.submissions === total;
  console.log(
    JSON.stringify({
      submissions: total,
      matching,
      replayed,
      failed,
      alerts: figures.total.alerts,
      delivered: delivered.data.length,
      deliveredOnce,
      deliveredMore,
      attempts,
      counted: figures.total,
      registeredSeconds,
      seconds,
      exact,
      items: early.items,
      plaintext: early.plaintext,
      fullItems: full?.items ?? null,
      fullPlaintext: full?.plaintext ?? null,
    }),
  );
} finally {
  await dynamodb.stop();
  rmSync(keyDir, { recursive: true, force: true });
}

/**
 * Whether a stored string holds a resident's value: the whole string, any run of digits/X of an
 * ID's or a phone's length, or any window (2–12 characters) of a run of Chinese characters and
 * digits, the shape of names and addresses. Sealed values and keys are ASCII and skip the last.
 */
function containsSecret(value: string, secrets: Set<string>): boolean {
  if (secrets.has(value)) return true;
  for (const run of value.match(/[\dX]{11,18}/g) ?? []) {
    for (const length of [11, 18])
      for (let i = 0; i + length <= run.length; i++) if (secrets.has(run.slice(i, i + length))) return true;
  }
  for (const run of value.match(/[\u3400-\u9fff\d]*[\u3400-\u9fff][\u3400-\u9fff\d]*/g) ?? []) {
    const chars = [...run];
    for (let i = 0; i < chars.length; i++) {
      for (let length = 2; length <= 12 && i + length <= chars.length; length++)
        if (secrets.has(chars.slice(i, i + length).join(""))) return true;
    }
  }
  return false;
}
