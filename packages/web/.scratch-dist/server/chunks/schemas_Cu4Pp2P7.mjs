import { V as VisibleError, I as InputError } from './errors_MfzDXNyI.mjs';
import * as z from 'zod';

const unavailableNames = /* @__PURE__ */ new Set(["ProvisionedThroughputExceededException", "ThrottlingException", "RequestLimitExceeded", "InternalServerError", "ServiceUnavailable", "TimeoutError"]);
const networkCodes = /* @__PURE__ */ new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN"]);
class UnavailableError extends VisibleError {
  constructor() {
    super("unavailable", "service.unavailable", "The service is busy or briefly unavailable; please try again in a moment.");
  }
}
function isUnavailable(error, depth = 0) {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const candidate = error;
  if (candidate.name && unavailableNames.has(candidate.name)) return true;
  if (candidate.code && networkCodes.has(candidate.code)) return true;
  if ((candidate.$metadata?.httpStatusCode ?? 0) >= 500) return true;
  if (Array.isArray(candidate.errors) && candidate.errors.some((inner) => isUnavailable(inner, depth + 1))) return true;
  return isUnavailable(candidate.cause, depth + 1);
}
function unavailableOr(error) {
  if (error instanceof VisibleError) return error;
  return isUnavailable(error) ? new UnavailableError() : error;
}

function fn(schema, callback) {
  const verb = async (input) => {
    const parsed = schema.safeParse(input);
    if (!parsed.success) throw inputErrorFrom(parsed.error);
    return run(parsed.data);
  };
  const run = async (input) => {
    try {
      return await callback(input);
    } catch (error) {
      throw unavailableOr(error);
    }
  };
  verb.schema = schema;
  verb.force = run;
  return verb;
}
function inputErrorFrom(error) {
  const fieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.length ? issue.path.join(".") : "_";
    (fieldErrors[path] ??= []).push(issue.message);
  }
  return new InputError("input.invalid", "The input is invalid", fieldErrors);
}

const reservedSlugs = /* @__PURE__ */ new Set(["en", "api", "console", "admin", "static", "assets", "_astro", "404", "500", "favicon.ico", "robots.txt", "health", "media"]);
const slug = z.string().trim().min(2, "Use at least 2 characters").max(48, "Use at most 48 characters").regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Use lower-case letters, digits and single hyphens");
const id = z.string().trim().min(1).max(40).regex(/^[a-z0-9-]+$/, "Not a valid id");
const nameZh = z.string().trim().min(1, "Required").max(60, "Use at most 60 characters");
const nameEn = z.string().trim().max(120, "Use at most 120 characters");
const publicPhone = z.string().trim().max(20).regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/, "Not a valid phone number");
const imageUrl = z.string().trim().max(500).regex(/^(https:\/\/[^\s"'<>]+|\/(?!\/)[^\s"'<>]*)$/, "Use an https address or a path on this site");
const bytes = z.custom((value) => value instanceof Uint8Array, "Expected a file");

export { imageUrl as a, bytes as b, nameEn as c, fn as f, id as i, nameZh as n, publicPhone as p, reservedSlugs as r, slug as s };
