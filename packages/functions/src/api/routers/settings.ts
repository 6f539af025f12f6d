import { Settings } from "@cunjing/core/settings/index";
import { mutation, query, router } from "../trpc";

export const settingsRouter = router({
  get: query(Settings.get),
  update: mutation(Settings.update),
});
