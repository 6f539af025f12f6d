import { Officer } from "@cunjing/core/officer/index";
import { procedure, router } from "../trpc";

export const officerRouter = router({
  list: procedure.input(Officer.list.schema).query(({ input }) => Officer.list(input)),
  get: procedure.input(Officer.get.schema).query(({ input }) => Officer.get(input)),
  create: procedure.input(Officer.create.schema).mutation(({ input }) => Officer.create(input)),
  update: procedure.input(Officer.update.schema).mutation(({ input }) => Officer.update(input)),
  archive: procedure.input(Officer.archive.schema).mutation(({ input }) => Officer.archive(input)),
  restore: procedure.input(Officer.restore.schema).mutation(({ input }) => Officer.restore(input)),
});
