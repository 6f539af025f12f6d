import { Dashboard } from "@cunjing/core/dashboard/index";
import { query, router } from "../trpc";

export const dashboardRouter = router({
  forScope: query(Dashboard.forScope),
});
