import type { Target } from "./targets";

const first = (ids: string[] | undefined) => ids?.[0] ?? "missing";
const scopes = (t: Target) => [
  `precinct:${first(t.precinctIds)}`,
  `village:${first(t.villageIds)}`,
  `officer:${first(t.officerIds)}`,
];
/** Guesses for a path segment that takes a secret token or an upload id: the set's own ids. */
const guesses = (t: Target) => [first(t.formIds), first(t.userIds), first(t.appointmentIds)];

/**
 * Every console page (a file under `packages/web/src/pages/console`) and the addresses an attacker
 * tries on it with a target set's ids. A page missing here fails the harness. A route with a
 * `[param]` is filled with a foreign id: any answer but a refusal (303 to sign-in, 4xx) is a leak
 * (see tenancy.test.ts).
 */
export const pages: Record<string, (t: Target) => string[]> = {
  "/console": () => ["/console"],
  "/console/agenda": (t) => ["/console/agenda", `/console/agenda?officer=${first(t.officerIds)}&view=week`],
  "/console/agenda/hours": (t) => [`/console/agenda/hours?officer=${first(t.officerIds)}`],
  "/console/alerts": () => ["/console/alerts", "/console/alerts?inbox=closed"],
  "/console/audit": (t) => ["/console/audit", `/console/audit?actor=${first(t.userIds)}`],
  "/console/audit/export.csv": (t) => [
    "/console/audit/export.csv",
    `/console/audit/export.csv?actor=${first(t.userIds)}`,
  ],
  "/console/brands": () => ["/console/brands"],
  "/console/brands/new": () => ["/console/brands/new"],
  "/console/brands/[id]": (t) => [`/console/brands/${first(t.brandIds)}`, `/console/brands/${first(t.storyIds)}`],
  "/console/dashboard": (t) => ["/console/dashboard", ...scopes(t).map((s) => `/console/dashboard?scope=${s}`)],
  "/console/dashboard/export.csv": (t) =>
    scopes(t).flatMap((s) => [
      `/console/dashboard/export.csv?scope=${s}`,
      `/console/dashboard/export.csv?scope=${s}&table=villages`,
    ]),
  "/console/dev/outbox": () => ["/console/dev/outbox"],
  "/console/excellence": () => ["/console/excellence"],
  "/console/feedback": () => ["/console/feedback"],
  "/console/intake": () => ["/console/intake"],
  "/console/intake/[formId]": (t) => [`/console/intake/${first(t.formIds)}`],
  "/console/intake/[formId]/poster": (t) => [`/console/intake/${first(t.formIds)}/poster`],
  // POST only (a reason never goes in a URL); a GET must not answer with the file either.
  "/console/intake/[formId]/export.csv": (t) => [`/console/intake/${first(t.formIds)}/export.csv`],
  "/console/invite/[token]": (t) => guesses(t).map((g) => `/console/invite/${g}`),
  "/console/keys": (t) => ["/console/keys", `/console/keys?county=${t.slug}`],
  "/console/language": () => ["/console/language?to=en&next=/console"],
  "/console/log": () => ["/console/log"],
  "/console/log/[id]": (t) => [`/console/log/${first(t.entryIds)}`],
  "/console/media/complete/[id]": (t) => guesses(t).map((g) => `/console/media/complete/${g}`),
  "/console/media/upload/[id]": (t) => guesses(t).map((g) => `/console/media/upload/${g}`),
  "/console/onboarding": () => ["/console/onboarding"],
  "/console/onboarding/import": (t) => [
    "/console/onboarding/import",
    ...guesses(t).map((g) => `/console/onboarding/import?job=${g}`),
  ],
  "/console/onboarding/import/errors.csv": (t) =>
    guesses(t).map((g) => `/console/onboarding/import/errors.csv?job=${g}`),
  "/console/onboarding/import/export.csv": () =>
    ["precincts", "officers", "villages", "grids"].map((kind) => `/console/onboarding/import/export.csv?kind=${kind}`),
  "/console/onboarding/import/template.csv": () => ["/console/onboarding/import/template.csv?kind=officers"],
  "/console/onboarding/officers": (t) => [
    "/console/onboarding/officers",
    `/console/onboarding/officers?precinct=${first(t.precinctIds)}&archived=1`,
  ],
  "/console/onboarding/officers/[id]": (t) =>
    t.officerIds.slice(0, 2).map((id) => `/console/onboarding/officers/${id}`),
  "/console/onboarding/precincts": () => ["/console/onboarding/precincts"],
  "/console/onboarding/precincts/[id]": (t) => [`/console/onboarding/precincts/${first(t.precinctIds)}`],
  "/console/onboarding/villages": (t) => [
    "/console/onboarding/villages",
    `/console/onboarding/villages?precinct=${first(t.precinctIds)}&archived=1`,
  ],
  "/console/onboarding/villages/[id]": (t) => [`/console/onboarding/villages/${first(t.villageIds)}`],
  "/console/password": () => ["/console/password"],
  "/console/platform": () => ["/console/platform"],
  "/console/platform/[slug]": (t) => [`/console/platform/${t.slug}`],
  "/console/queue": () => ["/console/queue"],
  "/console/settings": () => ["/console/settings"],
  "/console/signin": () => ["/console/signin"],
  "/console/signout": () => ["/console/signout"],
  "/console/stories": () => ["/console/stories"],
  "/console/stories/new": () => ["/console/stories/new"],
  "/console/stories/[id]": (t) => [`/console/stories/${first(t.storyIds)}`, `/console/stories/${first(t.brandIds)}`],
  "/console/tasks": (t) => [
    "/console/tasks",
    "/console/tasks?state=closed",
    `/console/tasks?scope=precinct:${first(t.precinctIds)}`,
    `/console/tasks?scope=officer:${first(t.officerIds)}&state=all`,
  ],
  "/console/tasks/[id]": (t) => [`/console/tasks/${first(t.taskIds)}`],
  "/console/today": () => ["/console/today"],
  "/console/users": () => ["/console/users"],
};
