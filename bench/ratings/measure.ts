// Runs in its own process (core binds its table when loaded): on an in-memory DynamoDB Local, one
// officer receives N verified ratings at once (every tenth submitted twice, as a retrying client
// would), and the officer's aggregate is compared with the sum of what was sent. Prints one JSON
// line on stdout.
import { randomUUID } from "node:crypto";
import { startDynamoDBLocal } from "../../scripts/dynamodb-local";
import { ensureTable, localClient } from "../../scripts/table";
import { oneOfficerCounty } from "../one-officer-county";

const ratings = Number(process.env.BENCH_RATINGS ?? 500);
const dynamodb = await startDynamoDBLocal();
process.env.DYNAMODB_ENDPOINT = dynamodb.endpoint;
process.env.TABLE_NAME = "cunjing-bench-ratings";
const client = localClient(dynamodb.endpoint);
await ensureTable(client, process.env.TABLE_NAME);
client.destroy();

try {
  const { withActor } = await import("@cunjing/core/actor");
  const { WorkLog } = await import("@cunjing/core/worklog/index");
  const { Rating, RatingCode } = await import("@cunjing/core/rating/index");
  const { db } = await import("@cunjing/core/db/service");

  const { countyId, officerId, villageId, officer } = await oneOfficerCounty({
    slug: "bench-ratings",
    nameZh: "评价县",
    nameEn: "Ratings",
  });
  const entry = await withActor(officer, () =>
    WorkLog.record({
      idempotencyKey: randomUUID(),
      villageId,
      gridId: "g1",
      occurredAt: "2026-11-02T10:30",
      details: { category: "visit", household: "12号", purpose: "routine" } as never,
    }),
  );
  const codes: string[] = [];
  for (let i = 0; i < ratings; i += 50) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(50, ratings - i) }, () =>
        withActor(officer, () => RatingCode.issue({ workLogId: entry.entryId })),
      ),
    );
    codes.push(...batch.map((issued) => issued.code));
  }
  const inputs = codes.map((code, i) => ({
    officerId,
    idempotencyKey: randomUUID(),
    overall: (i % 5) + 1,
    responsiveness: ((i + 2) % 5) + 1,
    courtesy: ((i + 3) % 5) + 1,
    solved: "yes" as const,
    code,
    ip: `10.${Math.floor(i / 250)}.${i % 250}.1`,
  }));
  const retried = inputs.filter((_, i) => i % 10 === 0);
  const resident = { type: "public", properties: { countyId } } as const;
  const started = performance.now();
  const results = await Promise.allSettled(
    [...inputs, ...retried].map((input) => withActor(resident, () => Rating.submit(input))),
  );
  const seconds = (performance.now() - started) / 1000;
  const failed = results.filter((result) => result.status === "rejected").length;
  const { data } = await db.entities.ratingSummary
    .get({ countyId, scope: `officer:${officerId}` })
    .go({ consistent: true });
  const expected = {
    count: ratings,
    overall: inputs.reduce((sum, input) => sum + input.overall, 0),
    responsiveness: inputs.reduce((sum, input) => sum + input.responsiveness, 0),
    courtesy: inputs.reduce((sum, input) => sum + input.courtesy, 0),
  };
  const exact =
    failed === 0 &&
    data?.count === expected.count &&
    data.overall === expected.overall &&
    data.responsiveness === expected.responsiveness &&
    data.courtesy === expected.courtesy;
  console.log(JSON.stringify({ ratings, retried: retried.length, failed, seconds, exact, count: data?.count ?? 0 }));
} finally {
  await dynamodb.stop();
}
