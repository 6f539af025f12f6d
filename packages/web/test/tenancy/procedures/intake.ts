import type { Target } from "./attacks";

const first = (ids: string[] | undefined) => ids?.[0] ?? "missing";

/** QR intake and red alerts: county A's callers with county B's form, registration, alert and rule. */
export const intakeAttacks: Record<string, (b: Target) => unknown[]> = {
  "intake.forms": () => [undefined],
  "intake.form": (b) => [{ formId: first(b.formIds) }],
  "intake.createForm": (b) => [{ purpose: "arrival", villageId: b.villageIds[0], titleZh: "攻击表单" }],
  "intake.setStatus": (b) => [{ formId: first(b.formIds), status: "closed" }],
  "intake.submissions": (b) => [{ formId: first(b.formIds) }],
  "intake.reveal": (b) => [{ submissionId: first(b.submissionIds), reason: "attack reason" }],
  "intake.export": (b) => [{ formId: first(b.formIds) }, { formId: first(b.formIds), reason: "attack reason" }],
  "intake.figures": () => [{ from: "2026-01-01", to: "2026-12-31" }],
  "alert.list": () => [{ inbox: "new" }, { inbox: "closed" }],
  "alert.byDelivery": () => [{ delivery: "dead" }, { delivery: "inbox_only" }],
  "alert.get": (b) => [{ alertId: first(b.alertIds) }],
  "alert.advance": (b) => [{ alertId: first(b.alertIds), to: "acknowledged" }],
  "alert.redeliver": (b) => [{ alertId: first(b.alertIds) }],
  "alert.rules": () => [undefined],
  "alert.addRule": () => [{ regionCode: "4201", from: "2026-01-01" }],
  "alert.retireRule": (b) => [{ ruleId: first(b.ruleIds) }],
  "alert.hook": () => [undefined],
  "alert.setHook": () => [{ url: "https://health.example.cn/alerts" }],
};

/**
 * Seeds an intake target: a form, a risk rule and one registration that raised an alert. `label`
 * makes the texts and the resident's details unique to this set of targets.
 */
export async function seedIntakeTarget(countyId: string, villageId: string, label: string) {
  const { withActor } = await import("@cunjing/core/actor");
  const { Alert } = await import("@cunjing/core/alert/index");
  const { Counter } = await import("@cunjing/core/counter/index");
  const { Intake } = await import("@cunjing/core/intake/index");
  const system = { type: "system", properties: { countyId } } as const;
  const title = `${label}来人登记表`;
  const variant = label === "惠城区" ? 0 : 1;
  const resident = [
    { name: "欧阳秘密", documentNumber: "11010519491231002X", phone: "13912340000" },
    { name: "司马隐私", documentNumber: "441322198001010037", phone: "13912340011" },
  ][variant]!;
  const formId = await withActor(system, () => Intake.create({ purpose: "arrival", villageId, titleZh: title }));
  const ruleId = await withActor(system, () => Alert.rules.add({ regionCode: "4201", from: "2026-01-01" }));
  const { receipt } = await withActor({ type: "public", properties: { countyId } }, () =>
    Intake.register({
      formId,
      idempotencyKey: `tenancy-intake-${variant}`,
      ...resident,
      documentType: "resident_id",
      arrivalDate: Counter.dayOf(Date.now() - 86_400_000),
      originCode: "420102",
      address: `${label}秘密地址 8 号`,
      consent: true,
      ip: "127.0.0.2",
    }),
  );
  await Alert.idle();
  return {
    ids: { formIds: [formId], submissionIds: [receipt], alertIds: [receipt], ruleIds: [ruleId] },
    secrets: [title, resident.name, resident.documentNumber, resident.phone, `${label}秘密地址`],
  };
}
