import type { EntityItem } from "electrodb";
import * as z from "zod";
import { useCounty } from "../actor";
import { db } from "../db/service";
import { fn } from "../util/fn";
import { createId } from "../util/id";
import { id } from "../util/schemas";
import { currentPerson, workers } from "./access";
import type { TaskCommentEntity } from "./comment.entity";
import { loadVisible } from "./load";

export type TaskComment = EntityItem<typeof TaskCommentEntity>;

export const commentSchema = z.object({
  taskId: id,
  text: z.string().trim().min(1, "Required").max(1000, "Use at most 1000 characters"),
});

/** Anyone who may see a task may comment on it, whatever its state. */
export const commentOnTask = fn(workers, commentSchema, async (input): Promise<TaskComment> => {
  const [task, person] = await Promise.all([loadVisible(input.taskId), currentPerson()]);
  const { data } = await db.entities.taskComment
    .create({
      countyId: useCounty(),
      taskId: task.taskId,
      at: new Date().toISOString(),
      commentId: createId(),
      authorId: person.id,
      authorName: person.name,
      authorRole: person.role,
      text: input.text,
    })
    .go();
  return data;
});
