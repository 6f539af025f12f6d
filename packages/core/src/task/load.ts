import type { EntityItem } from "electrodb";
import { useCounty } from "../actor";
import { db } from "../db/service";
import { NotFoundError } from "../util/errors";
import { canSee } from "./access";
import type { TaskEntity } from "./task.entity";

export type TaskItem = EntityItem<typeof TaskEntity>;

export function taskNotFound() {
  return new NotFoundError("task.not_found", "No such task");
}

/** The task, if it exists in the caller's county and the running verb's scope sees it; "not found" otherwise. */
export async function loadVisible(taskId: string): Promise<TaskItem> {
  const { data } = await db.entities.task.get({ countyId: useCounty(), taskId }).go();
  if (!data || !canSee(data)) throw taskNotFound();
  return data;
}
