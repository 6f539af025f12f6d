import type { AstroGlobal } from "astro";
import { County } from "@cunjing/core/county/index";
import { MyRecords, type MyRecordsView } from "@cunjing/core/records/index";
import { VisibleError } from "@cunjing/core/util/errors";
import { localePath, type Lang } from "../../i18n";
import { recordsMessages } from "../../i18n/records";
import { clientAddress, field } from "../Console/session";
import { noStore } from "../Feedback/rate";
import { assertActive, forCounty } from "../Site/outcome";

/** The resident's pass, only ever in this HttpOnly, same-site-only cookie. */
export const passCookie = "cj_records";

export type Notice =
  | { kind: "corrected" | "moved" | "unchanged" | "deleted" | "withdrawn" | "gone" | "signedOut" }
  | { kind: "kept"; until: number };
export type Problem = { message: string; fields: Record<string, string>; status: number; recordId?: string };
export type RecordsState =
  | { step: "phone"; phone: string }
  | { step: "code"; phone: string; otpId: string; masked: string }
  | { step: "records"; view: MyRecordsView };

const noticeKinds = ["corrected", "moved", "unchanged", "deleted", "withdrawn", "gone", "signedOut", "kept"] as const;

function problemOf(lang: Lang, error: unknown, recordId?: string): Problem {
  const r = recordsMessages(lang);
  if (!(error instanceof VisibleError)) {
    console.error(error);
    return { message: r.errors.internal!, fields: {}, status: 500, recordId };
  }
  const message = r.errors[error.code] ?? (error.kind === "unavailable" ? r.errors.unavailable! : error.message);
  const fields = Object.fromEntries(
    Object.entries(error.fieldErrors ?? {}).map(([name, messages]) => [
      name.split(".")[0]!,
      messages.map((text) => r.fields[text] ?? r.fields.invalid!).join("；"),
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
  return { message, fields, status, recordId };
}

function noticeOf(url: URL): Notice | undefined {
  const kind = url.searchParams.get("done");
  if (!kind || !(noticeKinds as readonly string[]).includes(kind)) return undefined;
  if (kind === "kept") {
    const until = Number(url.searchParams.get("until"));
    return Number.isFinite(until) && until > 0 ? { kind, until } : undefined;
  }
  return { kind } as Notice;
}

function cookieAttributes(astro: AstroGlobal, validUntil: number) {
  const local = ["localhost", "127.0.0.1", "[::1]"].includes(astro.url.hostname);
  const https = astro.url.protocol === "https:" || /^https:/i.test(process.env.SITE_URL?.trim() ?? "");
  return {
    httpOnly: true,
    secure: https || !local,
    sameSite: "strict" as const,
    path: "/",
    maxAge: Math.max(0, Math.floor((validUntil - Date.now()) / 1000)),
  };
}

/**
 * 我的信息, without JavaScript: the phone step, the code step, then the records with a form per
 * action. Every action answers with a redirect (303) to the page and a notice, so a reload repeats
 * nothing; a refused action shows the records again with the reason beside the record.
 */
export function loadMyRecords(astro: AstroGlobal, lang: Lang) {
  noStore(astro);
  return forCounty(astro.params.county, async () => {
    const county = assertActive(await County.current());
    const self = localePath(lang, `/${county.slug}/my`);
    const back = (query: Record<string, string>) => ({ redirect: `${self}?${new URLSearchParams(query)}` });
    const pass = astro.cookies.get(passCookie)?.value ?? "";
    const ip = clientAddress(astro);

    const records = async (problem?: Problem, notice?: Notice) => {
      if (!pass) return { county, state: { step: "phone", phone: "" } as RecordsState, problem, notice };
      try {
        const view = await MyRecords.list({ pass });
        return { county, state: { step: "records", view } as RecordsState, problem, notice };
      } catch (error) {
        astro.cookies.delete(passCookie, { path: "/" });
        const expired = problemOf(lang, error);
        if (expired.status !== 401 && expired.status !== 400) astro.response.status = expired.status;
        return {
          county,
          state: { step: "phone", phone: "" } as RecordsState,
          problem: problem ?? (expired.status === 400 ? undefined : expired),
          notice,
        };
      }
    };

    if (astro.request.method !== "POST") return records(undefined, noticeOf(astro.url));

    const form = await astro.request.formData();
    const intent = field(form, "intent");
    const phone = field(form, "phone");
    const recordId = field(form, "recordId");
    try {
      switch (intent) {
        case "code": {
          const { otpId } = await MyRecords.requestCode({ phone, ip });
          return { county, state: { step: "code", phone, otpId, masked: masked(phone) } as RecordsState };
        }
        case "open": {
          const opened = await MyRecords.open({
            phone,
            otp: { otpId: field(form, "otpId"), value: field(form, "otp") },
            ip,
          });
          astro.cookies.set(passCookie, opened.pass, cookieAttributes(astro, opened.validUntil));
          return back({});
        }
        case "signout":
          if (pass) await MyRecords.close({ pass }).catch(() => undefined);
          astro.cookies.delete(passCookie, { path: "/" });
          return back({ done: "signedOut" });
        case "correct": {
          const result = await MyRecords.correct({
            pass,
            submissionId: recordId,
            phone,
            address: field(form, "address"),
            ip,
          });
          return back({ done: result.moved ? "moved" : result.changed.length ? "corrected" : "unchanged" });
        }
        case "delete": {
          confirmed(form, lang);
          const result = await MyRecords.remove({ pass, submissionId: recordId, ip });
          return back(
            result.state === "kept" ? { done: "kept", until: String(result.keptUntil) } : { done: result.state },
          );
        }
        case "withdraw": {
          confirmed(form, lang);
          const result = await MyRecords.withdraw({ pass, ratingId: recordId, ip });
          return back({ done: result.state });
        }
        default:
          return records();
      }
    } catch (error) {
      const problem = problemOf(lang, error, recordId || undefined);
      astro.response.status = problem.status;
      if (intent === "open")
        return {
          county,
          state: { step: "code", phone, otpId: field(form, "otpId"), masked: masked(phone) } as RecordsState,
          problem,
        };
      if (intent === "code") return { county, state: { step: "phone", phone } as RecordsState, problem };
      const shown = await records(problem);
      astro.response.status = problem.status;
      return shown;
    }
  });
}

function masked(phone: string) {
  const digits = phone.replace(/[\s-]/g, "");
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}

/** Deleting and withdrawing ask for a ticked confirmation first. */
function confirmed(form: FormData, lang: Lang) {
  if (field(form, "confirm") === "on") return;
  const r = recordsMessages(lang);
  throw new VisibleError("input", "input.invalid", r.errors["input.invalid"]!, { confirm: ["Required"] });
}
