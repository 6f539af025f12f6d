import { randomUUID } from "node:crypto";
import type { AstroGlobal } from "astro";
import { Appointment } from "@cunjing/core/appointment/index";
import { Counter } from "@cunjing/core/counter/index";
import { VisibleError } from "@cunjing/core/util/errors";
import { appointmentMessages } from "../../i18n/appointment";
import type { Lang } from "../../i18n";
import { clientAddress, field } from "../Console/session";
import { activeRoster, forCounty } from "../Site/outcome";

export const bookingFields = [
  "idempotencyKey",
  "purpose",
  "mode",
  "slot",
  "homeDay",
  "window",
  "villageId",
  "address",
  "note",
  "phone",
] as const;
export type BookValues = Partial<Record<(typeof bookingFields)[number] | "otpId", string>>;
export type BookProblem = { message: string; fields: Record<string, string>; status: number };
export type BookStep = { step: "form" } | { step: "otp" } | { step: "done"; reference: string };

const statusOf = {
  input: 400,
  not_found: 404,
  conflict: 409,
  forbidden: 403,
  unauthorized: 401,
  unavailable: 503,
  rate_limited: 429,
} as const;

export function bookProblem(lang: Lang, error: unknown): BookProblem {
  const a = appointmentMessages(lang);
  if (!(error instanceof VisibleError)) {
    console.error(error);
    return { message: a.errors.internal!, fields: {}, status: 500 };
  }
  const message = a.errors[error.code] ?? (error.kind === "unavailable" ? a.errors.unavailable! : error.message);
  const detail = error.code === "appointment.otp_wrong" ? ` ${error.message.replace(/^.*: /, "")}` : "";
  const fields = Object.fromEntries(
    Object.entries(error.fieldErrors ?? {}).map(([name, messages]) => [
      name === "startsAt" ? "slot" : name.split(".")[0]!,
      messages.map((text) => a.fields[text] ?? (error.code !== "input.invalid" ? message : text)).join("; "),
    ]),
  );
  return { message: message + detail, fields, status: statusOf[error.kind] };
}

/** `12月1日 周二` / `Tue 1 Dec`. */
export function dayLabel(lang: Lang, day: string): string {
  const a = appointmentMessages(lang);
  const [, month, date] = day.split("-").map(Number) as [number, number, number];
  const weekday = a.weekdays[(new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7];
  if (lang === "en") {
    const name = new Date(`${day}T00:00:00Z`).toLocaleString("en-GB", { month: "short", timeZone: "UTC" });
    return `${weekday} ${date} ${name}`;
  }
  return `${month}月${date}日 ${weekday}`;
}

function bookingInput(values: BookValues, officerId: string, ip: string) {
  const [villageId, startsAt] = (values.slot ?? "").split(":");
  const desk = values.mode !== "home";
  return {
    officerId,
    idempotencyKey: values.idempotencyKey ?? "",
    purpose: values.purpose as never,
    mode: (values.mode || "desk") as never,
    villageId: (desk ? villageId : values.villageId) || "",
    startsAt: desk && startsAt ? Number(startsAt) : undefined,
    homeDay: desk ? undefined : values.homeDay || undefined,
    window: desk ? undefined : ((values.window || undefined) as never),
    address: desk ? undefined : values.address,
    note: values.note,
    phone: values.phone ?? "",
    ip,
  };
}

/**
 * The booking page, without JavaScript: the form (free slots grouped by day, or a home visit);
 * the phone check sends a 6-digit code and shows the code step, carrying the answers along; then
 * the reference code.
 */
export function loadBookPage(astro: AstroGlobal, lang: Lang) {
  return forCounty(astro.params.county, async () => {
    const roster = await activeRoster();
    const officer = roster.officers.find((candidate) => candidate.slug === astro.params.slug);
    if (!officer) return undefined;
    const villages = roster.villages.filter((village) => village.officerId === officer.officerId);
    const onlyVillage = astro.url.searchParams.get("village") ?? undefined;
    const slots = await Appointment.freeSlots({
      officerId: officer.officerId,
      villageId: villages.some((v) => v.villageId === onlyVillage) ? onlyVillage : undefined,
    });
    const today = Counter.dayOf(Date.now());
    const days = Array.from({ length: Appointment.bookableDays + 1 }, (_, index) => {
      const date = new Date(`${today}T00:00:00Z`);
      date.setUTCDate(date.getUTCDate() + index);
      return date.toISOString().slice(0, 10);
    });
    const base = { county: roster.county, officer, villages, slots, days };
    let values: BookValues = {
      idempotencyKey: randomUUID(),
      purpose: "certificate",
      mode: "desk",
      villageId: villages[0]?.villageId,
    };
    if (astro.request.method !== "POST") return { ...base, values, state: { step: "form" } as BookStep };

    const form = await astro.request.formData();
    values = Object.fromEntries([...bookingFields, "otpId" as const].map((name) => [name, field(form, name)]));
    const ip = clientAddress(astro);
    const input = bookingInput(values, officer.officerId, ip);
    const confirming = field(form, "intent") === "confirm";
    try {
      if (!confirming) {
        // Check the booking's own fields before sending a code: errors show on the first step.
        const checked = Appointment.book.schema.safeParse({ ...input, otp: { otpId: "x", value: "000000" } });
        if (!checked.success) {
          const { inputErrorFrom } = await import("@cunjing/core/util/fn");
          throw inputErrorFrom(checked.error);
        }
        const { otpId } = await Appointment.requestOtp({ officerId: officer.officerId, phone: values.phone ?? "", ip });
        return { ...base, values: { ...values, otpId }, state: { step: "otp" } as BookStep };
      }
      const result = await Appointment.book({
        ...input,
        otp: { otpId: values.otpId ?? "", value: field(form, "otp") },
      });
      return { ...base, values, state: { step: "done", reference: result.reference } as BookStep };
    } catch (error) {
      const problem = bookProblem(lang, error);
      astro.response.status = problem.status;
      // A taken slot or a bad choice goes back to the form with fresh slots.
      const back = !confirming || !problem.fields.otp;
      const fresh = back ? await Appointment.freeSlots({ officerId: officer.officerId }) : slots;
      return { ...base, slots: fresh, values, problem, state: { step: back ? "form" : "otp" } as BookStep };
    }
  });
}

/** A booking by its reference code (`?ref=`), with cancel and accept on POST. */
export function loadStatusPage(astro: AstroGlobal, lang: Lang) {
  return forCounty(astro.params.county, async () => {
    const roster = await activeRoster();
    const ip = clientAddress(astro);
    let reference = astro.url.searchParams.get("ref")?.slice(0, 40) ?? "";
    let done: "cancelled" | "accepted" | undefined;
    let problem: BookProblem | undefined;
    let booking: Appointment.ResidentView | undefined;
    try {
      if (astro.request.method === "POST") {
        const form = await astro.request.formData();
        reference = field(form, "reference").slice(0, 40);
        const intent = field(form, "intent");
        if (intent === "cancel") {
          booking = await Appointment.cancel({ reference, ip });
          done = "cancelled";
        } else if (intent === "accept") {
          booking = await Appointment.accept({ reference, ip });
          done = "accepted";
        }
      }
      if (!booking && reference) booking = await Appointment.status({ reference, ip });
    } catch (error) {
      problem = bookProblem(lang, error);
      astro.response.status = problem.status === 400 ? 404 : problem.status;
    }
    const officer = booking ? roster.officers.find((o) => o.officerId === booking!.officerId) : undefined;
    const village = booking ? roster.villages.find((v) => v.villageId === booking!.villageId) : undefined;
    return { county: roster.county, reference, booking, officer, village, problem, done };
  });
}
