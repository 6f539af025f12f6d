import { Keys } from "@cunjing/core/keys/index";
import { mutation, query, router } from "../trpc";

export const keysRouter = router({
  status: query(Keys.status),
  overview: query(Keys.overview),
  rotateData: mutation(Keys.rotateData),
  rotateWebhook: mutation(Keys.rotateWebhook),
  rotateAll: mutation(Keys.rotateAll),
});
