import { intakeAttacks } from "./intake";
import { onboardingAttacks } from "./onboarding";
import { recognitionAttacks } from "./recognition";

/** County B's identifiers, as an attacker in county A would try them. */
export type Target = {
  countyId: string;
  slug: string;
  precinctIds: string[];
  villageIds: string[];
  officerIds: string[];
  userIds: string[];
  entryIds: string[];
  taskIds: string[];
  /** A rating of county B's officer with praise waiting for moderation (its id is its reference code). */
  ratingIds: string[];
  /** A QR intake form of county B, one registration through it that raised an alert, and its risk rule. */
  formIds?: string[];
  submissionIds?: string[];
  alertIds?: string[];
  ruleIds?: string[];
  /** A draft story and a draft brand of county B, in review. */
  storyIds: string[];
  brandIds: string[];
  /** Public addresses (slugs) of the officers, as the portal names them. */
  officerSlugs?: string[];
  /** A booking with county B's officer (its id is its reference code). */
  appointmentIds: string[];
};

const visit = { category: "visit", household: "1号" };
/** A due date a few days ahead, valid for any caller. */
const soon = () => new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);

/**
 * For each procedure, the inputs an attacker from county A tries with county B's ids. A procedure
 * missing here fails the tenancy harness, so the table grows with the API.
 */
export const attacks: Record<string, (b: Target) => unknown[]> = {
  "county.list": () => [undefined],
  "county.bySlug": (b) => [b.slug],
  "auth.me": () => [undefined],
  "user.list": () => [undefined],
  "user.invite": (b) => [
    { username: "attack.officer", displayName: "X", role: "officer", officerId: b.officerIds[0] },
    { username: "attack.super", displayName: "X", role: "precinct_supervisor", precinctId: b.precinctIds[0] },
    { username: "attack.admin", displayName: "X", role: "county_admin", countySlug: b.slug },
  ],
  "user.setRole": (b) => [{ userId: b.userIds[0], role: "officer", officerId: b.officerIds[0] }],
  "workLog.record": (b) => [
    {
      idempotencyKey: "attack-record-1",
      villageId: b.villageIds[0],
      gridId: "01",
      occurredAt: "2026-01-05T10:00",
      details: visit,
    },
  ],
  "workLog.recordBatch": (b) => [
    {
      entries: [
        {
          idempotencyKey: "attack-batch-1",
          villageId: b.villageIds[0],
          gridId: "01",
          occurredAt: "2026-01-05T10:00",
          details: visit,
        },
      ],
    },
  ],
  "workLog.edit": (b) => [
    {
      entryId: b.entryIds[0],
      version: 1,
      villageId: b.villageIds[0],
      gridId: "01",
      occurredAt: "2026-01-05T10:00",
      details: visit,
    },
  ],
  "workLog.remove": (b) => [{ entryId: b.entryIds[0], version: 1 }],
  "workLog.get": (b) => [b.entryIds[0]],
  "workLog.byOfficer": (b) => [{ officerId: b.officerIds[0] }],
  "dashboard.forScope": (b) => [
    { scope: "county" },
    { scope: `precinct:${b.precinctIds[0]}` },
    { scope: `village:${b.villageIds[0]}` },
    { scope: `officer:${b.officerIds[0]}` },
  ],
  "task.create": (b) => [
    { title: "attack", dueDate: soon(), villageId: b.villageIds[0], officerIds: [b.officerIds[0]] },
    {
      title: "attack",
      dueDate: soon(),
      villageId: b.villageIds[0],
      officerIds: [b.officerIds[0]],
      source: { kind: "hazard", workLogId: b.entryIds[0] },
    },
  ],
  "task.list": (b) => [
    {},
    { scope: `precinct:${b.precinctIds[0]}` },
    { scope: `officer:${b.officerIds[0]}`, state: "active" },
    { scope: `officer:${b.officerIds[0]}`, state: "closed" },
  ],
  "task.today": () => [undefined],
  "task.get": (b) => [b.taskIds[0]],
  "task.overdue": (b) => [
    { scope: "county" },
    { scope: `precinct:${b.precinctIds[0]}` },
    { scope: `officer:${b.officerIds[0]}` },
  ],
  "task.assignable": (b) => [{}, { precinctId: b.precinctIds[0] }],
  "task.transition": (b) => [
    { taskId: b.taskIds[0], version: 1, to: "in_progress" },
    { taskId: b.taskIds[0], version: 2, to: "done" },
  ],
  "task.cancel": (b) => [{ taskId: b.taskIds[0], version: 1, reason: "attack" }],
  "task.comment": (b) => [{ taskId: b.taskIds[0], text: "attack" }],
  "rating.issueCode": (b) => [{ workLogId: b.entryIds[0] }, { workLogId: b.entryIds[0], phone: "13800138000" }],
  "rating.mine": () => [undefined],
  "rating.reply": (b) => [{ ratingId: b.ratingIds[0], text: "attack" }],
  "rating.queue": () => [{ queue: "praise" }, { queue: "complaint" }],
  "rating.queueSizes": () => [undefined],
  "rating.moderate": (b) => [
    { ratingId: b.ratingIds[0], decision: "approve", text: "attack" },
    { ratingId: b.ratingIds[0], decision: "reject", reason: "attack" },
  ],
  "rating.handleComplaint": (b) => [{ ratingId: b.ratingIds[0], state: "resolved", note: "attack" }],
  "appointment.availability": (b) => [{}, { officerId: b.officerIds[0] }],
  "appointment.setDeskHours": (b) => [
    { villageId: b.villageIds[0], weekly: [{ weekday: 1, start: "09:00", end: "10:00" }] },
    { officerId: b.officerIds[0], villageId: b.villageIds[0], weekly: [{ weekday: 1, start: "09:00", end: "10:00" }] },
  ],
  "appointment.addException": (b) => [{ officerId: b.officerIds[0], from: soon(), to: soon(), kind: "leave" }],
  "appointment.removeException": (b) => [{ officerId: b.officerIds[0], exceptionId: "attack" }],
  "appointment.agenda": (b) => [{ officerId: b.officerIds[0] }, { officerId: b.officerIds[0], view: "week" }],
  "appointment.openSlots": (b) => [{ officerId: b.officerIds[0] }],
  "appointment.confirm": (b) => [{ appointmentId: b.appointmentIds[0] }],
  "appointment.propose": (b) => [{ appointmentId: b.appointmentIds[0], startsAt: Date.now() + 86_400_000 }],
  "appointment.decline": (b) => [{ appointmentId: b.appointmentIds[0], reason: "attack" }],
  "appointment.complete": (b) => [
    { appointmentId: b.appointmentIds[0], log: "none" },
    { appointmentId: b.appointmentIds[0], log: "help", helpKind: "other", summary: "attack", issueCode: true },
  ],
  "appointment.noShow": (b) => [{ appointmentId: b.appointmentIds[0] }],
  "appointment.revealAddress": (b) => [{ appointmentId: b.appointmentIds[0] }],
  ...onboardingAttacks,
  ...intakeAttacks,
  ...recognitionAttacks,
};
