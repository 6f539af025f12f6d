import { randomUUID } from 'node:crypto';
import { R as Rating } from './index_B-3AYYOB.mjs';
import { V as VisibleError } from './errors_MfzDXNyI.mjs';
import { f as feedbackMessages } from './feedback_UwZK7OVu.mjs';
import { f as field, c as clientAddress } from './session_CsKKqvPc.mjs';
import { f as forCounty, b as activeRoster } from './outcome_D6FJZh7v.mjs';

const ratingFields = ["idempotencyKey", "overall", "responsiveness", "courtesy", "solved", "text", "surname", "honorific", "reportPrivately", "code", "phone"];
function problemOf(lang, error) {
  const f = feedbackMessages(lang);
  if (!(error instanceof VisibleError)) {
    console.error(error);
    return {
      message: f.errors.internal,
      fields: {},
      status: 500
    };
  }
  const message = f.errors[error.code] ?? (error.kind === "unavailable" ? f.errors.unavailable : error.message);
  const detail = error.code === "rating.otp_wrong" ? ` ${error.message.replace(/^.*: /, "")}` : "";
  const fields = Object.fromEntries(Object.entries(error.fieldErrors ?? {}).map(([name, messages]) => [name.split(".")[0], messages.join("; ")]));
  const status = {
    input: 400,
    not_found: 404,
    conflict: 409,
    forbidden: 403,
    unauthorized: 401,
    unavailable: 503,
    rate_limited: 429
  }[error.kind];
  return {
    message: message + detail,
    fields,
    status
  };
}
function ratingInput(values, ip) {
  return {
    officerId: "",
    idempotencyKey: values.idempotencyKey ?? "",
    overall: values.overall,
    responsiveness: values.responsiveness,
    courtesy: values.courtesy,
    solved: values.solved,
    text: values.text,
    surname: values.surname,
    honorific: values.honorific || void 0,
    reportPrivately: values.reportPrivately === "on",
    ip
  };
}
function loadRatePage(astro, lang) {
  return forCounty(astro.params.county, async () => {
    const roster = await activeRoster();
    const officer = roster.officers.find((candidate) => candidate.slug === astro.params.slug);
    if (!officer) return void 0;
    const base = {
      county: roster.county,
      officer
    };
    let values = {
      idempotencyKey: randomUUID(),
      code: astro.url.searchParams.get("code")?.slice(0, 40) ?? ""
    };
    if (astro.request.method !== "POST") return {
      ...base,
      values,
      state: {
        step: "form"
      }
    };
    const form = await astro.request.formData();
    values = Object.fromEntries([...ratingFields, "otpId"].map((name) => [name, field(form, name)]));
    const ip = clientAddress(astro);
    const input = {
      ...ratingInput(values, ip),
      officerId: officer.officerId
    };
    const confirming = field(form, "intent") === "confirm";
    try {
      if (!confirming && !values.code) {
        const {
          otpId
        } = await Rating.requestOtp({
          officerId: officer.officerId,
          phone: values.phone ?? "",
          ip
        });
        return {
          ...base,
          values: {
            ...values,
            otpId
          },
          state: {
            step: "otp"
          }
        };
      }
      const result = await Rating.submit(confirming ? {
        ...input,
        otp: {
          otpId: values.otpId ?? "",
          value: field(form, "otp")
        }
      } : {
        ...input,
        code: values.code
      });
      const state = {
        step: "done",
        ratingId: result.ratingId,
        verified: result.verified,
        complaint: result.complaint,
        praise: result.praiseState === "pending"
      };
      return {
        ...base,
        values,
        state
      };
    } catch (error) {
      const problem = problemOf(lang, error);
      astro.response.status = problem.status;
      return {
        ...base,
        values,
        problem,
        state: {
          step: confirming ? "otp" : "form"
        }
      };
    }
  });
}
function loadComplaintStatus(astro, lang) {
  return forCounty(astro.params.county, async () => {
    const roster = await activeRoster();
    const reference = astro.url.searchParams.get("ref")?.slice(0, 40) ?? "";
    if (!reference) return {
      county: roster.county,
      reference
    };
    try {
      return {
        county: roster.county,
        reference,
        status: await Rating.complaintStatus({
          reference
        })
      };
    } catch (error) {
      const problem = problemOf(lang, error);
      astro.response.status = problem.status === 400 ? 404 : problem.status;
      return {
        county: roster.county,
        reference,
        problem
      };
    }
  });
}
function noStore(astro) {
  astro.response.headers.set("Cache-Control", "private, no-store");
}

export { loadRatePage as a, loadComplaintStatus as l, noStore as n };
