// `npm run keys:rewrap`: runs every unfinished key-rotation re-wrap to its end (waiting out other
// processes' cached key versions first) and prints each county's progress. Against AWS, run it with
// the stage's TABLE_NAME, PII_KEY_ARN and credentials; locally it uses the `npm start` data.
import { startDynamoDBLocal } from "./dynamodb-local";

const own = process.env.DYNAMODB_ENDPOINT ? undefined : await startDynamoDBLocal({ dbPath: ".data/dynamodb" });
process.env.DYNAMODB_ENDPOINT ??= own?.endpoint;
process.env.TABLE_NAME ??= "cunjing-local";

try {
  const { withActor } = await import("@cunjing/core/actor");
  const { County } = await import("@cunjing/core/county/index");
  const { Keys } = await import("@cunjing/core/keys/index");
  const resumed = await Keys.resume();
  console.log(resumed ? `Re-wrapping for ${resumed} counties…` : "No re-wrap is waiting.");
  await Keys.idle();
  const counties = await withActor({ type: "public", properties: {} }, () => County.list());
  for (const county of counties) {
    const { data: ring } = await withActor({ type: "system", properties: { countyId: county.countyId } }, async () => {
      const { db } = await import("@cunjing/core/db/service");
      return db.entities.keyRing.get({ countyId: county.countyId, ring: "pii" }).go();
    });
    const rotation = ring?.rotation;
    if (rotation)
      console.log(
        `${county.slug}: v${rotation.from} → v${rotation.to} ${rotation.status}, ${rotation.done}/${rotation.total} items, ${rotation.rewrapped} re-sealed`,
      );
  }
} finally {
  await own?.stop();
}
