import { awsLambdaRequestHandler } from "@trpc/server/adapters/aws-lambda";
import { SECURITY_HEADERS } from "../http/security-headers";
import { createContext } from "./context";
import { logError } from "./log";
import { appRouter } from "./root";

/**
 * The header the Web stack's CloudFront function writes on `/api/*` with the viewer's `Host`
 * (which CloudFront has matched to the distribution); it replaces anything a viewer sent under that
 * name. API Gateway's own `Host` is its execute-api domain.
 */
export const VIEWER_HOST_HEADER = "x-cunjing-viewer-host";

/** The site origin the request came through: CloudFront's viewer host, else API Gateway's domain. */
function requestOrigin(event: {
  headers?: Record<string, string | undefined> | null;
  requestContext: { domainName?: string };
}): string {
  return `https://${event.headers?.[VIEWER_HOST_HEADER] ?? event.requestContext.domainName}`;
}

/** API Gateway HTTP API (v2) → tRPC, for routes under `/api/trpc/{proxy+}`. */
export const handler = awsLambdaRequestHandler({
  router: appRouter,
  createContext: ({ event }) =>
    createContext({ headers: new Headers(event.headers as Record<string, string>), origin: requestOrigin(event) }),
  onError: logError,
  // CloudFront's response-headers policy adds them as well; the API answers with them on its own too.
  responseMeta: () => ({ headers: { ...SECURITY_HEADERS } }),
});
