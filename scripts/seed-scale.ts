// `npm run seed:scale -- --county <slug> --days 182 --logs <N>`: a realistic half-year of work,
// written through WorkLog.record (the same verb the console uses), spread over the county's
// officers and days, in the programme's proportions. Prints what it wrote per category.
import { parseArgs } from "node:util";
import { SingleBar, Presets } from "cli-progress";
import { startDynamoDBLocal } from "./dynamodb-local";
import { ensureTable, localClient } from "./table";

const { values } = parseArgs({
  options: {
    county: { type: "string", default: "boluo" },
    days: { type: "string", default: "182" },
    logs: { type: "string", default: "10000" },
    concurrency: { type: "string", default: "24" },
  },
});
const days = Number(values.days);
const logs = Number(values.logs);
const concurrency = Number(values.concurrency);
if (!Number.isInteger(days) || days < 1 || days > 3 * 366) throw new Error("--days must be 1 to 1098");
if (!Number.isInteger(logs) || logs < 1 || logs > 2_000_000) throw new Error("--logs must be 1 to 2,000,000");

// Against a running `npm start` (DYNAMODB_ENDPOINT + TABLE_NAME), or the persisted local data.
const own = process.env.DYNAMODB_ENDPOINT ? undefined : await startDynamoDBLocal({ dbPath: ".data/dynamodb" });
process.env.DYNAMODB_ENDPOINT ??= own!.endpoint;
process.env.TABLE_NAME ??= "cunjing-local";
const client = localClient(process.env.DYNAMODB_ENDPOINT);
await ensureTable(client, process.env.TABLE_NAME);
client.destroy();

try {
  const { generateWorkload } = await import("./scale/generate");
  const bar = new SingleBar(
    { format: "  {bar} {percentage}% · {value}/{total} entries · {eta_formatted} left", hideCursor: true },
    Presets.shades_classic,
  );
  bar.start(logs, 0);
  const result = await generateWorkload({
    slug: values.county!,
    days,
    logs,
    concurrency,
    onProgress: (done) => bar.update(done),
  });
  bar.stop();
  console.log(
    `\nWrote ${result.written.toLocaleString("en")} entries for ${values.county} over ${days} days (${result.from} – ${result.to}) by ${result.officers} officers in ${result.seconds.toFixed(1)} s (${Math.round(result.written / result.seconds)} entries/s).`,
  );
  console.table(result.byCategory);
} finally {
  await own?.stop();
}
