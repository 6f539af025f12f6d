import { first, intents, soon, type FormDoor, type FormPost } from "./types";

/** QR intake forms and red alerts in the console. */
export const intakeForms: FormDoor[] = [
  ...intents("/console/intake", () => "/console/intake", {
    create: (t) => ({ purpose: "arrival", villageId: first(t.villageIds), titleZh: "攻击表单" }),
    status: (t) => ({ formId: first(t.formIds), status: "closed" }),
  }),
  // The form's page reveals one registration in full (with a reason); no intent.
  {
    route: "/console/intake/[formId]",
    posts: (t) => [
      {
        path: `/console/intake/${first(t.formIds)}`,
        fields: { submissionId: first(t.submissionIds), reason: "attack reason" },
      },
    ],
  },
  {
    route: "/console/intake/[formId]/export.csv",
    posts: (t): FormPost[] => [
      { path: `/console/intake/${first(t.formIds)}/export.csv`, fields: {} },
      { path: `/console/intake/${first(t.formIds)}/export.csv`, fields: { reason: "attack reason" } },
    ],
  },
  ...intents("/console/alerts", () => "/console/alerts", {
    advance: (t) => ({ alertId: first(t.alertIds), to: "acknowledged", note: "attack" }),
    resend: (t) => ({ alertId: first(t.alertIds) }),
    reveal: (t) => ({ submissionId: first(t.submissionIds), reason: "attack reason" }),
    retireRule: (t) => ({ ruleId: first(t.ruleIds) }),
    addRule: () => ({ province: "42", city: "4201", from: soon() }),
    pickRegion: () => ({ province: "42" }),
    hook: () => ({ url: "https://attack.example.cn/alerts" }),
  }),
];
