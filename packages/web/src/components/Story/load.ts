import { Brand } from "@cunjing/core/brand/index";
import { County } from "@cunjing/core/county/index";
import { Story } from "@cunjing/core/story/index";
import { activeRoster, assertActive, forCounty, type Ok } from "../Site/outcome";

export type Kind = "story" | "brand";

/** A list of published stories or brands: the county item (GetItem) and the county's feature items (one Query). */
export function loadPublicationList(kind: Kind, countySlug: string | undefined) {
  return forCounty(countySlug, async () => {
    const county = assertActive(await County.current());
    const items = kind === "story" ? await Story.list() : await Brand.list();
    return { county, kind, items };
  });
}

/**
 * A published story or brand: the roster (the county, and the officers and villages it features)
 * and the item by its address (one Query on gsi1).
 */
export function loadPublication(kind: Kind, countySlug: string | undefined, slug: string | undefined) {
  return forCounty(countySlug, async () => {
    const roster = await activeRoster();
    const item = kind === "story" ? await Story.get(slug ?? "") : await Brand.get(slug ?? "");
    // A brand shows its own figures, from its officers' counters and rating aggregates.
    const figures = kind === "brand" ? await Brand.figures(item.officerIds, roster.ratings) : undefined;
    return {
      figures,
      county: roster.county,
      kind,
      item,
      officers: roster.officers.filter((officer) => item.officerIds.includes(officer.officerId)),
      villages: roster.villages.filter((village) => item.villageIds.includes(village.villageId)),
    };
  });
}

export type PublicationListData = Ok<ReturnType<typeof loadPublicationList>>;
export type PublicationData = Ok<ReturnType<typeof loadPublication>>;
