import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createContext } from "./context";
import { logError } from "./log";
import { appRouter } from "./root";

/** The same router for a fetch-style server (the Astro endpoint at `/api/trpc`). */
export function handleTrpcRequest(request: Request) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    createContext: () => createContext({ headers: request.headers, origin: new URL(request.url).origin }),
    onError: logError,
  });
}
