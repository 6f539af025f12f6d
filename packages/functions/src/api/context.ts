import { Session } from "@cunjing/core/auth/session";
import { withActor } from "@cunjing/core/actor";
import { isSameOrigin, siteOriginOf } from "./origin";
import type { Context } from "./trpc";

function cookieValue(headers: Headers, name: string): string | undefined {
  for (const part of (headers.get("cookie") ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=");
  }
  return undefined;
}

/**
 * The actor of a request: the signed-in user of a valid session cookie, otherwise public.
 * `origin` is the request's own origin as the server saw it; `SITE_URL` takes precedence.
 */
export async function createContext(request: { headers: Headers; origin: string }): Promise<Context> {
  const sameOrigin = isSameOrigin(request.headers, siteOriginOf(request.origin));
  const sessionId = cookieValue(request.headers, Session.cookieName);
  const resolved = sessionId
    ? await withActor({ type: "public", properties: {} }, () => Session.actorOf(sessionId))
    : undefined;
  return { actor: resolved?.actor ?? { type: "public", properties: {} }, sameOrigin };
}
