import { createHmac } from "node:crypto";
import { customAlphabet } from "nanoid";
import * as z from "zod";
import type { Access } from "../access";
import { useCounty } from "../actor";
import { activeRules, matchRule } from "../alert/rules";
import { Alert } from "../alert/index";
import { Counter } from "../counter/index";
import { db } from "../db/service";
import { withConflictRetry } from "../db/transaction";
import { Idempotency } from "../idempotency/index";
import { Pii } from "../pii/index";
import { recordPointer } from "../resident/pointer";
import { phoneHash } from "../resident/secret";
import { settingsDefaults } from "../settings/index";
import { ConflictError, InputError, NotFoundError } from "../util/errors";
import { fn } from "../util/fn";
import { checkDocument, documentTypeSchema } from "./documents";
import { hitAddress } from "./limits";
import { loadRegions, Regions } from "./regions";

/** The QR form and the registration it takes: anyone with the code, signed in or not. */
export const residents: Access = { public: true };

/** The PIPL notice the resident agreed to; bump when its text changes. */
export const consentVersion = "2026-11";
/** Receipt codes: 10 characters without look-alikes, shown in upper case. */
const newReceipt = customAlphabet("23456789abcdefghjkmnpqrstuvwxyz", 10);
const maxArrivalAgeDays = 366;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters`)
    .optional()
    .transform((value) => value || undefined);

export const submitSchema = z
  .object({
    formId: z.string().trim().max(40),
    idempotencyKey: Idempotency.keySchema,
    name: z
      .string()
      .trim()
      .min(1, "Required")
      .max(40, "Use at most 40 characters")
      .regex(/^[\p{L}\p{M}·.' -]+$/u, "Use letters only"),
    documentType: documentTypeSchema,
    documentNumber: z.string().trim().min(1, "Required").max(30, "Use at most 30 characters"),
    phone: z
      .string()
      .trim()
      .regex(/^1[3-9]\d{9}$/, "Use an 11-digit mobile number"),
    arrivalDate: Counter.daySchema,
    originCode: z.string().trim().refine(Regions.isCounty, "Choose the county you came from"),
    address: z.string().trim().min(2, "Required").max(100, "Use at most 100 characters"),
    rental: z
      .object({
        leaseStart: Counter.daySchema,
        leaseEnd: Counter.daySchema.optional().or(z.literal("").transform(() => undefined)),
        rooms: z.coerce.number().int("Use a whole number").min(1, "At least 1").max(20, "At most 20"),
        occupants: z.coerce.number().int("Use a whole number").min(1, "At least 1").max(50, "At most 50"),
      })
      .refine((rental) => !rental.leaseEnd || rental.leaseStart <= rental.leaseEnd, {
        message: "The lease ends before it starts",
        path: ["leaseEnd"],
      })
      .optional(),
    extras: z
      .record(z.string().regex(/^q[1-5]$/), z.string().trim().max(200, "Use at most 200 characters"))
      .default({}),
    consent: z.literal(true, "Please read the notice and agree to continue"),
    /** The client address, for the abuse limit; never stored with the registration. */
    ip: z.string().trim().min(1).max(100),
  })
  .superRefine((input, ctx) => {
    const today = Counter.dayOf(Date.now());
    const checked = checkDocument(input.documentType, input.documentNumber, today);
    if ("problem" in checked) ctx.addIssue({ code: "custom", path: ["documentNumber"], message: checked.problem });
    if (input.arrivalDate > today)
      ctx.addIssue({ code: "custom", path: ["arrivalDate"], message: "The arrival date is in the future" });
    const oldest = Counter.dayOf(Date.now() - maxArrivalAgeDays * 86_400_000);
    if (input.arrivalDate < oldest)
      ctx.addIssue({ code: "custom", path: ["arrivalDate"], message: "Use an arrival within the last year" });
  });

export type SubmitInput = z.input<typeof submitSchema>;

/**
 * A resident's registration through a QR form, in one transaction: its idempotency key, a check that
 * the form is still open, the sealed registration, the village's counter for the day and, when
 * the origin is on the county's risk list, the alert. After it commits, the alert is queued for
 * delivery. A replayed submission (same key and content) answers with the first receipt.
 */
export const submit = fn(
  residents,
  submitSchema,
  async (input) => {
    const countyId = useCounty();
    const { ip, ...content } = input;
    // A keyed hash: the request holds personal data, so a plain digest would be guessable.
    const requestHash = createHmac("sha256", await Pii.lookupHash(countyId, "request", input.idempotencyKey))
      .update(Idempotency.hashOf(content))
      .digest("hex");
    // No read of the idempotency key first: the transaction's claim refuses a replay, which then
    // answers with the first receipt.
    const form = await cachedForm(countyId, input.formId);
    if (!form) throw new NotFoundError("intake.form_not_found", "No such form");
    if (form.status !== "active") {
      throw new ConflictError(
        `intake.form_${form.status}`,
        form.status === "paused" ? "This form is paused" : "This form is closed",
      );
    }
    assertFormFields(form, input);
    await hitAddress(countyId, ip);

    const [retentionDays, rules] = await Promise.all([cachedRetention(countyId), activeRules(countyId)]);
    const documentNumber = input.documentNumber.replace(/\s+/g, "").toUpperCase();
    const submissionId = newReceipt();
    const now = Date.now();
    const day = Counter.dayOf(now);
    const expiresAt = Math.floor(now / 1000) + retentionDays * 86_400;
    const extras = Object.fromEntries(Object.entries(input.extras).filter(([, value]) => value));
    const [nameSealed, documentSealed, phoneSealed, addressSealed, extrasSealed, phoneLookup] = await Promise.all([
      Pii.sealField(countyId, submissionId, "name", input.name),
      Pii.sealField(countyId, submissionId, "document", documentNumber),
      Pii.sealField(countyId, submissionId, "phone", input.phone),
      Pii.sealField(countyId, submissionId, "address", input.address),
      Object.keys(extras).length ? Pii.sealField(countyId, submissionId, "extras", JSON.stringify(extras)) : undefined,
      Pii.lookupHash(countyId, "phone", input.phone),
    ]);
    const rule = matchRule(rules, input.originCode, input.arrivalDate);
    const alertId = rule ? submissionId : undefined;
    const figures = { submissions: 1, ...(rule ? { alerts: 1 } : {}) };

    const result = await withConflictRetry(() =>
      db.transaction
        .write(({ idempotency, intakeForm, intakeSubmission, intakeCounter, alert, residentRecord }) => [
          Idempotency.claim(idempotency, countyId, input.idempotencyKey, requestHash, submissionId),
          intakeForm
            .check({ countyId, formId: form.formId })
            .where((a, op) => op.eq(a.status, "active"))
            .commit(),
          intakeSubmission
            .create({
              countyId,
              submissionId,
              formId: form.formId,
              purpose: form.purpose,
              villageId: form.villageId,
              precinctId: form.precinctId,
              gridId: form.gridId,
              documentType: input.documentType,
              nameSealed,
              documentSealed,
              phoneSealed,
              addressSealed,
              extrasSealed,
              nameMasked: Pii.mask.name(input.name),
              documentMasked: Pii.mask.document(documentNumber),
              phoneMasked: Pii.mask.phone(input.phone),
              phoneHash: phoneLookup,
              arrivalDate: input.arrivalDate,
              originCode: input.originCode,
              rental: form.purpose === "rental" ? input.rental : undefined,
              consentVersion,
              submittedAt: now,
              day,
              alertId,
              expiresAt,
            })
            .commit(),
          intakeCounter.update({ countyId, board: "intake", day, place: form.villageId }).add(figures).commit(),
          recordPointer(
            residentRecord,
            countyId,
            phoneHash(countyId, input.phone),
            "registration",
            submissionId,
            now,
            expiresAt,
          ),
          ...(rule
            ? [
                alert
                  .create({
                    countyId,
                    alertId: submissionId,
                    submissionId,
                    formId: form.formId,
                    villageId: form.villageId,
                    precinctId: form.precinctId,
                    ruleId: rule.ruleId,
                    regionCode: rule.regionCode,
                    originCode: input.originCode,
                    arrivalDate: input.arrivalDate,
                    day,
                    raisedAt: now,
                    inbox: "new",
                    delivery: "pending",
                    attempts: 0,
                    history: [{ state: "new", at: now, by: "system" }],
                    expiresAt,
                  })
                  .commit(),
              ]
            : []),
        ])
        .go(),
    );
    if (result.canceled) {
      const codes = (result.data as Array<{ code: string }>).map((reason) => reason.code);
      if (codes[0] === "ConditionalCheckFailed")
        return { receipt: await Idempotency.replay(countyId, input.idempotencyKey, requestHash) };
      if (codes[1] === "ConditionalCheckFailed") {
        forgetForm(countyId, form.formId);
        const { data: now } = await db.entities.intakeForm
          .get({ countyId, formId: form.formId })
          .go({ consistent: true });
        throw now?.status === "paused"
          ? new ConflictError("intake.form_paused", "This form is paused")
          : new ConflictError("intake.form_closed", "This form is closed");
      }
      throw new Error(`Transaction cancelled: ${codes.join(", ")}`);
    }
    if (alertId) await Alert.publish({ countyId, alertId });
    return { receipt: submissionId };
  },
  { before: loadRegions },
);

type FormItem = NonNullable<Awaited<ReturnType<ReturnType<typeof db.entities.intakeForm.get>["go"]>>["data"]>;
const formCache = new Map<string, { at: number; form: Promise<FormItem | undefined> }>();
const retentionCache = new Map<string, { at: number; days: Promise<number> }>();
/**
 * A form and the county's retention change rarely; a process keeps them for a few seconds. The
 * transaction still checks that the form is open, so a form closed a moment ago refuses anyway.
 */
const formCacheMs = 5_000;
const retentionCacheMs = 60_000;

function cachedForm(countyId: string, formId: string): Promise<FormItem | undefined> {
  const key = `${countyId}|${formId}`;
  const hit = formCache.get(key);
  if (hit && Date.now() - hit.at < formCacheMs) return hit.form;
  if (formCache.size > 1000) formCache.clear();
  const form = db.entities.intakeForm
    .get({ countyId, formId })
    .go()
    .then(({ data }) => data ?? undefined);
  formCache.set(key, { at: Date.now(), form });
  form.catch(() => formCache.delete(key));
  return form;
}

/** After a status change in this process: the next registration reads the form again. */
export function forgetForm(countyId: string, formId: string) {
  formCache.delete(`${countyId}|${formId}`);
}

function cachedRetention(countyId: string): Promise<number> {
  const hit = retentionCache.get(countyId);
  if (hit && Date.now() - hit.at < retentionCacheMs) return hit.days;
  const days = db.entities.county
    .get({ countyId })
    .go()
    .then(({ data }) => data?.intakeRetentionDays ?? settingsDefaults.intakeRetentionDays);
  retentionCache.set(countyId, { at: Date.now(), days });
  days.catch(() => retentionCache.delete(countyId));
  return days;
}

function assertFormFields(
  form: { purpose: string; extraFields: Array<{ key: string; required: boolean }> },
  input: z.output<typeof submitSchema>,
) {
  const fieldErrors: Record<string, string[]> = {};
  if (form.purpose === "rental" && !input.rental)
    fieldErrors["rental.leaseStart"] = ["Required for a rental registration"];
  const known = new Set(form.extraFields.map((field) => field.key));
  for (const key of Object.keys(input.extras))
    if (!known.has(key)) fieldErrors[`extras.${key}`] = ["Not a question of this form"];
  for (const field of form.extraFields) {
    if (field.required && !input.extras[field.key]) fieldErrors[`extras.${field.key}`] = ["Required"];
  }
  if (Object.keys(fieldErrors).length) throw new InputError("input.invalid", "The input is invalid", fieldErrors);
}
