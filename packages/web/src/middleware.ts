import { allows } from "@cunjing/core/util/fn";
import { WorkLog } from "@cunjing/core/worklog/index";
import { Session } from "@cunjing/core/auth/session";
import type { APIContext, MiddlewareNext } from "astro";
import { defineMiddleware } from "astro:middleware";
import { withActor } from "@cunjing/core/actor";
import { isSameOrigin, siteOriginOf } from "@cunjing/functions/api/origin";
import { applySecurityHeaders } from "@cunjing/functions/http/security-headers";
import { isOfflinePage } from "./components/Offline/pages";

const maxFormBytes = 64 * 1024;
const maxApiBytes = 1024 * 1024;
/** Console uploads (multipart forms, the local stand-in for presigned PUTs): a 5 MB file and its form. */
const maxUploadBytes = 6 * 1024 * 1024;
const openConsolePaths = [/^\/console\/signin\/?$/, /^\/console\/invite\/[^/]+\/?$/];
const readOnly = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Every response carries the security headers (one definition, @cunjing/functions/http/security-headers;
 * Astro adds its script and style hashes to the CSP of pages). Every request: refuse cross-origin and oversized writes; on console paths, resolve the session
 * into the actor and send anyone without one to the sign-in page. Public pages never read a
 * session, so they cost no extra DynamoDB request.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await handle(context, next);
  try {
    applySecurityHeaders(response.headers);
    return response;
  } catch {
    // Immutable headers (a fetched or redirect response): copy it into one we may change.
    const copy = new Response(response.body, response);
    applySecurityHeaders(copy.headers);
    return copy;
  }
});

async function handle(context: APIContext, next: MiddlewareNext): Promise<Response> {
  const { request, url, cookies, locals } = context;
  locals.actor = { type: "public", properties: {} };

  if (!readOnly.has(request.method)) {
    if (!isSameOrigin(request.headers, siteOriginOf(url.origin))) {
      return new Response("Cross-origin request refused / 请求来源不被允许", { status: 403 });
    }
    // Sizes are checked on the declared length, so a body without one (chunked) is refused.
    if (/chunked/i.test(request.headers.get("transfer-encoding") ?? "")) {
      return new Response("Length required / 请求须注明长度", { status: 411 });
    }
    const length = Number(request.headers.get("content-length") ?? 0);
    const uploading =
      url.pathname.startsWith("/console/") &&
      (request.method === "PUT" || (request.headers.get("content-type") ?? "").startsWith("multipart/form-data"));
    const limit = url.pathname.startsWith("/api/") ? maxApiBytes : uploading ? maxUploadBytes : maxFormBytes;
    if (length > limit) {
      return new Response("Request too large / 请求内容过大", { status: 413 });
    }
  }

  if (!url.pathname.startsWith("/console")) return next();

  const sessionId = cookies.get(Session.cookieName)?.value;
  const resolved = sessionId
    ? await withActor({ type: "public", properties: {} }, () => Session.actorOf(sessionId))
    : undefined;
  if (sessionId && !resolved) cookies.delete(Session.cookieName, { path: "/" });
  if (resolved) {
    locals.actor = resolved.actor;
    locals.user = resolved.user;
    locals.sessionId = sessionId;
    if (resolved.renewed) {
      cookies.set(Session.cookieName, sessionId!, Session.cookieAttributes(url, resolved.renewed));
    }
  } else if (!openConsolePaths.some((pattern) => pattern.test(url.pathname))) {
    const target = url.pathname + url.search;
    return context.redirect(`/console/signin?next=${encodeURIComponent(target)}`, 303);
  }

  const response = await withActor(locals.actor, () => next());
  // Console pages are personal: never cached by CloudFront or the browser.
  response.headers.set("Cache-Control", "private, no-store");
  // The officer's own offline pages: the console's service worker may keep them, for this user only.
  const actor = locals.actor;
  if (
    request.method === "GET" &&
    response.status === 200 &&
    actor.type === "user" &&
    allows(WorkLog.recordBatch, actor) &&
    isOfflinePage(url.pathname)
  ) {
    response.headers.set("X-Cunjing-Offline", `${actor.properties.countyId}.${actor.properties.userId}`);
  }
  return response;
}
