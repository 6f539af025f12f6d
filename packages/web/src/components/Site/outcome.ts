import { withActor } from "@cunjing/core/actor";
import { County } from "@cunjing/core/county/index";
import { NotFoundError, VisibleError } from "@cunjing/core/util/errors";
import { slug as slugSchema } from "@cunjing/core/util/schemas";

/** What a county route renders: its data, a 404, or the notice of a suspended county. */
export type Outcome<T> = { kind: "ok"; data: T } | { kind: "not_found" } | { kind: "suspended"; county: County.Info };

export const notFound = { kind: "not_found" } as const;

/** Thrown by a loader once it has read the county item and found the county suspended. */
class CountySuspended extends Error {
  constructor(readonly county: County.Info) {
    super("County suspended");
  }
}

/** A county not yet open (no village yet) answers 404 like an unknown one; a suspended one, a notice. */
export function assertActive(county: County.Info): County.Info {
  if (!County.isOpen(county)) throw new NotFoundError("county.not_open", "No such county");
  if (county.status !== "active") throw new CountySuspended(county);
  return county;
}

/** The county's roster (county, precincts, villages, officers: one Query) if the county is active. */
export async function activeRoster() {
  const roster = await County.roster();
  assertActive(roster.county);
  return roster;
}

// A county's slug and id never change (both are read-only and the slug is claimed for good), so a
// process keeps the slug → id directory and a warm server skips the look-up. A miss reads the whole
// directory (one Query, a few KB even for hundreds of counties), so the first page a process serves
// warms every county at once and a county created meanwhile is found at once.
let countyIds = new Map<string, string>();

/** Keeps the directory from a county list read anyway (the home page). */
export function rememberCounties(counties: County.Info[]): void {
  countyIds = new Map(counties.map((county) => [county.slug, county.countyId]));
}

async function countyIdOf(slug: string): Promise<string> {
  const cached = countyIds.get(slug);
  if (cached) return cached;
  if (!slugSchema.safeParse(slug).success) throw new NotFoundError("county.not_found", "No such county");
  const counties = await withActor({ type: "public", properties: {} }, () => County.list());
  rememberCounties(counties);
  const countyId = countyIds.get(slug);
  if (!countyId) throw new NotFoundError("county.not_found", "No such county");
  return countyId;
}

/**
 * Runs a county page's loader as the public actor of the county named in the URL. Unknown slugs,
 * malformed ids and anything the loader does not find become a 404; a suspended county, a notice.
 */
export async function forCounty<T>(slug: string | undefined, load: () => Promise<T | undefined>): Promise<Outcome<T>> {
  try {
    const countyId = await countyIdOf(slug ?? "");
    const data = await withActor({ type: "public", properties: { countyId } }, load);
    return data === undefined ? notFound : { kind: "ok", data };
  } catch (error) {
    if (error instanceof CountySuspended) return { kind: "suspended", county: error.county };
    if (error instanceof VisibleError && (error.kind === "not_found" || error.kind === "input")) return notFound;
    throw error;
  }
}

/** The data of a loader's successful outcome. */
export type Ok<T> = Awaited<T> extends { kind: "ok"; data: infer D } ? D : never;
