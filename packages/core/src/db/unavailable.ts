import { VisibleError } from "../util/errors";

/** What DynamoDB (or the way to it) says when it is overloaded or down, after the SDK's retries. */
const unavailableNames = new Set([
  "ProvisionedThroughputExceededException",
  "ThrottlingException",
  "RequestLimitExceeded",
  "InternalServerError",
  "ServiceUnavailable",
  "TimeoutError",
]);
const networkCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
]);

export class UnavailableError extends VisibleError {
  constructor() {
    super(
      "unavailable",
      "service.unavailable",
      "The service is busy or briefly unavailable; please try again in a moment.",
    );
  }
}

/** True when the error, or an error it wraps (ElectroDB wraps the SDK's), means "try again later". */
export function isUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const candidate = error as {
    name?: string;
    code?: string;
    $metadata?: { httpStatusCode?: number };
    cause?: unknown;
    errors?: unknown[];
  };
  if (candidate.name && unavailableNames.has(candidate.name)) return true;
  if (candidate.code && networkCodes.has(candidate.code)) return true;
  if ((candidate.$metadata?.httpStatusCode ?? 0) >= 500) return true;
  if (Array.isArray(candidate.errors) && candidate.errors.some((inner) => isUnavailable(inner, depth + 1))) return true;
  return isUnavailable(candidate.cause, depth + 1);
}

/** The error a caller should see: `UnavailableError` for throttling and outages, the error itself otherwise. */
export function unavailableOr(error: unknown): unknown {
  if (error instanceof VisibleError) return error;
  return isUnavailable(error) ? new UnavailableError() : error;
}
