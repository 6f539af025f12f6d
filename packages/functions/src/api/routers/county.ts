import { withActor } from "@cunjing/core/actor";
import { County } from "@cunjing/core/county/index";
import { NotFoundError } from "@cunjing/core/util/errors";
import { procedure, router } from "../trpc";

export const countyRouter = router({
  // The public directory: a county appears once it has a village.
  list: procedure.query(async () => (await County.list()).filter(County.isOpen)),
  bySlug: procedure.input(County.bySlug.schema).query(async ({ input }) => {
    const county = await County.bySlug(input);
    if (!County.isOpen(county)) throw new NotFoundError("county.not_found", "No such county");
    return withActor({ type: "public", properties: { countyId: county.countyId } }, () => County.roster());
  }),
  create: procedure.input(County.create.schema).mutation(({ input }) => County.create(input)),
  suspend: procedure.input(County.suspend.schema).mutation(({ input }) => County.suspend(input)),
  reactivate: procedure.input(County.reactivate.schema).mutation(({ input }) => County.reactivate(input)),
});
