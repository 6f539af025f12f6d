import { withActor } from "@cunjing/core/actor";
import { County } from "@cunjing/core/county/index";
import { procedure, router } from "../trpc";

export const countyRouter = router({
  list: procedure.query(() => County.list()),
  bySlug: procedure.input(County.bySlug.schema).query(async ({ input }) => {
    const county = await County.bySlug(input);
    return withActor({ type: "public", properties: { countyId: county.countyId } }, () => County.roster());
  }),
  create: procedure.input(County.create.schema).mutation(({ input }) => County.create(input)),
  suspend: procedure.input(County.suspend.schema).mutation(({ input }) => County.suspend(input)),
  reactivate: procedure.input(County.reactivate.schema).mutation(({ input }) => County.reactivate(input)),
});
