import { Precinct } from "@cunjing/core/precinct/index";
import { mutation, query, router } from "../trpc";

export const precinctRouter = router({
  list: query(Precinct.list),
  get: query(Precinct.get),
  create: mutation(Precinct.create),
  update: mutation(Precinct.update),
  archive: mutation(Precinct.archive),
  restore: mutation(Precinct.restore),
  supervisors: query(Precinct.supervisors),
});
