import { awsLambdaRequestHandler } from "@trpc/server/adapters/aws-lambda";
import { createContext } from "./context";
import { logError } from "./log";
import { appRouter } from "./root";

/** API Gateway HTTP API (v2) → tRPC, for routes under `/api/trpc/{proxy+}`. */
export const handler = awsLambdaRequestHandler({
  router: appRouter,
  createContext: ({ event }) =>
    createContext({ headers: new Headers(event.headers as Record<string, string>), host: event.requestContext.domainName }),
  onError: logError,
});
