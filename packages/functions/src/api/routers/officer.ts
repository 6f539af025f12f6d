import { Officer } from "@cunjing/core/officer/index";
import { mutation, query, router } from "../trpc";

export const officerRouter = router({
  list: query(Officer.list),
  get: query(Officer.get),
  create: mutation(Officer.create),
  update: mutation(Officer.update),
  archive: mutation(Officer.archive),
  restore: mutation(Officer.restore),
});
