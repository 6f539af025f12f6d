import { Dashboard } from "@cunjing/core/dashboard/index";
import { procedure, router } from "../trpc";

export const dashboardRouter = router({
  forScope: procedure.input(Dashboard.forScope.schema).query(({ input }) => Dashboard.forScope(input)),
});
