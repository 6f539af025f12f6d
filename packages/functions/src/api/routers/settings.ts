import { Settings } from "@cunjing/core/settings/index";
import { procedure, router } from "../trpc";

export const settingsRouter = router({
  get: procedure.query(() => Settings.get()),
  update: procedure.input(Settings.update.schema).mutation(({ input }) => Settings.update(input)),
});
