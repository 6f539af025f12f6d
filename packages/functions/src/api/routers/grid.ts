import { Grid } from "@cunjing/core/grid/index";
import { procedure, router } from "../trpc";

export const gridRouter = router({
  list: procedure.input(Grid.list.schema).query(({ input }) => Grid.list(input)),
  create: procedure.input(Grid.create.schema).mutation(({ input }) => Grid.create(input)),
  update: procedure.input(Grid.update.schema).mutation(({ input }) => Grid.update(input)),
  archive: procedure.input(Grid.archive.schema).mutation(({ input }) => Grid.archive(input)),
  restore: procedure.input(Grid.restore.schema).mutation(({ input }) => Grid.restore(input)),
});
