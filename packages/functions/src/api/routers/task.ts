import { Task } from "@cunjing/core/task/index";
import { procedure, router } from "../trpc";

export const taskRouter = router({
  create: procedure.input(Task.create.schema).mutation(({ input }) => Task.create(input)),
  list: procedure.input(Task.list.schema).query(({ input }) => Task.list(input)),
  today: procedure.query(() => Task.today()),
  get: procedure.input(Task.get.schema).query(({ input }) => Task.get(input)),
  overdue: procedure.input(Task.overdue.schema).query(({ input }) => Task.overdue(input)),
  assignable: procedure.input(Task.assignable.schema).query(({ input }) => Task.assignable(input)),
  transition: procedure.input(Task.transition.schema).mutation(({ input }) => Task.transition(input)),
  cancel: procedure.input(Task.cancel.schema).mutation(({ input }) => Task.cancel(input)),
  comment: procedure.input(Task.comment.schema).mutation(({ input }) => Task.comment(input)),
});
