/**
 * Mutations must come from our own pages. A browser sends `Origin` on every cross-site and
 * same-site POST; without it, `Sec-Fetch-Site` decides. Behind CloudFront the site's host arrives
 * as `x-forwarded-host`.
 */
export function isSameOrigin(headers: Headers, requestHost: string | undefined): boolean {
  const hosts = new Set([requestHost, headers.get("x-forwarded-host"), headers.get("host")].filter(Boolean) as string[]);
  const origin = headers.get("origin");
  if (origin && origin !== "null") {
    try {
      return hosts.has(new URL(origin).host);
    } catch {
      return false;
    }
  }
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite) return fetchSite === "same-origin" || fetchSite === "none";
  // Neither header: not a browser (curl, a server). Such callers cannot ride a resident's cookie.
  return !headers.get("cookie");
}
