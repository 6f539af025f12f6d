import { withActor } from "@cunjing/core/actor";
import { Counter } from "@cunjing/core/counter/index";
import { addDays } from "@cunjing/core/dashboard/weeks";
import { WorkLog } from "@cunjing/core/worklog/index";
import { patchesOf } from "../scale/county";
import { detailsFor, newKey, pickCategory } from "../scale/workload";

/**
 * A few weeks of recorded work for the demo officers the seed has just created (`officerIds`), so
 * dashboards and officer pages have figures. Nobody else gets any: not an officer a county admin
 * added, nor a demo officer created by an earlier run (whose entries may have been edited or removed
 * since), so a restart never changes anyone's work or the county's rankings.
 */
export async function seedDemoWork(
  slugs: string[],
  officerIds: ReadonlySet<string>,
  perOfficer = 30,
  days = 60,
): Promise<number> {
  let written = 0;
  const today = Counter.dayOf(Date.now() - 3600_000);
  for (const slug of slugs) {
    const { countyId, patches } = await patchesOf(slug, { joinedOn: "2020-01-01", precincts: 0, perPrecinct: 0 });
    for (const patch of patches) {
      if (!officerIds.has(patch.actor.properties.officerId!)) continue;
      // A few entries a day, spread over the weeks, as an officer's phone would send them.
      const perBatch = 6;
      for (let done = 0; done < perOfficer; done += perBatch) {
        const day = addDays(today, -Math.floor((done / perOfficer) * days));
        const entries = Array.from({ length: Math.min(perBatch, perOfficer - done) }, (_, index) => {
          const category = pickCategory();
          return {
            idempotencyKey: newKey(),
            villageId: patch.villageIds[index % patch.villageIds.length]!,
            gridId: category === "visit" || category === "grid_check" ? "01" : undefined,
            occurredAt: Math.min(Date.parse(`${addDays(day, -index)}T10:00:00+08:00`), Date.now() - 60_000),
            details: detailsFor(category) as never,
          };
        });
        await withActor(patch.actor, () => WorkLog.recordBatch({ entries }));
        written += entries.length;
      }
    }
  }
  return written;
}
