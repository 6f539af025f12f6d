import { Session } from "@cunjing/core/auth/session";
import type { APIRoute } from "astro";
import { withActor } from "@cunjing/core/actor";

export const POST: APIRoute = async ({ locals, cookies, redirect }) => {
  if (locals.sessionId) await withActor(locals.actor, () => Session.end(locals.sessionId!));
  cookies.delete(Session.cookieName, { path: "/" });
  const response = redirect("/console/signin", 303);
  // The device forgets the console: cached pages, the outbox and its key (the page's outbox has
  // already warned about anything unsent and cleared them; this covers a sign-out without it).
  response.headers.set("Clear-Site-Data", '"cache", "storage"');
  return response;
};
