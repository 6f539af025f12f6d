import { demoPassword } from "../../../../../scripts/seed/demo-data";
import { first, type FormDoor, type Fields } from "./types";
import type { Target } from "../targets";

/** County A's public address, where county B's references and officers must not be found. */
const home = "boluo";

/** A resident's page in both languages. */
function resident(
  route: string,
  path: (t: Target) => string,
  intents: Record<string, (t: Target) => Fields>,
): FormDoor[] {
  return ["", "/en"].flatMap((lang) =>
    Object.entries(intents).map(([intent, fields]) => ({
      route: `${lang}${route}`,
      intent: intent || undefined,
      public: true,
      posts: (t: Target) => [{ path: `${lang}${path(t)}`, fields: { ...(intent ? { intent } : {}), ...fields(t) } }],
    })),
  );
}

const officerSlug = (t: Target) => first(t.officerSlugs);
const answers = { overall: "5", responsiveness: "5", courtesy: "5", solved: "yes", text: "attack" };

/** The residents' forms of the portal, and the console's session doors. */
export const publicForms: FormDoor[] = [
  ...resident("/[county]/appointment", () => `/${home}/appointment`, {
    cancel: (t) => ({ reference: first(t.appointmentIds) }),
    accept: (t) => ({ reference: first(t.appointmentIds) }),
  }),
  ...resident("/[county]/complaint", (t) => `/${home}/complaint?ref=${first(t.ratingIds)}`, { "": () => ({}) }),
  ...resident("/[county]/officers/[slug]/rate", (t) => `/${home}/officers/${officerSlug(t)}/rate`, {
    "": () => ({ ...answers, code: "attack-code", idempotencyKey: "attack-rate" }),
    confirm: () => ({ ...answers, otpId: "attack", otp: "123456", idempotencyKey: "attack-rate" }),
  }),
  ...resident("/[county]/officers/[slug]/book", (t) => `/${home}/officers/${officerSlug(t)}/book`, {
    "": (t) => ({
      purpose: "certificate",
      mode: "desk",
      villageId: first(t.villageIds),
      phone: "13800138000",
      idempotencyKey: "attack-book",
    }),
    confirm: (t) => ({
      purpose: "certificate",
      mode: "desk",
      villageId: first(t.villageIds),
      otpId: "attack",
      otp: "123456",
      idempotencyKey: "attack-book",
    }),
  }),
  ...resident("/[county]/intake/[token]", (t) => `/${home}/intake/${first(t.formIds)}`, {
    submit: () => ({
      name: "攻击",
      documentType: "resident_id",
      documentNumber: "11010519491231002X",
      phone: "13800138000",
      consent: "on",
      idempotencyKey: "attack-intake",
    }),
    pick: () => ({ province: "42" }),
  }),
  // 我的信息 with no pass for county B's phones and a made-up code: nothing is read, changed or deleted.
  ...resident("/[county]/my", () => `/${home}/my`, {
    code: () => ({ phone: "13800138000" }),
    open: () => ({ phone: "13800138000", otpId: "attack", otp: "123456" }),
    correct: (t) => ({ recordId: first(t.submissionIds), phone: "13800138000", address: "攻击地址" }),
    delete: (t) => ({ recordId: first(t.submissionIds), confirm: "on" }),
    withdraw: (t) => ({ recordId: first(t.ratingIds), confirm: "on" }),
    signout: () => ({}),
  }),
  // Signing in to county B with county A's account (and the demo password every demo account shares).
  {
    route: "/console/signin",
    refuses: true,
    foreignCountyOnly: true,
    posts: (t) => [
      { path: "/console/signin", fields: { county: t.slug, username: "boluo.admin", password: demoPassword } },
    ],
  },
  {
    route: "/console/password",
    posts: () => [{ path: "/console/password", fields: { current: "not-the-password", next: "attack-password-1" } }],
  },
  // An invitation accepted with a guessed token (the set's own ids) makes no account.
  {
    route: "/console/invite/[token]",
    refuses: true,
    posts: (t) =>
      [first(t.formIds), first(t.userIds)].map((token) => ({
        path: `/console/invite/${token}`,
        fields: { password: "attack-password-1" },
      })),
  },
  { route: "/console/signout", freshSession: true, posts: () => [{ path: "/console/signout", fields: {} }] },
  {
    route: "/console/media/complete/[id]",
    refuses: true,
    posts: (t) =>
      [first(t.formIds), first(t.userIds)].map((id) => ({ path: `/console/media/complete/${id}`, fields: {} })),
  },
  {
    route: "/console/media/upload/[id]",
    refuses: true,
    posts: (t) =>
      [first(t.formIds), first(t.userIds)].map((id) => ({
        path: `/console/media/upload/${id}`,
        method: "PUT" as const,
      })),
  },
];
