import { Precinct } from "@cunjing/core/precinct/index";
import { procedure, router } from "../trpc";

export const precinctRouter = router({
  list: procedure.query(() => Precinct.list()),
  get: procedure.input(Precinct.get.schema).query(({ input }) => Precinct.get(input)),
  create: procedure.input(Precinct.create.schema).mutation(({ input }) => Precinct.create(input)),
  update: procedure.input(Precinct.update.schema).mutation(({ input }) => Precinct.update(input)),
  archive: procedure.input(Precinct.archive.schema).mutation(({ input }) => Precinct.archive(input)),
  restore: procedure.input(Precinct.restore.schema).mutation(({ input }) => Precinct.restore(input)),
  supervisors: procedure.input(Precinct.supervisors.schema).query(({ input }) => Precinct.supervisors(input)),
});
