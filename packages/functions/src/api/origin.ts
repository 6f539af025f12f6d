/**
 * The header the Web stack's CloudFront function writes on `/api/*` with the viewer's `Host`
 * (which CloudFront has matched to the distribution); it replaces anything a viewer sent under that
 * name. API Gateway's own `Host` is its execute-api domain. Used only when `SITE_URL` is not set.
 */
export const VIEWER_HOST_HEADER = "x-cunjing-viewer-host";

/**
 * Mutations must come from our own pages: the scheme and host of `Origin` must equal the site's
 * origin, which is `SITE_URL` when set (every deployed stage with a domain) and otherwise the
 * request's own origin as the server received it. No forwarded header (`X-Forwarded-Host`,
 * `X-Forwarded-Proto`) is ever read here. A browser sends `Origin` on every cross-site and
 * same-site POST; without it, `Sec-Fetch-Site` decides.
 */
export function isSameOrigin(headers: Headers, siteOrigin: string): boolean {
  const origin = headers.get("origin");
  if (origin && origin !== "null") {
    try {
      return new URL(origin).origin === new URL(siteOrigin).origin;
    } catch {
      return false;
    }
  }
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite) return fetchSite === "same-origin" || fetchSite === "none";
  // Neither header: not a browser (curl, a server). Such callers cannot ride a resident's cookie.
  return !headers.get("cookie");
}

/** The site's origin: `SITE_URL`'s scheme and host when set, else the request's own. */
export function siteOriginOf(requestOrigin: string, env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.SITE_URL?.trim();
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      // A malformed SITE_URL is a deployment error; fall back to the request rather than accept all.
    }
  }
  return new URL(requestOrigin).origin;
}
