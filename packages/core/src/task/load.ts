import type { EntityItem } from "electrodb";
import { useActor, useCounty } from "../actor";
import { db } from "../db/service";
import { NotFoundError } from "../util/errors";
import { canSee } from "./access";
import type { TaskEntity } from "./task.entity";

export type TaskItem = EntityItem<typeof TaskEntity>;

export function taskNotFound() {
  return new NotFoundError("task.not_found", "No such task");
}

/** The task, if it exists in the actor's county and the actor may see it; "not found" otherwise. */
export async function loadVisible(taskId: string): Promise<TaskItem> {
  const { data } = await db.entities.task.get({ countyId: useCounty(), taskId }).go();
  if (!data || !canSee(useActor(), data)) throw taskNotFound();
  return data;
}
