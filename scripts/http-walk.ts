// Walks a running site the way a visitor would: from a few entry pages, every same-origin link,
// GET only, with an optional session cookie. Used by the security-header tests of both shapes.

export interface Visited {
  path: string;
  status: number;
  headers: Headers;
}

export interface WalkOptions {
  base: string;
  start: string[];
  cookie?: string;
  /** Stop after this many pages (the walk is breadth first, so every section is reached early). */
  limit?: number;
  /** Pages of the same shape (ids replaced) visited at most this often. */
  perShape?: number;
  fetch?: typeof fetch;
}

/** Paths a walk never follows: they change state on GET or leave the site section. */
const skip = [/^\/console\/signout/, /^\/console\/language/, /^\/_astro\//, /^\/media\//];

/** "/boluo/officers/xu-jieshan" and "/boluo/officers/li-wei" share the shape "/boluo/officers/:". */
function shapeOf(path: string): string {
  const [pathname] = path.split("?");
  const segments = pathname!.split("/");
  return segments.map((segment, index) => (index >= 3 || /\d/.test(segment) ? ":" : segment)).join("/");
}

export async function walk(options: WalkOptions): Promise<Visited[]> {
  const { base, cookie, limit = 120, perShape = 2 } = options;
  const get = options.fetch ?? fetch;
  const queue = [...options.start];
  const seen = new Set(queue);
  const shapes = new Map<string, number>();
  const visited: Visited[] = [];
  while (queue.length && visited.length < limit) {
    const path = queue.shift()!;
    const shape = shapeOf(path);
    if ((shapes.get(shape) ?? 0) >= perShape) continue;
    shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
    const response = await get(base + path, { redirect: "manual", headers: cookie ? { cookie } : {} });
    const type = response.headers.get("content-type") ?? "";
    const body = type.includes("text/html") ? await response.text() : (await response.arrayBuffer(), "");
    visited.push({ path, status: response.status, headers: response.headers });
    for (const [, href] of body.matchAll(/href="(\/[^"#]*)"/g)) {
      const next = href!.replace(/&amp;/g, "&");
      if (next.startsWith("//") || skip.some((pattern) => pattern.test(next)) || seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return visited;
}
