import { withActor } from "@cunjing/core/actor";
import { County } from "@cunjing/core/county/index";
import { publicProcedure, router } from "../trpc";

export const countyRouter = router({
  list: publicProcedure.query(() => County.list()),
  bySlug: publicProcedure.input(County.bySlug.schema).query(async ({ input }) => {
    const county = await County.bySlug(input);
    return withActor({ type: "public", properties: { countyId: county.countyId } }, () => County.roster());
  }),
});
