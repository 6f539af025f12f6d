import { awsLambdaRequestHandler } from "@trpc/server/adapters/aws-lambda";
import { SECURITY_HEADERS } from "../http/security-headers";
import { createContext } from "./context";
import { VIEWER_HOST_HEADER } from "./origin";
import { logError } from "./log";
import { appRouter } from "./root";

/** The site origin the request came through: CloudFront's viewer host, else API Gateway's domain. */
function requestOrigin(event: {
  headers?: Record<string, string | undefined> | null;
  requestContext: { domainName?: string };
}): string {
  return `https://${event.headers?.[VIEWER_HOST_HEADER] ?? event.requestContext.domainName}`;
}

/**
 * The request's headers. API Gateway's payload 2.0 takes the `Cookie` header out of `headers` and
 * hands the cookies over as `event.cookies`: put them back, or no session ever reaches the API.
 */
export function headersOf(event: { headers?: Record<string, string | undefined> | null; cookies?: string[] }): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(event.headers ?? {})) if (value !== undefined) headers.set(name, value);
  if (event.cookies?.length) headers.set("cookie", event.cookies.join("; "));
  return headers;
}

/** API Gateway HTTP API (v2) → tRPC, for routes under `/api/trpc/{proxy+}`. */
export const handler = awsLambdaRequestHandler({
  router: appRouter,
  createContext: ({ event }) =>
    createContext({ headers: headersOf(event as Parameters<typeof headersOf>[0]), origin: requestOrigin(event) }),
  onError: logError,
  // CloudFront's response-headers policy adds them as well; the API answers with them on its own too.
  responseMeta: () => ({ headers: { ...SECURITY_HEADERS } }),
});
