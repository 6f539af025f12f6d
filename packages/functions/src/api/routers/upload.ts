import { beginUpload } from "@cunjing/core/upload/begin";
import { mutation, router } from "../trpc";

/**
 * Where the browser puts an image. Completing an upload (checking and resizing it) is the web
 * server's `POST /console/media/complete/{id}`: the API Lambda carries no image code (sharp is native,
 * and SST v2 would install its own old version into any function that imports it).
 */
export const uploadRouter = router({
  begin: mutation(beginUpload),
});
