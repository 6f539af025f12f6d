import { randomUUID } from "node:crypto";
import type { AstroGlobal } from "astro";
import { Counter } from "@cunjing/core/counter/index";
import { Intake } from "@cunjing/core/intake/index";
import { VisibleError } from "@cunjing/core/util/errors";
import type { Lang } from "../../i18n";
import { intakeMessages } from "../../i18n/intake";
import { clientAddress, field } from "../Console/session";
import { activeRoster, forCounty } from "../Site/outcome";

export const registerFields = [
  "idempotencyKey",
  "name",
  "documentType",
  "documentNumber",
  "phone",
  "arrivalDate",
  "province",
  "city",
  "originCode",
  "address",
  "leaseStart",
  "leaseEnd",
  "rooms",
  "occupants",
  "q1",
  "q2",
  "q3",
  "q4",
  "q5",
  "consent",
] as const;
export type RegisterValues = Partial<Record<(typeof registerFields)[number], string>>;
export type RegisterProblem = { message: string; fields: Record<string, string>; status: number };

function problemOf(lang: Lang, error: unknown): RegisterProblem {
  const t = intakeMessages(lang);
  if (!(error instanceof VisibleError)) {
    // Only the error's name: a stack or message could carry the resident's input.
    console.error(JSON.stringify({ level: "error", message: "intake.register_failed", error: (error as Error)?.name }));
    return { message: t.errors.internal!, fields: {}, status: 500 };
  }
  const message = t.errors[error.code] ?? (error.kind === "unavailable" ? t.errors.unavailable! : error.message);
  const fields = Object.fromEntries(
    Object.entries(error.fieldErrors ?? {}).map(([name, messages]) => [
      name.replace(/^rental\./, "").replace(/^extras\./, ""),
      messages.map((text) => t.fieldMessages[text] ?? text).join("；"),
    ]),
  );
  const status = {
    input: 400,
    not_found: 404,
    conflict: 409,
    forbidden: 403,
    unauthorized: 401,
    unavailable: 503,
    rate_limited: 429,
  }[error.kind];
  return { message, fields, status };
}

function inputOf(values: RegisterValues, formId: string, purpose: string, ip: string) {
  const extras = Object.fromEntries(
    (["q1", "q2", "q3", "q4", "q5"] as const).filter((key) => values[key]).map((key) => [key, values[key]!]),
  );
  return {
    formId,
    idempotencyKey: values.idempotencyKey ?? "",
    name: values.name ?? "",
    documentType: (values.documentType || undefined) as never,
    documentNumber: values.documentNumber ?? "",
    phone: values.phone ?? "",
    arrivalDate: values.arrivalDate ?? "",
    originCode: values.originCode ?? "",
    address: values.address ?? "",
    rental:
      purpose === "rental" && (values.leaseStart || values.rooms || values.occupants)
        ? {
            leaseStart: values.leaseStart ?? "",
            leaseEnd: values.leaseEnd,
            rooms: values.rooms as never,
            occupants: values.occupants as never,
          }
        : undefined,
    extras,
    consent: (values.consent === "on") as true,
    ip,
  };
}

/**
 * The public registration page, without JavaScript: the form; the origin picker moves province →
 * city → county by submitting the form to itself (answers carried, nothing saved); the last step
 * registers and shows the receipt code. Nothing the resident typed is logged.
 */
export function loadRegisterPage(astro: AstroGlobal, lang: Lang) {
  return forCounty(astro.params.county, async () => {
    await Intake.loadRegionCodes();
    const roster = await activeRoster();
    const form = await Intake.forPublic({ formId: astro.params.token ?? "" });
    const base = { county: roster.county, form, today: Counter.dayOf(Date.now()) };
    let values: RegisterValues = { idempotencyKey: randomUUID(), documentType: "resident_id" };
    if (astro.request.method !== "POST" || form.status !== "active") return { ...base, values, ...picker(values) };

    const posted = await astro.request.formData();
    values = Object.fromEntries(registerFields.map((name) => [name, field(posted, name).slice(0, 300)]));
    // A county is only valid within the city chosen, and a city within the province.
    if (values.city && !values.city.startsWith(values.province ?? "-")) values.city = "";
    if (values.originCode && !values.originCode.startsWith(values.city || "-")) values.originCode = "";
    if (field(posted, "intent") === "pick") return { ...base, values, ...picker(values) };
    try {
      const { receipt } = await Intake.register(inputOf(values, form.formId, form.purpose, clientAddress(astro)));
      return { ...base, values: {}, receipt, ...picker({}) };
    } catch (error) {
      const problem = problemOf(lang, error);
      astro.response.status = problem.status;
      return { ...base, values, problem, ...picker(values) };
    }
  });
}

function picker(values: RegisterValues) {
  return {
    provinces: Intake.regions.provinces(),
    cities: values.province ? Intake.regions.cities(values.province) : [],
    counties: values.city ? Intake.regions.counties(values.city) : [],
  };
}
