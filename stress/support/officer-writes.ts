import { withActor } from "@cunjing/core/actor";
import { db } from "@cunjing/core/db/service";
import { Officer } from "@cunjing/core/officer/index";
import { VisibleError } from "@cunjing/core/util/errors";

/**
 * Officer.create is the widest write today: one transaction of four items (precinct check, slug and
 * badge claims, the officer). Each write here has its own id, slug and badge, so its outcome can be
 * checked item by item afterwards.
 */
export function officerWrite(countyId: string, precinctId: string, run: string, index: number) {
  const officerId = `${run}-${index}`;
  const input = {
    officerId,
    slug: `${run}-officer-${index}`,
    nameZh: `测试民警${index}`,
    nameEn: `Test Officer ${index}`,
    badge: `${run.slice(0, 4)}${String(index).padStart(6, "0")}`.toUpperCase(),
    precinctId,
  };
  return {
    officerId,
    input,
    create: () => withActor({ type: "system", properties: { countyId } }, () => Officer.create(input)),
  };
}

export type WriteOutcome = "acknowledged" | "unavailable" | "conflict" | "other";

export function outcomeOf(error: unknown): WriteOutcome {
  if (error instanceof VisibleError && error.kind === "unavailable") return "unavailable";
  if (error instanceof VisibleError && error.kind === "conflict") return "conflict";
  return "other";
}

/** Which of the write's four items exist: all of them (committed) or none (not) — never some. */
export async function itemsOf(countyId: string, write: ReturnType<typeof officerWrite>) {
  const [officer, slug, badge] = await Promise.all([
    db.entities.officer.get({ countyId, officerId: write.officerId }).go(),
    db.entities.unique.get({ scope: countyId, kind: "officer.slug", value: write.input.slug }).go(),
    db.entities.unique.get({ scope: countyId, kind: "officer.badge", value: write.input.badge }).go(),
  ]);
  const present = [officer.data, slug.data, badge.data].filter(Boolean).length;
  const owned = slug.data?.ownerId === write.officerId && badge.data?.ownerId === write.officerId;
  return { present, complete: present === 3 && owned, absent: present === 0 };
}

/** Runs `task` for 0..count-1 with at most `concurrency` in flight. */
export async function inPool<T>(count: number, concurrency: number, task: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      results[index] = await task(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return results;
}
