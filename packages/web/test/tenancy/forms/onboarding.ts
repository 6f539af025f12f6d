import { first, intents, type FormDoor } from "./types";
import type { Target } from "../targets";

const precinct = (t: Target) => `/console/onboarding/precincts/${first(t.precinctIds)}`;
const village = (t: Target) => `/console/onboarding/villages/${first(t.villageIds)}`;
const officer = (t: Target) => `/console/onboarding/officers/${first(t.officerIds)}`;
/** A CSV naming the target's precinct by id, as a county admin's file would name its own. */
const csv = (t: Target) => `\uFEFFprecinct,name_zh,kind\r\n${first(t.precinctIds)},攻击村,村\r\n`;

/** Onboarding, users, settings and the platform's county pages. */
export const onboardingForms: FormDoor[] = [
  {
    route: "/console/onboarding/precincts",
    posts: () => [{ path: "/console/onboarding/precincts", fields: { nameZh: "攻击派出所", nameEn: "X" } }],
  },
  ...intents("/console/onboarding/precincts/[id]", precinct, {
    update: () => ({ nameZh: "改名派出所", nameEn: "X", address: "", phone: "" }),
    invite: () => ({ username: "attack.precinct", displayName: "X" }),
    archive: () => ({}),
    restore: () => ({}),
  }),
  {
    route: "/console/onboarding/villages",
    posts: (t) => [
      {
        path: "/console/onboarding/villages",
        fields: { precinctId: first(t.precinctIds), kind: "village", nameZh: "攻击村", nameEn: "X" },
      },
    ],
  },
  ...intents("/console/onboarding/villages/[id]", village, {
    update: (t) => ({ precinctId: first(t.precinctIds), kind: "village", nameZh: "改名村", nameEn: "X" }),
    assign: (t) => ({ officerId: first(t.officerIds) }),
    unassign: () => ({}),
    archive: () => ({}),
    restore: () => ({}),
    addGrid: () => ({ code: "A99", gridName: "攻击网格" }),
    editGrid: () => ({ code: "01", gridName: "改名网格", gridNote: "attack" }),
    archiveGrid: () => ({ code: "01" }),
    restoreGrid: () => ({ code: "01" }),
  }),
  {
    route: "/console/onboarding/officers",
    posts: (t) => [
      {
        path: "/console/onboarding/officers",
        fields: { nameZh: "攻击", badge: "999001", precinctId: first(t.precinctIds) },
      },
    ],
  },
  ...intents("/console/onboarding/officers/[id]", officer, {
    update: (t) => ({ nameZh: "改名", nameEn: "X", badge: "999002", precinctId: first(t.precinctIds), bio: "attack" }),
    archive: () => ({}),
    restore: () => ({}),
  }),
  ...intents("/console/onboarding/import", () => "/console/onboarding/import", {
    apply: (t) => ({ jobId: first(t.formIds) }),
  }),
  {
    route: "/console/onboarding/import",
    intent: "check",
    posts: (t) => [
      {
        path: "/console/onboarding/import",
        fields: { intent: "check", kind: "villages" },
        file: { field: "file", name: "attack.csv", text: csv(t) },
      },
    ],
  },
  { route: "/console/settings", posts: () => [{ path: "/console/settings", fields: { contactLine: "攻击热线" } }] },
  ...intents("/console/keys", () => "/console/keys", {
    rotateData: (t) => ({ slug: t.slug }),
    rotateWebhook: (t) => ({ slug: t.slug }),
    rotateAll: () => ({}),
  }),
  ...intents("/console/users", () => "/console/users", {
    setRole: (t) => ({ userId: first(t.userIds), role: "officer", officerId: first(t.officerIds) }),
    invite: (t) => ({
      username: "attack.user",
      displayName: "X",
      role: "precinct_supervisor",
      precinctId: first(t.precinctIds),
    }),
  }),
  {
    route: "/console/platform",
    posts: (t) => [
      {
        path: "/console/platform",
        fields: {
          slug: `${t.slug}-x`,
          nameZh: "攻击县",
          nameEn: "X",
          cityZh: "惠州市",
          cityEn: "Huizhou",
          divisionCode: "441322",
        },
      },
    ],
  },
  ...intents("/console/platform/[slug]", (t) => `/console/platform/${t.slug}`, {
    suspend: () => ({ reason: "attack" }),
    reactivate: () => ({}),
    invite: () => ({ username: "attack.county", displayName: "X" }),
  }),
];
