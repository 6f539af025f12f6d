import { WorkLog } from "@cunjing/core/worklog/index";
import { mutation, query, router } from "../trpc";

export const workLogRouter = router({
  record: mutation(WorkLog.record),
  recordBatch: mutation(WorkLog.recordBatch),
  edit: mutation(WorkLog.edit),
  remove: mutation(WorkLog.remove),
  get: query(WorkLog.get),
  byOfficer: query(WorkLog.byOfficer),
});
