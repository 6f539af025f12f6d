import type { Role } from "@cunjing/core/actor";

/**
 * Who may call what. `allow`: the role may call it; `scoped`: the role may call it and core
 * narrows it to the role's patch (own villages, own precinct, own county); `deny` otherwise.
 * `public` marks procedures whose answers are public directory data (for the tenancy harness).
 * Every procedure of the router must be here: the middleware refuses unknown paths and a test
 * fails the suite.
 */
export type Decision = "allow" | "scoped" | "deny";
export type Caller = Role | "anonymous";
export type PolicyEntry = { public?: boolean } & Record<Caller, Decision>;

const everyone: Record<Caller, Decision> = {
  anonymous: "allow",
  platform_admin: "allow",
  county_admin: "allow",
  precinct_supervisor: "allow",
  officer: "allow",
  health_liaison: "allow",
};
const signedIn: Record<Caller, Decision> = { ...everyone, anonymous: "deny" };
const nobody: Record<Caller, Decision> = {
  anonymous: "deny",
  platform_admin: "deny",
  county_admin: "deny",
  precinct_supervisor: "deny",
  officer: "deny",
  health_liaison: "deny",
};

/** Onboarding: county admins in their own county; supervisors read their own precinct's records. */
const countyAdmin: Record<Caller, Decision> = { ...nobody, county_admin: "scoped" };
const countyReaders: Record<Caller, Decision> = { ...nobody, county_admin: "scoped", precinct_supervisor: "scoped" };
const platform: Record<Caller, Decision> = { ...nobody, platform_admin: "allow" };

export const policy: Record<string, PolicyEntry> = {
  "county.list": { ...everyone, public: true },
  "county.bySlug": { ...everyone, public: true },
  "auth.me": signedIn,
  "user.list": { ...nobody, county_admin: "scoped" },
  "user.invite": { ...nobody, county_admin: "scoped", platform_admin: "allow" },
  "user.setRole": { ...nobody, county_admin: "scoped" },
  "workLog.record": { ...nobody, officer: "scoped" },
  "workLog.recordBatch": { ...nobody, officer: "scoped" },
  "workLog.edit": { ...nobody, officer: "scoped" },
  "workLog.remove": { ...nobody, officer: "scoped" },
  "workLog.get": { ...nobody, officer: "scoped", precinct_supervisor: "scoped", county_admin: "scoped" },
  "workLog.byOfficer": { ...nobody, officer: "scoped", precinct_supervisor: "scoped", county_admin: "scoped" },
  "dashboard.forScope": { ...nobody, officer: "scoped", precinct_supervisor: "scoped", county_admin: "scoped" },
  // Tasks: supervisors assign in their precinct, county admins in the county; officers see and move
  // their own, and open follow-ups of their own hazard entries (core checks each of these).
  "task.create": { ...nobody, officer: "scoped", precinct_supervisor: "scoped", county_admin: "scoped" },
  "task.list": { ...nobody, officer: "scoped", precinct_supervisor: "scoped", county_admin: "scoped" },
  "task.today": { ...nobody, officer: "scoped", precinct_supervisor: "scoped" },
  "task.get": { ...nobody, officer: "scoped", precinct_supervisor: "scoped", county_admin: "scoped" },
  "task.overdue": { ...nobody, officer: "scoped", precinct_supervisor: "scoped", county_admin: "scoped" },
  "task.assignable": { ...nobody, precinct_supervisor: "scoped", county_admin: "scoped" },
  "task.transition": { ...nobody, officer: "scoped", precinct_supervisor: "scoped" },
  // Resident feedback: officers issue codes for their own contacts and reply to their own praise;
  // precinct supervisors moderate their precinct's praise and complaints (core checks both).
  "rating.issueCode": { ...nobody, officer: "scoped" },
  "rating.mine": { ...nobody, officer: "scoped" },
  "rating.reply": { ...nobody, officer: "scoped" },
  "rating.queue": { ...nobody, precinct_supervisor: "scoped" },
  "rating.queueSizes": { ...nobody, precinct_supervisor: "scoped" },
  "rating.moderate": { ...nobody, precinct_supervisor: "scoped" },
  "rating.handleComplaint": { ...nobody, precinct_supervisor: "scoped" },
  "task.cancel": { ...nobody, officer: "scoped", precinct_supervisor: "scoped", county_admin: "scoped" },
  "task.comment": { ...nobody, officer: "scoped", precinct_supervisor: "scoped", county_admin: "scoped" },
  // Onboarding (counties, precincts, villages, grids, officers, CSV imports, settings, images).
  "county.create": platform,
  "county.suspend": platform,
  "county.reactivate": platform,
  "precinct.list": countyReaders,
  "precinct.get": countyReaders,
  "precinct.create": countyAdmin,
  "precinct.update": countyAdmin,
  "precinct.archive": countyAdmin,
  "precinct.restore": countyAdmin,
  "precinct.supervisors": countyAdmin,
  "village.list": countyReaders,
  "village.get": countyReaders,
  "village.create": countyAdmin,
  "village.update": countyAdmin,
  "village.archive": countyAdmin,
  "village.restore": countyAdmin,
  "village.assignOfficer": countyAdmin,
  "village.unassignOfficer": countyAdmin,
  "village.history": countyReaders,
  "village.withoutOfficer": countyReaders,
  "grid.list": countyReaders,
  "grid.create": countyAdmin,
  "grid.update": countyAdmin,
  "grid.archive": countyAdmin,
  "grid.restore": countyAdmin,
  "officer.list": countyReaders,
  "officer.get": countyReaders,
  "officer.create": countyAdmin,
  "officer.update": countyAdmin,
  "officer.archive": countyAdmin,
  "officer.restore": countyAdmin,
  "import.dryRun": countyAdmin,
  "import.commit": countyAdmin,
  "import.progress": countyAdmin,
  "import.report": countyAdmin,
  "import.recent": countyAdmin,
  "import.template": countyAdmin,
  "import.export": countyAdmin,
  "settings.get": countyAdmin,
  "settings.update": countyAdmin,
  // QR intake: forms of the villages one manages (core narrows officers to their villages and
  // supervisors to their precinct); reveals are audited; the health liaison reveals only
  // registrations that raised an alert.
  "intake.forms": { ...nobody, officer: "scoped", precinct_supervisor: "scoped", county_admin: "scoped" },
  "intake.form": { ...nobody, officer: "scoped", precinct_supervisor: "scoped", county_admin: "scoped" },
  "intake.createForm": { ...nobody, officer: "scoped", precinct_supervisor: "scoped", county_admin: "scoped" },
  "intake.setStatus": { ...nobody, officer: "scoped", precinct_supervisor: "scoped", county_admin: "scoped" },
  "intake.submissions": { ...nobody, officer: "scoped", precinct_supervisor: "scoped", county_admin: "scoped" },
  "intake.reveal": {
    ...nobody,
    officer: "scoped",
    precinct_supervisor: "scoped",
    county_admin: "scoped",
    health_liaison: "scoped",
  },
  "intake.export": { ...nobody, officer: "scoped", precinct_supervisor: "scoped", county_admin: "scoped" },
  "intake.figures": { ...nobody, county_admin: "scoped", health_liaison: "scoped" },
  // Red alerts: the health liaison works the inbox; the county admin watches deliveries and resends dead letters.
  "alert.list": { ...nobody, health_liaison: "scoped", county_admin: "scoped" },
  "alert.byDelivery": { ...nobody, health_liaison: "scoped", county_admin: "scoped" },
  "alert.get": { ...nobody, health_liaison: "scoped", county_admin: "scoped" },
  "alert.advance": { ...nobody, health_liaison: "scoped" },
  "alert.redeliver": countyAdmin,
  "alert.rules": { ...nobody, health_liaison: "scoped", county_admin: "scoped" },
  "alert.addRule": { ...nobody, health_liaison: "scoped", county_admin: "scoped" },
  "alert.retireRule": { ...nobody, health_liaison: "scoped", county_admin: "scoped" },
  "alert.hook": countyAdmin,
  "alert.setHook": countyAdmin,
  "upload.begin": { ...nobody, county_admin: "scoped", precinct_supervisor: "scoped", officer: "scoped" },
  // Recognition: officers and supervisors draft stories and brands (core keeps drafts to their
  // author), county admins review and publish; excellent villages are the county admin's, and
  // supervisors may read the criteria and results. Cover uploads (above) follow the same authors.
  ...publicationPolicy("story"),
  ...publicationPolicy("brand"),
  "excellence.criteria": countyReaders,
  "excellence.board": countyReaders,
  "excellence.setCriteria": countyAdmin,
  "excellence.evaluate": countyAdmin,
  "excellence.decide": countyAdmin,
  // Appointments: officers run their own agenda and desk hours; precinct supervisors those of their
  // precinct's officers, except marking a visit done or a no-show (core checks the officer).
  "appointment.availability": { ...nobody, officer: "scoped", precinct_supervisor: "scoped" },
  "appointment.setDeskHours": { ...nobody, officer: "scoped", precinct_supervisor: "scoped" },
  "appointment.addException": { ...nobody, officer: "scoped", precinct_supervisor: "scoped" },
  "appointment.removeException": { ...nobody, officer: "scoped", precinct_supervisor: "scoped" },
  "appointment.agenda": { ...nobody, officer: "scoped", precinct_supervisor: "scoped" },
  "appointment.openSlots": { ...nobody, officer: "scoped", precinct_supervisor: "scoped" },
  "appointment.confirm": { ...nobody, officer: "scoped", precinct_supervisor: "scoped" },
  "appointment.propose": { ...nobody, officer: "scoped", precinct_supervisor: "scoped" },
  "appointment.decline": { ...nobody, officer: "scoped", precinct_supervisor: "scoped" },
  "appointment.complete": { ...nobody, officer: "scoped" },
  "appointment.noShow": { ...nobody, officer: "scoped" },
  "appointment.revealAddress": { ...nobody, officer: "scoped", precinct_supervisor: "scoped" },
};

function publicationPolicy(kind: "story" | "brand"): Record<string, PolicyEntry> {
  const authors: Record<Caller, Decision> = {
    ...nobody,
    officer: "scoped",
    precinct_supervisor: "scoped",
    county_admin: "scoped",
  };
  return Object.fromEntries([
    ...["board", "detail", "evidence", "revisions", "draft", "update", "submit"].map((verb) => [
      `${kind}.${verb}`,
      authors,
    ]),
    ...["review", "publish", "unpublish"].map((verb) => [`${kind}.${verb}`, countyAdmin]),
  ]);
}

export function decide(path: string, caller: Caller): Decision {
  return policy[path]?.[caller] ?? "deny";
}
