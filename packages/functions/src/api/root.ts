import { authRouter } from "./routers/auth";
import { countyRouter } from "./routers/county";
import { dashboardRouter } from "./routers/dashboard";
import { gridRouter } from "./routers/grid";
import { importRouter } from "./routers/import";
import { officerRouter } from "./routers/officer";
import { precinctRouter } from "./routers/precinct";
import { ratingRouter } from "./routers/rating";
import { settingsRouter } from "./routers/settings";
import { uploadRouter } from "./routers/upload";
import { villageRouter } from "./routers/village";
import { taskRouter } from "./routers/task";
import { userRouter } from "./routers/user";
import { workLogRouter } from "./routers/workLog";
import { intakeRouter } from "./routers/intake";
import { alertRouter } from "./routers/alert";
import { storyRouter } from "./routers/story";
import { brandRouter } from "./routers/brand";
import { excellenceRouter } from "./routers/excellence";
import { appointmentRouter } from "./routers/appointment";
import { keysRouter } from "./routers/keys";
import { router } from "./trpc";

export const appRouter = router({
  auth: authRouter,
  county: countyRouter,
  precinct: precinctRouter,
  village: villageRouter,
  grid: gridRouter,
  officer: officerRouter,
  import: importRouter,
  settings: settingsRouter,
  upload: uploadRouter,
  user: userRouter,
  workLog: workLogRouter,
  dashboard: dashboardRouter,
  task: taskRouter,
  rating: ratingRouter,
  intake: intakeRouter,
  alert: alertRouter,
  story: storyRouter,
  brand: brandRouter,
  excellence: excellenceRouter,
  appointment: appointmentRouter,
  keys: keysRouter,
});

export type AppRouter = typeof appRouter;
