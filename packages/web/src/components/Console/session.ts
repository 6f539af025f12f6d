import { Session } from "@cunjing/core/auth/session";
import type { AstroGlobal } from "astro";
import { clientAddressOf } from "@cunjing/functions/http/client-address";

/** Where to go after signing in: only console paths, never another site. */
export function safeNext(value: string | null | undefined): string {
  return value && /^\/console(\/|$|\?)/.test(value) && !value.startsWith("//") ? value : "/console";
}

/** The client's real address for throttles and limits (see @cunjing/functions/http/client-address). */
export function clientAddress(astro: Pick<AstroGlobal, "clientAddress" | "request">): string {
  return clientAddressOf({
    behindCloudFront: import.meta.env.CUNJING_BEHIND_CLOUDFRONT === true,
    headers: astro.request.headers,
    adapterAddress: () => astro.clientAddress,
  });
}

export function setSessionCookie(
  astro: Pick<AstroGlobal, "cookies" | "url">,
  session: { sessionId: string; expiresAt: Date },
) {
  astro.cookies.set(Session.cookieName, session.sessionId, Session.cookieAttributes(astro.url, session.expiresAt));
}

export function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}
