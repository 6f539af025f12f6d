import { withActor } from "@cunjing/core/actor";
import { County } from "@cunjing/core/county/index";
import { NotFoundError } from "@cunjing/core/util/errors";
import { mutation, queryMapped, router } from "../trpc";

export const countyRouter = router({
  // The public directory: a county appears once it has a village.
  list: queryMapped(County.list, (counties) => counties.filter(County.isOpen).map(County.publicView)),
  bySlug: queryMapped(County.bySlug, async (county) => {
    if (!County.isOpen(county)) throw new NotFoundError("county.not_found", "No such county");
    return withActor({ type: "public", properties: { countyId: county.countyId } }, () => County.directory());
  }),
  create: mutation(County.create),
  suspend: mutation(County.suspend),
  reactivate: mutation(County.reactivate),
});
