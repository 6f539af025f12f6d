import { withActor } from "@cunjing/core/actor";
import { County } from "@cunjing/core/county/index";
import { procedure, router } from "../trpc";

export const countyRouter = router({
  list: procedure.query(() => County.list()),
  bySlug: procedure.input(County.bySlug.schema).query(async ({ input }) => {
    const county = await County.bySlug(input);
    return withActor({ type: "public", properties: { countyId: county.countyId } }, () => County.roster());
  }),
});
