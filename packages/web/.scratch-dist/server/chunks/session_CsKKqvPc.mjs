import { S as Session } from './session_DNHpdDVr.mjs';

function safeNext(value) {
  return value && /^\/console(\/|$|\?)/.test(value) && !value.startsWith("//") ? value : "/console";
}
function clientAddress(astro) {
  try {
    return astro.clientAddress || "unknown";
  } catch {
    return "unknown";
  }
}
function setSessionCookie(astro, session) {
  astro.cookies.set(Session.cookieName, session.sessionId, Session.cookieAttributes(astro.url, session.expiresAt));
}
function field(form, name) {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

export { safeNext as a, clientAddress as c, field as f, setSessionCookie as s };
