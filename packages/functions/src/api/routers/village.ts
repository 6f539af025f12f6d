import { Village } from "@cunjing/core/village/index";
import { mutation, query, router } from "../trpc";

export const villageRouter = router({
  list: query(Village.list),
  get: query(Village.get),
  create: mutation(Village.create),
  update: mutation(Village.update),
  archive: mutation(Village.archive),
  restore: mutation(Village.restore),
  assignOfficer: mutation(Village.assignOfficer),
  unassignOfficer: mutation(Village.unassignOfficer),
  history: query(Village.history),
  withoutOfficer: query(Village.withoutOfficer),
});
