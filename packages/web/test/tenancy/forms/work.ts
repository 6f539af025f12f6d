import { first, intents, soon, type FormDoor } from "./types";
import type { Target } from "../targets";

const taskActions = {
  transition: (t: Target) => ({ taskId: first(t.taskIds), version: "1", to: "in_progress", note: "attack" }),
  cancel: (t: Target) => ({ taskId: first(t.taskIds), version: "1", reason: "attack" }),
  comment: (t: Target) => ({ taskId: first(t.taskIds), text: "attack" }),
};
const entry = (t: Target) => ({
  category: "visit",
  villageId: first(t.villageIds),
  gridId: "01",
  occurredAt: "2026-01-05T10:00",
  household: "1号",
});

/** Work log, tasks, the agenda and resident feedback in the console. */
export const workForms: FormDoor[] = [
  {
    route: "/console/log",
    posts: (t) => [{ path: "/console/log", fields: { ...entry(t), idempotencyKey: "attack-log" } }],
  },
  // The entry page saves an edit when no intent is named.
  {
    route: "/console/log/[id]",
    posts: (t) => [{ path: `/console/log/${first(t.entryIds)}`, fields: { ...entry(t), version: "1" } }],
  },
  ...intents("/console/log/[id]", (t) => `/console/log/${first(t.entryIds)}`, {
    followUp: () => ({}),
    ratingCode: () => ({ phone: "13800138000" }),
    remove: () => ({ version: "1" }),
  }),
  ...intents("/console/tasks", (t) => `/console/tasks?scope=precinct:${first(t.precinctIds)}`, {
    create: (t) => ({
      title: "attack",
      villageId: first(t.villageIds),
      officerIds: [first(t.officerIds)],
      dueDate: soon(),
    }),
    ...taskActions,
  }),
  ...intents("/console/tasks/[id]", (t) => `/console/tasks/${first(t.taskIds)}`, taskActions),
  ...intents("/console/today", () => "/console/today", taskActions),
  ...intents("/console/agenda", (t) => `/console/agenda?officer=${first(t.officerIds)}`, {
    confirm: (t) => ({ appointmentId: first(t.appointmentIds) }),
    decline: (t) => ({ appointmentId: first(t.appointmentIds), reason: "attack" }),
    propose: (t) => ({ appointmentId: first(t.appointmentIds), startsAt: String(Date.now() + 86_400_000) }),
    noShow: (t) => ({ appointmentId: first(t.appointmentIds) }),
    address: (t) => ({ appointmentId: first(t.appointmentIds) }),
    done: (t) => ({
      appointmentId: first(t.appointmentIds),
      log: "help",
      helpKind: "other",
      summary: "attack",
      issueCode: "on",
    }),
  }),
  ...intents("/console/agenda/hours", (t) => `/console/agenda/hours?officer=${first(t.officerIds)}`, {
    hours: (t) => ({ villageId: first(t.villageIds), slotMinutes: "30", "w1a-start": "09:00", "w1a-end": "10:00" }),
    exception: () => ({ from: soon(), to: soon(), kind: "leave", note: "attack" }),
    removeException: () => ({ exceptionId: "attack" }),
  }),
  ...intents("/console/feedback", () => "/console/feedback", {
    approve: (t) => ({ ratingId: first(t.ratingIds), text: "attack" }),
    reject: (t) => ({ ratingId: first(t.ratingIds), reason: "attack" }),
    complaint: (t) => ({ ratingId: first(t.ratingIds), state: "resolved", note: "attack" }),
    reply: (t) => ({ ratingId: first(t.ratingIds), text: "attack" }),
  }),
];
