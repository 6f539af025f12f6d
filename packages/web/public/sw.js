// The console's service worker: keeps the officer's console pages (today's tasks, the work-log
// forms, the outbox) and the site's static assets, so the console opens without a network.
// It caches only pages the server marks with `X-Cunjing-Offline: <user>` (a signed-in officer's
// own pages, never residents' records), in one cache per user; a page for another user drops the
// previous user's cache, and signing out clears them all. Writes are never handled here: the
// outbox on the page queues them (encrypted) and sends them when the network returns.
const ASSETS = "assets-v1";
const PAGE_PREFIX = "console-";

// The installed app's own files, kept from the start: offline, the browser asks for the manifest
// again on every page, before anything else could have cached it.
const SHELL = [
  "/manifest.webmanifest",
  "/icons/console-192.png",
  "/icons/console-512.png",
  "/icons/console-maskable-512.png",
  "/favicon.svg",
];

self.addEventListener("install", (event) =>
  event.waitUntil(
    caches
      .open(ASSETS)
      .then((cache) => cache.addAll(SHELL))
      .catch(() => undefined) // Installed without a network: the files are cached when first fetched.
      .then(() => self.skipWaiting()),
  ),
);
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

/** The cache key of a console page: its path and, on the log page, the category only. */
function pageKey(url) {
  const u = new URL(url, self.location.origin);
  const category = u.searchParams.get("category");
  return u.origin + u.pathname.replace(/\/$/, "") + (category ? `?category=${encodeURIComponent(category)}` : "");
}

async function userCache() {
  const name = (await caches.keys()).find((n) => n.startsWith(PAGE_PREFIX));
  return name ? caches.open(name) : undefined;
}

async function remember(url, response) {
  const user = response.headers.get("x-cunjing-offline");
  if (!user || response.status !== 200 || response.redirected) return;
  const name = PAGE_PREFIX + user;
  for (const other of await caches.keys())
    if (other.startsWith(PAGE_PREFIX) && other !== name) await caches.delete(other);
  await (await caches.open(name)).put(pageKey(url), response);
}

/** The page's scripts and styles and the modules they import, so its islands run offline. */
async function cacheAssets(html) {
  const cache = await caches.open(ASSETS);
  const pending = [...new Set(html.match(/\/_astro\/[\w.@-]+\.(?:js|css)/g) ?? [])];
  const seen = new Set(pending);
  while (pending.length > 0) {
    const path = pending.pop();
    let response = await cache.match(path);
    if (!response) {
      try {
        response = await fetch(path);
      } catch {
        return; // Offline again: the next warm-up fills the rest.
      }
      if (!response.ok) continue;
      await cache.put(path, response.clone());
    }
    if (!path.endsWith(".js")) continue;
    for (const [, relative] of (await response.text()).matchAll(/["'](\.\/[\w.@-]+\.js)["']/g)) {
      const imported = new URL(relative, self.location.origin + path).pathname;
      if (!seen.has(imported)) (seen.add(imported), pending.push(imported));
    }
  }
}

async function warm(urls) {
  for (const url of urls) {
    try {
      const response = await fetch(url, { credentials: "same-origin" });
      if (!response.headers.has("x-cunjing-offline")) continue;
      await cacheAssets(await response.clone().text());
      await remember(url, response);
    } catch {
      return;
    }
  }
}

async function page(event) {
  try {
    const response = await fetch(event.request);
    if (response.headers.has("x-cunjing-offline")) {
      event.waitUntil(remember(event.request.url, response.clone()));
    }
    return response;
  } catch (error) {
    const cache = await userCache();
    const path = new URL(event.request.url).pathname.replace(/\/$/, "");
    const hit =
      cache &&
      ((await cache.match(pageKey(event.request.url))) ??
        (path === "/console" ? await cache.match(pageKey("/console/today")) : undefined) ??
        (await cache.match(pageKey("/console/queue"))));
    if (hit) return hit;
    throw error;
  }
}

async function asset(request) {
  const cache = await caches.open(ASSETS);
  // Any stored copy will do (the manifest is asked for without credentials, the cache filled with them).
  const hit = await cache.match(request, { ignoreVary: true });
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || request.method !== "GET") return;
  if (url.pathname.startsWith("/_astro/") || url.pathname.startsWith("/icons/") || SHELL.includes(url.pathname)) {
    event.respondWith(asset(request));
  } else if (request.mode === "navigate" && url.pathname.startsWith("/console")) {
    event.respondWith(page(event));
  }
});

self.addEventListener("message", (event) => {
  if (event.data?.type === "warm" && Array.isArray(event.data.urls)) event.waitUntil(warm(event.data.urls));
});
