import { gzipSync } from "node:zlib";

export interface PageWeight {
  status: number;
  htmlGzipBytes: number;
  /** Every script the page loads (external files, their static imports, islands) and inline scripts, each gzipped. */
  jsGzipBytes: number;
  scripts: string[];
}

const gzipBytes = (text: string | Uint8Array) => gzipSync(text).length;

/** Sizes a page as a browser would fetch it: the HTML and all its JavaScript, gzip-compressed (level 6). */
export async function weighPage(base: string, path: string, headers: Record<string, string> = {}): Promise<PageWeight> {
  const response = await fetch(base + path, { redirect: "manual", headers });
  const html = await response.text();
  const pageUrl = new URL(path, base);
  let jsGzipBytes = 0;
  const scripts: string[] = [];

  for (const inline of inlineScripts(html)) {
    jsGzipBytes += gzipBytes(inline);
    scripts.push("(inline)");
  }
  const pending = [...externalScriptUrls(html, pageUrl)];
  const seen = new Set<string>();
  while (pending.length) {
    const url = pending.pop()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const script = await fetch(url, { headers });
    if (!script.ok) continue;
    const source = await script.text();
    jsGzipBytes += gzipBytes(source);
    scripts.push(new URL(url).pathname);
    pending.push(...importedUrls(source, new URL(url)));
  }
  return { status: response.status, htmlGzipBytes: gzipBytes(html), jsGzipBytes, scripts };
}

function inlineScripts(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? "";
    const body = match[2] ?? "";
    if (/\bsrc\s*=/.test(attributes)) continue;
    // Data blocks (JSON-LD, JSON state) are not executed.
    if (/type\s*=\s*["']?application\/(ld\+)?json/i.test(attributes)) continue;
    if (body.trim()) found.push(body);
  }
  return found;
}

function externalScriptUrls(html: string, pageUrl: URL): string[] {
  const urls: string[] = [];
  const patterns = [
    /<script\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/gi,
    /<link\b[^>]*\brel\s*=\s*["']modulepreload["'][^>]*\bhref\s*=\s*["']([^"']+)["']/gi,
    // One pattern per attribute: a greedy `[^>]*` before an alternation would find only the last of the two.
    /<astro-island\b[^>]*\bcomponent-url\s*=\s*["']([^"']+)["']/gi,
    /<astro-island\b[^>]*\brenderer-url\s*=\s*["']([^"']+)["']/gi,
  ];
  for (const pattern of patterns)
    for (const match of html.matchAll(pattern)) urls.push(new URL(match[1]!, pageUrl).href);
  for (const inline of inlineScripts(html)) urls.push(...importedUrls(inline, pageUrl));
  return urls.filter((url) => new URL(url).origin === pageUrl.origin);
}

/** Static and dynamic imports of relative or root-relative modules, minified or not. */
function importedUrls(source: string, from: URL): string[] {
  const urls: string[] = [];
  for (const match of source.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["']((?:\.{1,2}\/|\/)[^"']+)["']/g)) {
    urls.push(new URL(match[1]!, from).href);
  }
  return urls.filter((url) => new URL(url).origin === from.origin);
}
