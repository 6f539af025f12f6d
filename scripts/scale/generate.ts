import { withActor } from "@cunjing/core/actor";
import { Counter } from "@cunjing/core/counter/index";
import { WorkLog } from "@cunjing/core/worklog/index";
import { addDays } from "@cunjing/core/dashboard/weeks";
import { patchesOf } from "./county";
import { detailsFor, newKey, pickCategory, programmeMix, type MixCategory } from "./workload";
import { random } from "./random";

/** Writes `logs` entries over the last `days` days through WorkLog.record, `concurrency` at a time. */
export async function generateWorkload(options: {
  /** Entries per batch; random up to the batch limit when omitted. */
  batch?: number;
  slug: string;
  days: number;
  logs: number;
  concurrency: number;
  onProgress?: (done: number) => void;
}) {
  const to = Counter.dayOf(Date.now() - 3600_000);
  const from = addDays(to, -(options.days - 1));
  const { patches } = await patchesOf(options.slug, { joinedOn: from, precincts: 5, perPrecinct: 8 });
  if (!patches.length) throw new Error(`County ${options.slug} has no officer with a village`);

  const byCategory = Object.fromEntries(Object.keys(programmeMix).map((category) => [category, 0])) as Record<
    MixCategory,
    number
  >;
  const started = performance.now();
  let next = 0;
  let written = 0;
  // Entries go in batches of one officer's day, as a device syncing its queue would send them.
  const worker = async () => {
    while (next < options.logs) {
      const size = Math.min(options.logs - next, options.batch ?? 1 + Math.floor(random() * WorkLog.batchLimit));
      next += size;
      const patch = patches[Math.floor(random() * patches.length)]!;
      const day = addDays(from, Math.floor(random() * options.days));
      const categories = Array.from({ length: size }, () => pickCategory());
      const entries = categories.map((category) => {
        const minutes = 7 * 60 + Math.floor(random() * 13 * 60);
        const time = `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
        return {
          idempotencyKey: newKey(),
          villageId: patch.villageIds[Math.floor(random() * patch.villageIds.length)]!,
          gridId: category === "visit" || category === "grid_check" ? "g-01" : undefined,
          occurredAt: Math.min(Date.parse(`${day}T${time}:00+08:00`), Date.now() - 60_000),
          details: detailsFor(category) as never,
        };
      });
      await withActor(patch.actor, () => WorkLog.recordBatch({ entries }));
      for (const category of categories) byCategory[category]++;
      written += size;
      options.onProgress?.(written);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return { written, byCategory, from, to, officers: patches.length, seconds: (performance.now() - started) / 1000 };
}
