import * as z from "zod";
import { reaches, useScope } from "../access";
import { useActor, useCounty } from "../actor";
import { Audit } from "../audit/index";
import { Counter } from "../counter/index";
import { db } from "../db/service";
import { assertCommitted } from "../db/transaction";
import { ConflictError, ForbiddenError, InputError, NotFoundError } from "../util/errors";
import { fn } from "../util/fn";
import { createId } from "../util/id";
import { id } from "../util/schemas";
import { assigners, currentPerson } from "./access";
import { maxTeamSize, priorities, priorityRank } from "./rules";
import { noOfficer, noPrecinct, scopesOf } from "./scope";

/** How far ahead a task may be due. */
const maxDaysAhead = 366;

export const createSchema = z.object({
  /** Chosen by the client if it likes, so that a retried submission cannot create a second task. */
  taskId: id.optional(),
  title: z.string().trim().min(1, "Required").max(80, "Use at most 80 characters"),
  description: z.string().trim().max(2000, "Use at most 2000 characters").default(""),
  /** The day it is due, in Asia/Shanghai. */
  dueDate: Counter.daySchema,
  priority: z.enum(priorities).default("normal"),
  villageId: id,
  officerIds: z
    .array(id)
    .min(1, "Choose at least one officer")
    .max(maxTeamSize, "A team has at most 3 officers")
    .refine((ids) => new Set(ids).size === ids.length, "Choose each officer once"),
  /** A follow-up of a hazard entry in the work log: at most one task per entry. */
  source: z.object({ kind: z.literal("hazard"), workLogId: id }).optional(),
});

/**
 * Assigns a task to one officer or a team of up to three, in one transaction with its queue
 * entries (county, precinct, each assignee). Who may assign:
 * - a county admin: any active officers and village of the county;
 * - a precinct supervisor: officers and a village of their own precinct;
 * - an officer: only a follow-up of a hazard entry they logged themselves, assigned to themselves,
 *   in a village of their patch (checked against the entry in the same transaction);
 * - the system actor: anything in its county, due dates in the past included (imports, seeding).
 * The task belongs to the village's precinct. A hazard entry opens at most one follow-up task.
 */
export const createTask = fn(assigners, createSchema, async (input) => {
  const countyId = useCounty();
  const scope = useScope();
  assertMayAssign(input);
  if (scope !== "system") assertDueDate(input.dueDate);

  const [village, officers, person] = await Promise.all([
    db.entities.village.get({ countyId, villageId: input.villageId }).go(),
    Promise.all(input.officerIds.map((officerId) => db.entities.officer.get({ countyId, officerId }).go())),
    currentPerson(),
  ]);
  if (!village.data || village.data.status !== "active")
    throw new NotFoundError("village.not_found", "No such village");
  const team = officers.map(({ data }) => {
    if (!data || data.status !== "active") throw new NotFoundError("officer.not_found", "No such officer");
    return data;
  });
  if (scope === "precinct") {
    if (!reaches({ precinctId: village.data.precinctId })) {
      throw new ForbiddenError("task.village_outside_precinct", "Choose a village of your own police station");
    }
    if (team.some((officer) => !reaches({ precinctId: officer.precinctId }))) {
      throw new ForbiddenError("task.officer_outside_precinct", "Choose officers of your own police station");
    }
  }

  const taskId = input.taskId ?? createId();
  const now = Date.now();
  const summary = {
    taskId,
    title: input.title,
    priority: input.priority,
    state: "open" as const,
    dueDate: input.dueDate,
    version: 1,
    precinctId: village.data.precinctId,
    villageId: village.data.villageId,
    villageNameZh: village.data.nameZh,
    villageNameEn: village.data.nameEn,
    officerIds: input.officerIds,
    assignees: team.map(({ officerId, nameZh, nameEn }) => ({ officerId, nameZh, nameEn })),
    assignedBy: person.id,
    assignedByName: person.name,
    sourceKind: input.source?.kind,
    assignedAt: now,
  };
  const scopes = scopesOf(summary);
  const source = input.source;
  // An officer's follow-up must stem from an entry they logged themselves.
  const ownEntriesOf = scope === "patch" ? ownOfficerId() : undefined;
  const result = await db.transaction
    .write(({ task, taskOpen, unique, workLog }) => [
      task
        .create({
          ...summary,
          countyId,
          description: input.description,
          source,
          assignedByRole: person.role,
          history: [{ state: "open", at: now, by: person.id, byName: person.name }],
        })
        .commit(),
      ...scopes.map((taskScope) =>
        taskOpen.create({ ...summary, countyId, taskScope, rank: priorityRank[input.priority] }).commit(),
      ),
      ...(source
        ? [
            unique
              .create({ scope: countyId, kind: "task.source", value: `hazard:${source.workLogId}`, ownerId: taskId })
              .commit(),
            workLog
              .check({ countyId, entryId: source.workLogId })
              .where((a, op) =>
                [
                  op.eq(a.category, "hazard"),
                  op.eq(a.villageId, input.villageId),
                  ...(ownEntriesOf ? [op.eq(a.officerId, ownEntriesOf)] : []),
                ].join(" AND "),
              )
              .commit(),
          ]
        : []),
    ])
    .go();
  assertCommitted(result, (index) => {
    if (index === 1 + scopes.length)
      return new ConflictError("task.follow_up_exists", "This hazard already has a follow-up task");
    if (index === 2 + scopes.length)
      return new NotFoundError("task.source_not_found", "No such hazard entry in this village");
    return new ConflictError("task.exists", "This task exists");
  });

  await Audit.record({
    countyId,
    action: "task.assigned",
    subject: taskId,
    detail: {
      officerIds: input.officerIds.join(","),
      villageId: input.villageId,
      dueDate: input.dueDate,
      priority: input.priority,
      ...(source ? { source: `${source.kind}:${source.workLogId}` } : {}),
    },
  });
  return taskId;
});

/** The caller's officer record, if the caller is a user linked to one. */
function ownOfficerId(): string | undefined {
  const actor = useActor();
  return actor.type === "user" ? actor.properties.officerId : undefined;
}

/** A precinct scope assigns within its precinct; a patch (an officer) opens only follow-ups of their own hazards. */
function assertMayAssign(input: z.output<typeof createSchema>) {
  const scope = useScope();
  const actor = useActor();
  if (scope === "precinct" && !(actor.type === "user" && actor.properties.precinctId)) throw noPrecinct();
  if (scope !== "patch") return;
  const officerId = ownOfficerId();
  if (!officerId) throw noOfficer();
  if (!input.source) {
    throw new ForbiddenError(
      "task.officer_cannot_assign",
      "Officers open tasks only as follow-ups of their own hazard entries",
    );
  }
  if (input.officerIds.length !== 1 || input.officerIds[0] !== officerId) {
    throw new ForbiddenError("task.follow_up_self_only", "A follow-up task you open is assigned to you alone");
  }
  if (!reaches({ villageId: input.villageId })) {
    throw new ForbiddenError("task.village_outside_patch", "Choose a village you serve");
  }
}

/** Users assign from today (Asia/Shanghai) up to a year ahead. */
function assertDueDate(dueDate: string) {
  const today = Counter.dayOf(Date.now());
  const latest = Counter.dayOf(Date.now() + maxDaysAhead * 86_400_000);
  if (dueDate < today) {
    throw new InputError("task.due_in_past", "The due date has passed", { dueDate: ["The due date has passed"] });
  }
  if (dueDate > latest) {
    throw new InputError("task.due_too_far", "Choose a due date within a year", {
      dueDate: ["Choose a due date within a year"],
    });
  }
}
