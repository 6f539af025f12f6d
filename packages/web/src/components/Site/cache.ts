import type { AstroGlobal } from "astro";
import type { Outcome } from "./outcome";

/**
 * Public pages are the same for everyone: CloudFront keeps them a minute and may serve a stale copy
 * for five more while it refetches, so a change shows within about a minute. A 404 is kept briefly
 * so a page that appears is found soon. Personal pages (the console) set their own `no-store`.
 */
export const publicCache = "public, max-age=0, s-maxage=60, stale-while-revalidate=300";
export const notFoundCache = "public, max-age=0, s-maxage=10";

export function cachePublic(astro: AstroGlobal, status = 200): void {
  astro.response.status = status;
  astro.response.headers.set("Cache-Control", status === 404 ? notFoundCache : publicCache);
}

/** Sets the status and caching of a county route from its outcome. */
export function respond(astro: AstroGlobal, outcome: Outcome<unknown>): void {
  cachePublic(astro, outcome.kind === "not_found" ? 404 : 200);
}
