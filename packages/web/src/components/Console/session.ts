import { Session } from "@cunjing/core/auth/session";
import type { AstroGlobal } from "astro";

/** Where to go after signing in: only console paths, never another site. */
export function safeNext(value: string | null | undefined): string {
  return value && /^\/console(\/|$|\?)/.test(value) && !value.startsWith("//") ? value : "/console";
}

export function clientAddress(astro: Pick<AstroGlobal, "clientAddress">): string {
  try {
    return astro.clientAddress || "unknown";
  } catch {
    return "unknown";
  }
}

export function setSessionCookie(astro: Pick<AstroGlobal, "cookies" | "url">, session: { sessionId: string; expiresAt: Date }) {
  astro.cookies.set(Session.cookieName, session.sessionId, Session.cookieAttributes(astro.url, session.expiresAt));
}

export function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}
