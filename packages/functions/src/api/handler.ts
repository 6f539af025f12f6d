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

/** API Gateway HTTP API (v2) → tRPC, for routes under `/api/trpc/{proxy+}`. */
export const handler = awsLambdaRequestHandler({
  router: appRouter,
  createContext: ({ event }) =>
    createContext({ headers: new Headers(event.headers as Record<string, string>), origin: requestOrigin(event) }),
  onError: logError,
  // CloudFront's response-headers policy adds them as well; the API answers with them on its own too.
  responseMeta: () => ({ headers: { ...SECURITY_HEADERS } }),
});
