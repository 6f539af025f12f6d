// `npm run recount -- --county <slug> [--fix]`: rebuilds a county's counters from its work-log
// entries and reports any drift; with --fix, rewrites the drifted days.
import { parseArgs } from "node:util";
import { startDynamoDBLocal } from "./dynamodb-local";

const { values } = parseArgs({
  options: { county: { type: "string", default: "boluo" }, fix: { type: "boolean", default: false } },
});
const own = process.env.DYNAMODB_ENDPOINT ? undefined : await startDynamoDBLocal({ dbPath: ".data/dynamodb" });
process.env.DYNAMODB_ENDPOINT ??= own!.endpoint;
process.env.TABLE_NAME ??= "cunjing-local";

try {
  const { withActor } = await import("@cunjing/core/actor");
  const { County } = await import("@cunjing/core/county/index");
  const { recount } = await import("@cunjing/core/counter/recount");
  const county = await withActor({ type: "public", properties: {} }, () => County.bySlug(values.county!));
  const started = performance.now();
  const result = await withActor({ type: "system", properties: { countyId: county.countyId } }, () =>
    recount({ fix: values.fix }),
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Recount of ${values.county}: ${result.entries.toLocaleString("en")} entries, ${result.scopes} scopes, ${result.drifts.length} drifted figures (${seconds} s)${values.fix && result.drifts.length ? " — fixed" : ""}.`,
  );
  if (result.drifts.length) console.table(result.drifts.slice(0, 50));
  process.exitCode = result.drifts.length && !values.fix ? 1 : 0;
} finally {
  await own?.stop();
}
