const publicCache = "public, max-age=0, s-maxage=60, stale-while-revalidate=300";
const notFoundCache = "public, max-age=0, s-maxage=10";
function cachePublic(astro, status = 200) {
  astro.response.status = status;
  astro.response.headers.set("Cache-Control", status === 404 ? notFoundCache : publicCache);
}
function respond(astro, outcome) {
  cachePublic(astro, outcome.kind === "not_found" ? 404 : 200);
}

export { cachePublic as c, respond as r };
