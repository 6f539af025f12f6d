import { db } from "../db/service";

/** The kinds of per-county claims, and how natural keys are compared. */
export namespace Unique {
  export const kinds = {
    precinctName: "precinct.name",
    villageName: "village.name",
    officerBadge: "officer.badge",
    officerSlug: "officer.slug",
  } as const;

  /** Names compare without case, spaces or full-width forms: "西区社区（一）" = "西区社区(一)". */
  export function nameKey(name: string): string {
    return name.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
  }

  /** A village's name is unique within its precinct. */
  export function villageNameValue(precinctId: string, nameZh: string): string {
    return `${precinctId}/${nameKey(nameZh)}`;
  }

  export function claim(countyId: string, kind: string, value: string, ownerId: string) {
    return db.entities.unique.create({ scope: countyId, kind, value, ownerId });
  }

  export function release(countyId: string, kind: string, value: string) {
    return db.entities.unique.delete({ scope: countyId, kind, value });
  }
}
