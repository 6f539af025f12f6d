import { S as Session } from './chunks/session_DNHpdDVr.mjs';
import { e as defineMiddleware, s as sequence } from './chunks/render-context_DTSSH3G6.mjs';
import { w as withActor } from './chunks/id_CvCQQS6k.mjs';
import { i as isSameOrigin } from './chunks/origin_F6zo3iuA.mjs';
import 'es-module-lexer';
import './chunks/astro-designed-error-pages_Dg3rcNUh.mjs';
import 'piccolore';
import './chunks/astro/server_s_7gde-g.mjs';
import 'clsx';

const maxFormBytes = 64 * 1024;
const maxApiBytes = 1024 * 1024;
const maxUploadBytes = 6 * 1024 * 1024;
const openConsolePaths = [/^\/console\/signin\/?$/, /^\/console\/invite\/[^/]+\/?$/];
const readOnly = /* @__PURE__ */ new Set(["GET", "HEAD", "OPTIONS"]);
const onRequest$1 = defineMiddleware(async (context, next) => {
  const {
    request,
    url,
    cookies,
    locals
  } = context;
  locals.actor = {
    type: "public",
    properties: {}
  };
  if (!readOnly.has(request.method)) {
    if (!isSameOrigin(request.headers, url.host)) {
      return new Response("Cross-origin request refused / 请求来源不被允许", {
        status: 403
      });
    }
    const length = Number(request.headers.get("content-length") ?? 0);
    const uploading = url.pathname.startsWith("/console/") && (request.method === "PUT" || (request.headers.get("content-type") ?? "").startsWith("multipart/form-data"));
    const limit = url.pathname.startsWith("/api/") ? maxApiBytes : uploading ? maxUploadBytes : maxFormBytes;
    if (length > limit) {
      return new Response("Request too large / 请求内容过大", {
        status: 413
      });
    }
  }
  if (!url.pathname.startsWith("/console")) return next();
  const sessionId = cookies.get(Session.cookieName)?.value;
  const resolved = sessionId ? await withActor({
    type: "public",
    properties: {}
  }, () => Session.actorOf(sessionId)) : void 0;
  if (sessionId && !resolved) cookies.delete(Session.cookieName, {
    path: "/"
  });
  if (resolved) {
    locals.actor = resolved.actor;
    locals.user = resolved.user;
    locals.sessionId = sessionId;
    if (resolved.renewed) {
      cookies.set(Session.cookieName, sessionId, Session.cookieAttributes(url, resolved.renewed));
    }
  } else if (!openConsolePaths.some((pattern) => pattern.test(url.pathname))) {
    const target = url.pathname + url.search;
    return context.redirect(`/console/signin?next=${encodeURIComponent(target)}`, 303);
  }
  const response = await withActor(locals.actor, () => next());
  response.headers.set("Cache-Control", "private, no-store");
  return response;
});

const onRequest = sequence(
	
	onRequest$1
	
);

export { onRequest };
