import * as z from 'zod';
import { k as useActor, a as assertRole, u as useCounty, d as db, n as platformTenant, q as canMove, x as summaryFields, y as isActive, z as priorityRank, c as createId, A as maxTeamSize, B as priorities, e as assertActor, f as documentClient, C as taskStates, D as activeStates, E as closedStates } from './id_CvCQQS6k.mjs';
import { C as County } from './index_BeLTUk0H.mjs';
import { F as ForbiddenError, N as NotFoundError, C as ConflictError, I as InputError } from './errors_MfzDXNyI.mjs';
import { f as fn, i as id } from './schemas_Cu4Pp2P7.mjs';
import { A as Audit } from './index_IgvBWgW0.mjs';
import { a as assertCommitted } from './transaction_BNauezNn.mjs';
import { C as Counter } from './index_ByJNsHNY.mjs';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { c as checkCursor } from './cursor_CwYB1jja.mjs';

const scopeSchema = z.string().regex(/^(county|(precinct|officer):[a-z0-9-]{1,40})$/, "Not a valid task scope");
const taskScope = {
  county: () => "county",
  precinct: (precinctId) => `precinct:${precinctId}`,
  officer: (officerId) => `officer:${officerId}`
};
function scopesOf(task) {
  return [taskScope.county(), taskScope.precinct(task.precinctId), ...task.officerIds.map(taskScope.officer)];
}
function readableScope(requested) {
  const actor = useActor();
  if (actor.type === "system") return {
    scope: requested ?? taskScope.county()
  };
  if (actor.type !== "user") throw new ForbiddenError();
  const {
    role,
    precinctId,
    officerId
  } = actor.properties;
  switch (role) {
    case "county_admin":
      return {
        scope: requested ?? taskScope.county()
      };
    case "precinct_supervisor": {
      if (!precinctId) throw noPrecinct();
      const own = taskScope.precinct(precinctId);
      const scope = requested ?? own;
      if (scope === own) return {
        scope
      };
      if (scope.startsWith("officer:")) return {
        scope,
        precinctId
      };
      throw new ForbiddenError("task.outside_precinct", "You may only see tasks of your own police station");
    }
    case "officer": {
      if (!officerId) throw noOfficer();
      const own = taskScope.officer(officerId);
      if ((requested ?? own) !== own) throw new ForbiddenError("task.not_own", "You may only see your own tasks");
      return {
        scope: own
      };
    }
    default:
      throw new ForbiddenError();
  }
}
function noPrecinct() {
  return new ForbiddenError("task.no_precinct", "Your account is not linked to a police station");
}
function noOfficer() {
  return new ForbiddenError("task.no_officer_record", "Your account is not linked to an officer record");
}

const byName = (a, b) => a.nameZh.localeCompare(b.nameZh, "zh-Hans-CN");
const assignableFor = fn(z.object({
  precinctId: id.optional()
}).prefault({}), async (input) => {
  const actor = assertRole("county_admin", "precinct_supervisor");
  const countyId = useCounty();
  let precinctId = input.precinctId;
  if (actor.type === "user" && actor.properties.role === "precinct_supervisor") {
    if (!actor.properties.precinctId) throw noPrecinct();
    if (precinctId && precinctId !== actor.properties.precinctId) {
      throw new ForbiddenError("task.outside_precinct", "You may only see tasks of your own police station");
    }
    precinctId = actor.properties.precinctId;
  }
  const roster = precinctId ? await Promise.all([db.collections.precinctRoster({
    countyId,
    precinctId
  }).go({
    pages: "all"
  }), db.entities.precinct.get({
    countyId,
    precinctId
  }).go()]).then(([{
    data
  }, precinct]) => ({
    precincts: precinct.data ? [precinct.data] : [],
    villages: data.village,
    officers: data.officer
  })) : await County.roster();
  return {
    precincts: roster.precincts.filter((precinct) => precinct.status === "active").map(({
      precinctId: precinctId2,
      nameZh,
      nameEn
    }) => ({
      precinctId: precinctId2,
      nameZh,
      nameEn
    })).sort(byName),
    villages: roster.villages.filter((village) => village.status === "active").map(({
      villageId,
      precinctId: precinctId2,
      nameZh,
      nameEn,
      officerId
    }) => ({
      villageId,
      precinctId: precinctId2,
      nameZh,
      nameEn,
      officerId
    })).sort(byName),
    officers: roster.officers.filter((officer) => officer.status === "active").map(({
      officerId,
      precinctId: precinctId2,
      nameZh,
      nameEn,
      badge,
      villageIds
    }) => ({
      officerId,
      precinctId: precinctId2,
      nameZh,
      nameEn,
      badge,
      villageIds: [...villageIds ?? []]
    })).sort(byName)
  };
});

function isAssignee(actor, task) {
  return actor.type === "user" && !!actor.properties.officerId && task.officerIds.includes(actor.properties.officerId);
}
function canSee(actor, task) {
  if (actor.type === "system") return true;
  if (actor.type !== "user") return false;
  const {
    role,
    precinctId,
    userId
  } = actor.properties;
  if (role === "county_admin") return true;
  if (role === "precinct_supervisor" && precinctId === task.precinctId) return true;
  if (role === "health_liaison" || role === "platform_admin") return false;
  return isAssignee(actor, task) || task.assignedBy === userId;
}
function canCancel(actor, task) {
  if (actor.type === "system") return true;
  if (actor.type !== "user") return false;
  const {
    role,
    precinctId,
    userId
  } = actor.properties;
  if (role === "county_admin") return true;
  if (role === "precinct_supervisor" && precinctId === task.precinctId) return true;
  return role !== "health_liaison" && role !== "platform_admin" && task.assignedBy === userId;
}
function permissionsOf(actor, task) {
  const active = task.state === "open" || task.state === "in_progress";
  const assignee = actor.type === "system" || isAssignee(actor, task);
  return {
    start: assignee && task.state === "open",
    finish: assignee && task.state === "in_progress",
    cancel: active && canCancel(actor, task),
    comment: true
  };
}
async function currentPerson() {
  const actor = useActor();
  if (actor.type !== "user") return {
    id: "system",
    name: "system",
    role: actor.type
  };
  const {
    userId,
    countyId,
    role
  } = actor.properties;
  const {
    data
  } = await db.entities.user.get({
    countyId: countyId ?? platformTenant,
    userId
  }).go();
  return {
    id: userId,
    name: data?.displayName ?? userId,
    role
  };
}

function taskNotFound() {
  return new NotFoundError("task.not_found", "No such task");
}
async function loadVisible(taskId) {
  const {
    data
  } = await db.entities.task.get({
    countyId: useCounty(),
    taskId
  }).go();
  if (!data || !canSee(useActor(), data)) throw taskNotFound();
  return data;
}

const version = z.number().int().min(1);
const note = z.string().trim().max(500, "Use at most 500 characters");
const transitionSchema = z.object({
  taskId: id,
  version,
  to: z.enum(["in_progress", "done"]),
  /** Optional words on the change, e.g. how the task was resolved. */
  note: note.optional()
});
const cancelSchema = z.object({
  taskId: id,
  version,
  reason: note.min(1, "Required")
});
const transitionTask = fn(transitionSchema, async (input) => {
  const actor = assertRole("officer", "precinct_supervisor", "county_admin");
  const task = await loadVisible(input.taskId);
  if (task.state === input.to) return {
    task,
    changed: false
  };
  assertMove(task.state, input.to);
  if (actor.type === "user" && !isAssignee(actor, task)) {
    throw new ForbiddenError("task.not_assignee", "Only the officers assigned to this task may change its state");
  }
  assertVersion(task, input.version);
  return {
    task: await move(task, input.to, input.note),
    changed: true
  };
});
const cancelTask = fn(cancelSchema, async (input) => {
  assertRole("officer", "precinct_supervisor", "county_admin");
  const task = await loadVisible(input.taskId);
  if (task.state === "cancelled") return {
    task,
    changed: false
  };
  assertMove(task.state, "cancelled");
  if (!canCancel(useActor(), task)) {
    throw new ForbiddenError("task.cannot_cancel", "Only whoever assigned this task, or a supervisor, may cancel it");
  }
  assertVersion(task, input.version);
  return {
    task: await move(task, "cancelled", input.reason),
    changed: true
  };
});
function assertMove(from, to) {
  if (!canMove(from, to)) {
    throw new ConflictError("task.illegal_transition", `A task that is ${from.replace("_", " ")} cannot become ${to.replace("_", " ")}`);
  }
}
function assertVersion(task, expected) {
  if (task.version !== expected) throw staleTask();
}
function staleTask() {
  return new ConflictError("task.stale", "Someone changed this task in the meantime; reload it and try again");
}
async function move(task, to, text) {
  const countyId = useCounty();
  const person = await currentPerson();
  const now = Date.now();
  const next = task.version + 1;
  const entry = {
    state: to,
    at: now,
    by: person.id,
    byName: person.name,
    ...text ? {
      note: text
    } : {}
  };
  const closing = !isActive(to);
  const summary = {
    ...pickSummary(task),
    state: to,
    version: next
  };
  const keyOf = (taskScope) => ({
    countyId,
    taskScope,
    dueDate: task.dueDate,
    rank: priorityRank[task.priority],
    taskId: task.taskId
  });
  const scopes = scopesOf(task);
  const result = await db.transaction.write(({
    task: tasks,
    taskOpen,
    taskClosed
  }) => [tasks.patch({
    countyId,
    taskId: task.taskId
  }).set({
    state: to,
    version: next,
    ...closing ? {
      closedAt: now
    } : {}
  }).append({
    history: [entry]
  }).where((a, op) => `${op.eq(a.version, task.version)} AND ${op.eq(a.state, task.state)}`).commit(), ...closing ? scopes.map((taskScope) => taskOpen.delete(keyOf(taskScope)).commit()) : scopes.map((taskScope) => taskOpen.patch(keyOf(taskScope)).set({
    state: to,
    version: next
  }).commit()), ...closing ? scopes.map((taskScope) => taskClosed.create({
    ...summary,
    countyId,
    taskScope,
    closedAt: new Date(now).toISOString()
  }).commit()) : []]).go();
  if (result.canceled && result.data.some((reason) => reason.code === "TransactionConflict")) throw staleTask();
  assertCommitted(result, () => staleTask());
  await Audit.record({
    countyId,
    action: "task.state_changed",
    subject: task.taskId,
    detail: {
      from: task.state,
      to,
      version: next
    }
  });
  return {
    ...task,
    state: to,
    version: next,
    history: [...task.history, entry],
    ...closing ? {
      closedAt: now
    } : {},
    updatedAt: now
  };
}
function pickSummary(task) {
  return Object.fromEntries(summaryFields.filter((field) => task[field] !== void 0).map((field) => [field, task[field]]));
}

const commentSchema = z.object({
  taskId: id,
  text: z.string().trim().min(1, "Required").max(1e3, "Use at most 1000 characters")
});
const commentOnTask = fn(commentSchema, async (input) => {
  assertRole("officer", "precinct_supervisor", "county_admin");
  const [task, person] = await Promise.all([loadVisible(input.taskId), currentPerson()]);
  const {
    data
  } = await db.entities.taskComment.create({
    countyId: useCounty(),
    taskId: task.taskId,
    at: (/* @__PURE__ */ new Date()).toISOString(),
    commentId: createId(),
    authorId: person.id,
    authorName: person.name,
    authorRole: person.role,
    text: input.text
  }).go();
  return data;
});

const maxDaysAhead = 366;
const createSchema = z.object({
  /** Chosen by the client if it likes, so that a retried submission cannot create a second task. */
  taskId: id.optional(),
  title: z.string().trim().min(1, "Required").max(80, "Use at most 80 characters"),
  description: z.string().trim().max(2e3, "Use at most 2000 characters").default(""),
  /** The day it is due, in Asia/Shanghai. */
  dueDate: Counter.daySchema,
  priority: z.enum(priorities).default("normal"),
  villageId: id,
  officerIds: z.array(id).min(1, "Choose at least one officer").max(maxTeamSize, "A team has at most 3 officers").refine((ids) => new Set(ids).size === ids.length, "Choose each officer once"),
  /** A follow-up of a hazard entry in the work log: at most one task per entry. */
  source: z.object({
    kind: z.literal("hazard"),
    workLogId: id
  }).optional()
});
const createTask = fn(createSchema, async (input) => {
  const actor = assertRole("county_admin", "precinct_supervisor", "officer");
  const countyId = useCounty();
  assertMayAssign(actor, input);
  if (actor.type === "user") assertDueDate(input.dueDate);
  const [village, officers, person] = await Promise.all([db.entities.village.get({
    countyId,
    villageId: input.villageId
  }).go(), Promise.all(input.officerIds.map((officerId2) => db.entities.officer.get({
    countyId,
    officerId: officerId2
  }).go())), currentPerson()]);
  if (!village.data || village.data.status !== "active") throw new NotFoundError("village.not_found", "No such village");
  const team = officers.map(({
    data
  }) => {
    if (!data || data.status !== "active") throw new NotFoundError("officer.not_found", "No such officer");
    return data;
  });
  if (actor.type === "user" && actor.properties.role === "precinct_supervisor") {
    const own = actor.properties.precinctId;
    if (village.data.precinctId !== own) {
      throw new ForbiddenError("task.village_outside_precinct", "Choose a village of your own police station");
    }
    if (team.some((officer) => officer.precinctId !== own)) {
      throw new ForbiddenError("task.officer_outside_precinct", "Choose officers of your own police station");
    }
  }
  const taskId = input.taskId ?? createId();
  const now = Date.now();
  const summary = {
    taskId,
    title: input.title,
    priority: input.priority,
    state: "open",
    dueDate: input.dueDate,
    version: 1,
    precinctId: village.data.precinctId,
    villageId: village.data.villageId,
    villageNameZh: village.data.nameZh,
    villageNameEn: village.data.nameEn,
    officerIds: input.officerIds,
    assignees: team.map(({
      officerId: officerId2,
      nameZh,
      nameEn
    }) => ({
      officerId: officerId2,
      nameZh,
      nameEn
    })),
    assignedBy: person.id,
    assignedByName: person.name,
    sourceKind: input.source?.kind,
    assignedAt: now
  };
  const scopes = scopesOf(summary);
  const source = input.source;
  const officerId = actor.type === "user" ? actor.properties.officerId : void 0;
  const result = await db.transaction.write(({
    task,
    taskOpen,
    unique,
    workLog
  }) => [task.create({
    ...summary,
    countyId,
    description: input.description,
    source,
    assignedByRole: person.role,
    history: [{
      state: "open",
      at: now,
      by: person.id,
      byName: person.name
    }]
  }).commit(), ...scopes.map((taskScope) => taskOpen.create({
    ...summary,
    countyId,
    taskScope,
    rank: priorityRank[input.priority]
  }).commit()), ...source ? [unique.create({
    scope: countyId,
    kind: "task.source",
    value: `hazard:${source.workLogId}`,
    ownerId: taskId
  }).commit(), workLog.check({
    countyId,
    entryId: source.workLogId
  }).where((a, op) => [op.eq(a.category, "hazard"), op.eq(a.villageId, input.villageId), ...officerId && isOfficer(actor) ? [op.eq(a.officerId, officerId)] : []].join(" AND ")).commit()] : []]).go();
  assertCommitted(result, (index) => {
    if (index === 1 + scopes.length) return new ConflictError("task.follow_up_exists", "This hazard already has a follow-up task");
    if (index === 2 + scopes.length) return new NotFoundError("task.source_not_found", "No such hazard entry in this village");
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
      ...source ? {
        source: `${source.kind}:${source.workLogId}`
      } : {}
    }
  });
  return taskId;
});
function isOfficer(actor) {
  return actor.type === "user" && actor.properties.role === "officer";
}
function assertMayAssign(actor, input) {
  if (actor.type !== "user") return;
  const {
    role,
    precinctId,
    officerId,
    villageIds
  } = actor.properties;
  if (role === "precinct_supervisor" && !precinctId) throw noPrecinct();
  if (role !== "officer") return;
  if (!officerId) throw noOfficer();
  if (!input.source) {
    throw new ForbiddenError("task.officer_cannot_assign", "Officers open tasks only as follow-ups of their own hazard entries");
  }
  if (input.officerIds.length !== 1 || input.officerIds[0] !== officerId) {
    throw new ForbiddenError("task.follow_up_self_only", "A follow-up task you open is assigned to you alone");
  }
  if (!villageIds.includes(input.villageId)) {
    throw new ForbiddenError("task.village_outside_patch", "Choose a village you serve");
  }
}
function assertDueDate(dueDate) {
  const today = Counter.dayOf(Date.now());
  const latest = Counter.dayOf(Date.now() + maxDaysAhead * 864e5);
  if (dueDate < today) {
    throw new InputError("task.due_in_past", "The due date has passed", {
      dueDate: ["The due date has passed"]
    });
  }
  if (dueDate > latest) {
    throw new InputError("task.due_too_far", "Choose a due date within a year", {
      dueDate: ["Choose a due date within a year"]
    });
  }
}

function toSummary(entry) {
  const summary = Object.fromEntries(summaryFields.filter((field) => entry[field] !== void 0).map((field) => [field, entry[field]]));
  return entry.closedAt ? {
    ...summary,
    closedAt: entry.closedAt
  } : summary;
}
const getTask = fn(id, async (taskId) => {
  const actor = useActor();
  const {
    data
  } = await db.collections.taskThread({
    countyId: useCounty(),
    taskId
  }).go({
    pages: "all"
  });
  const task = data.task[0];
  if (!task || !canSee(actor, task)) throw taskNotFound();
  return {
    task,
    comments: data.taskComment,
    can: permissionsOf(actor, task)
  };
});
const listStates = ["active", "open", "in_progress", "closed", "done", "cancelled"];
const listSchema = z.object({
  /** Defaults to the actor's patch: the county, their precinct, or their own queue. */
  scope: scopeSchema.optional(),
  /** Active tasks list by due date and priority; closed ones newest first. */
  state: z.enum(listStates).default("active"),
  cursor: z.string().max(2e3).optional(),
  limit: z.number().int().min(1).max(100).default(50)
}).prefault({});
const listTasks = fn(listSchema, async (input) => {
  assertRole("county_admin", "precinct_supervisor", "officer");
  const {
    scope,
    precinctId
  } = readableScope(input.scope);
  const key = {
    countyId: useCounty(),
    taskScope: scope
  };
  const state = input.state === "active" || input.state === "closed" ? void 0 : input.state;
  const filter = {
    state,
    precinctId
  };
  const open = input.state === "active" || input.state === "open" || input.state === "in_progress";
  const {
    data,
    cursor
  } = open ? await openPage(key, filter, input) : await closedPage(key, filter, input);
  return {
    items: data.map(toSummary),
    cursor
  };
});
function openPage(key, filter, page) {
  const query = db.entities.taskOpen.query.byDue(key).where((a, op) => [filter.state && op.eq(a.state, filter.state), filter.precinctId && op.eq(a.precinctId, filter.precinctId)].filter(Boolean).join(" AND "));
  return query.go({
    cursor: checkCursor(page.cursor, query.params()),
    limit: page.limit
  });
}
function closedPage(key, filter, page) {
  const query = db.entities.taskClosed.query.byClosed(key).where((a, op) => [filter.state && op.eq(a.state, filter.state), filter.precinctId && op.eq(a.precinctId, filter.precinctId)].filter(Boolean).join(" AND "));
  return query.go({
    cursor: checkCursor(page.cursor, query.params()),
    limit: page.limit,
    order: "desc"
  });
}
const todayLimit = 200;
const todayTasks = fn(z.void(), async () => {
  const actor = assertActor("user");
  const officerId = actor.properties.officerId;
  if (!officerId) throw noOfficer();
  const key = {
    countyId: useCounty(),
    taskScope: taskScope.officer(officerId)
  };
  const today = Counter.dayOf(Date.now());
  const [open, closed] = await Promise.all([db.entities.taskOpen.query.byDue(key).go({
    limit: todayLimit
  }), db.entities.taskClosed.query.byClosed(key).go({
    limit: 5,
    order: "desc"
  })]);
  const items = open.data.map(toSummary);
  return {
    today,
    overdue: items.filter((task) => task.dueDate < today),
    dueToday: items.filter((task) => task.dueDate === today),
    upcoming: items.filter((task) => task.dueDate > today),
    recentlyClosed: closed.data.map(toSummary),
    truncated: !!open.cursor
  };
});

const beforeAnyDay = "0000-00-00";
const overdueSchema = z.object({
  scope: scopeSchema,
  /** How many of the oldest overdue tasks to return. */
  first: z.number().int().min(1).max(50).default(10)
});
const overdueTasks = fn(overdueSchema, async (input) => {
  assertRole("county_admin", "precinct_supervisor", "officer");
  const {
    scope,
    precinctId
  } = readableScope(input.scope);
  const today = Counter.dayOf(Date.now());
  const query = db.entities.taskOpen.query.byDue({
    countyId: useCounty(),
    taskScope: scope
  }).between({
    dueDate: beforeAnyDay
  }, {
    dueDate: today
  }).where((a, op) => precinctId ? op.eq(a.precinctId, precinctId) : "");
  const {
    data,
    cursor
  } = await query.go({
    limit: input.first
  });
  const items = data.map(toSummary);
  if (!cursor) return {
    today,
    count: items.length,
    exact: true,
    items
  };
  const {
    Limit: _limit,
    ...params
  } = query.params();
  const counted = await documentClient.send(new QueryCommand({
    ...params,
    Select: "COUNT"
  }));
  return {
    today,
    count: Math.max(counted.Count ?? 0, items.length),
    exact: !counted.LastEvaluatedKey,
    items
  };
});

var Task;
((Task2) => {
  Task2.states = taskStates;
  Task2.active = activeStates;
  Task2.closed = closedStates;
  Task2.priorityNames = priorities;
  Task2.teamSize = maxTeamSize;
  Task2.listFilters = listStates;
  Task2.scope = taskScope;
  Task2.scopeFormat = scopeSchema;
  Task2.allows = canMove;
  Task2.create = createTask;
  Task2.get = getTask;
  Task2.list = listTasks;
  Task2.today = todayTasks;
  Task2.overdue = overdueTasks;
  Task2.transition = transitionTask;
  Task2.cancel = cancelTask;
  Task2.comment = commentOnTask;
  Task2.assignable = assignableFor;
})(Task || (Task = {}));

export { Task as T };
