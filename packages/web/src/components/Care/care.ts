import type { AstroCookies } from "astro";

/**
 * 关怀模式 (elder-friendly mode): large type, AAA contrast, fewer links, the officer's phone and desk
 * hours first. A cookie holds the choice, so public pages differ by it: CloudFront keeps this
 * cookie (and no other) in the pages' cache key (stacks/Web.ts, `PUBLIC_CACHE_COOKIES`).
 */
export const careCookie = "cunjing_care";

/** The switch: `GET /care?on=1&back=/boluo` (or `on=0`), then back to the page it came from. */
export const carePath = "/care";

export function careMode(cookies: AstroCookies): boolean {
  return cookies.get(careCookie)?.value === "1";
}

/**
 * The switch's address from a page, returning to `back`: the page's path with the query string it
 * keeps for the language switch (bounded by the page), never the raw request's.
 */
export function careSwitchHref(on: boolean, back: string): string {
  return `${carePath}?on=${on ? 1 : 0}&back=${encodeURIComponent(back)}`;
}

/**
 * Where the switch may send the browser back to: a path on this site only. Anything else (another
 * host, `//host`, `/\host`, `/.//host`, a scheme, control characters, an over-long value) becomes the
 * home page.
 */
export function safeBack(value: string | null | undefined): string {
  if (!value || value.length > 512 || !value.startsWith("/") || /[\\\u0000-\u001f\u007f]/.test(value)) return "/";
  if (value.startsWith("//")) return "/";
  const base = "https://cunjing.invalid";
  let parsed: URL;
  try {
    parsed = new URL(value, base);
  } catch {
    return "/";
  }
  // Dot segments can fold `/.//host` into `//host`, which a browser reads as another site.
  const path = parsed.pathname;
  if (parsed.origin !== base || path.startsWith("//") || path.startsWith("/console") || path === carePath) return "/";
  return path + parsed.search;
}
