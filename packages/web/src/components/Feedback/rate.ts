import { randomUUID } from "node:crypto";
import type { AstroGlobal } from "astro";
import { Rating } from "@cunjing/core/rating/index";
import { VisibleError } from "@cunjing/core/util/errors";
import { feedbackMessages } from "../../i18n/feedback";
import type { Lang } from "../../i18n";
import { clientAddress, field } from "../Console/session";
import { activeRoster, forCounty } from "../Site/outcome";

/** The rating fields a form carries from step to step (hidden on the phone-check step). */
export const ratingFields = [
  "idempotencyKey",
  "overall",
  "responsiveness",
  "courtesy",
  "solved",
  "text",
  "surname",
  "honorific",
  "reportPrivately",
  "code",
  "phone",
] as const;
export type RateValues = Partial<Record<(typeof ratingFields)[number] | "otpId", string>>;
export type RateProblem = { message: string; fields: Record<string, string>; status: number };
export type RateStep =
  | { step: "form" }
  | { step: "otp" }
  | { step: "done"; ratingId: string; verified: boolean; complaint: boolean; praise: boolean };

function problemOf(lang: Lang, error: unknown): RateProblem {
  const f = feedbackMessages(lang);
  if (!(error instanceof VisibleError)) {
    console.error(error);
    return { message: f.errors.internal!, fields: {}, status: 500 };
  }
  const message = f.errors[error.code] ?? (error.kind === "unavailable" ? f.errors.unavailable! : error.message);
  const detail = error.code === "rating.otp_wrong" ? ` ${error.message.replace(/^.*: /, "")}` : "";
  const fields = Object.fromEntries(
    Object.entries(error.fieldErrors ?? {}).map(([name, messages]) => [
      name.split(".")[0]!,
      // Every field message in the page's language: core's own, or the refusal's translated message.
      messages
        .map((text) => f.fields[text] ?? (error.code !== "input.invalid" ? message : f.fields.invalid!))
        .join("；"),
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
  return { message: message + detail, fields, status };
}

function ratingInput(values: RateValues, ip: string) {
  return {
    officerId: "",
    idempotencyKey: values.idempotencyKey ?? "",
    overall: values.overall as never,
    responsiveness: values.responsiveness as never,
    courtesy: values.courtesy as never,
    solved: values.solved as never,
    text: values.text,
    surname: values.surname,
    honorific: (values.honorific || undefined) as never,
    reportPrivately: values.reportPrivately === "on",
    ip,
  };
}

/**
 * The rate page, without JavaScript: the form; with a rating code it submits at once; without one
 * it sends a 6-digit code to the phone and shows the code step, carrying the answers along.
 */
export function loadRatePage(astro: AstroGlobal, lang: Lang) {
  return forCounty(astro.params.county, async () => {
    const roster = await activeRoster();
    const officer = roster.officers.find((candidate) => candidate.slug === astro.params.slug);
    if (!officer) return undefined;
    const base = { county: roster.county, officer };
    let values: RateValues = {
      idempotencyKey: randomUUID(),
      code: astro.url.searchParams.get("code")?.slice(0, 40) ?? "",
    };
    if (astro.request.method !== "POST") return { ...base, values, state: { step: "form" } as RateStep };

    const form = await astro.request.formData();
    values = Object.fromEntries([...ratingFields, "otpId" as const].map((name) => [name, field(form, name)]));
    const ip = clientAddress(astro);
    const input = { ...ratingInput(values, ip), officerId: officer.officerId };
    const confirming = field(form, "intent") === "confirm";
    try {
      if (!confirming && !values.code) {
        const { otpId } = await Rating.requestOtp({ officerId: officer.officerId, phone: values.phone ?? "", ip });
        return { ...base, values: { ...values, otpId }, state: { step: "otp" } as RateStep };
      }
      const result = await Rating.submit(
        confirming
          ? { ...input, otp: { otpId: values.otpId ?? "", value: field(form, "otp") } }
          : { ...input, code: values.code },
      );
      const state: RateStep = {
        step: "done",
        ratingId: result.ratingId,
        verified: result.verified,
        complaint: result.complaint,
        praise: result.praiseState === "pending",
      };
      return { ...base, values, state };
    } catch (error) {
      const problem = problemOf(lang, error);
      astro.response.status = problem.status;
      return { ...base, values, problem, state: { step: confirming ? "otp" : "form" } as RateStep };
    }
  });
}

/** A complaint's progress by its reference code (`?ref=`). */
export function loadComplaintStatus(astro: AstroGlobal, lang: Lang) {
  return forCounty(astro.params.county, async () => {
    const roster = await activeRoster();
    const reference = astro.url.searchParams.get("ref")?.slice(0, 40) ?? "";
    if (!reference) return { county: roster.county, reference };
    try {
      return { county: roster.county, reference, status: await Rating.complaintStatus({ reference }) };
    } catch (error) {
      const problem = problemOf(lang, error);
      astro.response.status = problem.status === 400 ? 404 : problem.status;
      return { county: roster.county, reference, problem };
    }
  });
}

/** Personal pages: never cached. */
export function noStore(astro: AstroGlobal) {
  astro.response.headers.set("Cache-Control", "private, no-store");
}
