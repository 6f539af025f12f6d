import { Session } from "@cunjing/core/auth/session";
import type { APIRoute } from "astro";
import { withActor } from "@cunjing/core/actor";

export const POST: APIRoute = async ({ locals, cookies, redirect }) => {
  if (locals.sessionId) await withActor(locals.actor, () => Session.end(locals.sessionId!));
  cookies.delete(Session.cookieName, { path: "/" });
  return redirect("/console/signin", 303);
};
