import { authRouter } from "./routers/auth";
import { countyRouter } from "./routers/county";
import { userRouter } from "./routers/user";
import { router } from "./trpc";

export const appRouter = router({
  auth: authRouter,
  county: countyRouter,
  user: userRouter,
});

export type AppRouter = typeof appRouter;
