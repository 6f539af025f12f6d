import { Grid } from "@cunjing/core/grid/index";
import { mutation, query, router } from "../trpc";

export const gridRouter = router({
  list: query(Grid.list),
  create: mutation(Grid.create),
  update: mutation(Grid.update),
  archive: mutation(Grid.archive),
  restore: mutation(Grid.restore),
});
