import { Upload } from "@cunjing/core/upload/index";
import { procedure, router } from "../trpc";

export const uploadRouter = router({
  begin: procedure.input(Upload.begin.schema).mutation(({ input }) => Upload.begin(input)),
  complete: procedure.input(Upload.complete.schema).mutation(({ input }) => Upload.complete(input)),
});
