import { Village } from "@cunjing/core/village/index";
import { procedure, router } from "../trpc";

export const villageRouter = router({
  list: procedure.input(Village.list.schema).query(({ input }) => Village.list(input)),
  get: procedure.input(Village.get.schema).query(({ input }) => Village.get(input)),
  create: procedure.input(Village.create.schema).mutation(({ input }) => Village.create(input)),
  update: procedure.input(Village.update.schema).mutation(({ input }) => Village.update(input)),
  archive: procedure.input(Village.archive.schema).mutation(({ input }) => Village.archive(input)),
  restore: procedure.input(Village.restore.schema).mutation(({ input }) => Village.restore(input)),
  assignOfficer: procedure.input(Village.assignOfficer.schema).mutation(({ input }) => Village.assignOfficer(input)),
  unassignOfficer: procedure
    .input(Village.unassignOfficer.schema)
    .mutation(({ input }) => Village.unassignOfficer(input)),
  history: procedure.input(Village.history.schema).query(({ input }) => Village.history(input)),
  withoutOfficer: procedure.query(() => Village.withoutOfficer()),
});
