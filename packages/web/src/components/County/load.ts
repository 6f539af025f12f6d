import { withActor } from "@cunjing/core/actor";
import { County } from "@cunjing/core/county/index";
import { VisibleError } from "@cunjing/core/util/errors";

/** The county page's data in two requests (slug look-up, roster); `undefined` for an unknown slug. */
export async function loadCountyPage(slug: string) {
  try {
    const county = await withActor({ type: "public", properties: {} }, () => County.bySlug(slug));
    return await withActor({ type: "public", properties: { countyId: county.countyId } }, () => County.roster());
  } catch (error) {
    if (error instanceof VisibleError && (error.kind === "not_found" || error.kind === "input")) return undefined;
    throw error;
  }
}

export type CountyPageData = NonNullable<Awaited<ReturnType<typeof loadCountyPage>>>;
