import { Task } from "@cunjing/core/task/index";
import { mutation, query, router } from "../trpc";

export const taskRouter = router({
  create: mutation(Task.create),
  list: query(Task.list),
  today: query(Task.today),
  get: query(Task.get),
  overdue: query(Task.overdue),
  assignable: query(Task.assignable),
  transition: mutation(Task.transition),
  cancel: mutation(Task.cancel),
  comment: mutation(Task.comment),
});
