import { WorkLog } from "@cunjing/core/worklog/index";
import { procedure, router } from "../trpc";

export const workLogRouter = router({
  record: procedure.input(WorkLog.record.schema).mutation(({ input }) => WorkLog.record(input)),
  recordBatch: procedure.input(WorkLog.recordBatch.schema).mutation(({ input }) => WorkLog.recordBatch(input)),
  edit: procedure.input(WorkLog.edit.schema).mutation(({ input }) => WorkLog.edit(input)),
  remove: procedure.input(WorkLog.remove.schema).mutation(({ input }) => WorkLog.remove(input)),
  get: procedure.input(WorkLog.get.schema).query(({ input }) => WorkLog.get(input)),
  byOfficer: procedure.input(WorkLog.byOfficer.schema).query(({ input }) => WorkLog.byOfficer(input)),
});
