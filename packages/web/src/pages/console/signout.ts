import { Session } from "@cunjing/core/auth/session";
import type { APIRoute } from "astro";
import { withActor } from "@cunjing/core/actor";
import { CLEAR_SITE_DATA } from "@cunjing/functions/http/security-headers";

/** Ends the session and tells the browser to drop the site's cookies, storage and cache. */
export const POST: APIRoute = async ({ locals, cookies }) => {
  if (locals.sessionId) await withActor(locals.actor, () => Session.end(locals.sessionId!));
  cookies.delete(Session.cookieName, { path: "/" });
  // The device forgets the console: cached pages, the outbox and its key, and the session cookie.
  return new Response(null, {
    status: 303,
    headers: { Location: "/console/signin", "Clear-Site-Data": CLEAR_SITE_DATA },
  });
};
