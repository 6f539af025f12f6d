import { countyRouter } from "./routers/county";
import { router } from "./trpc";

export const appRouter = router({
  county: countyRouter,
});

export type AppRouter = typeof appRouter;
