// The local shape's HTTP server: the Node build of the site (dist-node/server/entry.mjs, mode
// standalone: pages, endpoints and static files) behind what CloudFront does in production:
// - forwarded headers are dropped: nothing sits in front of this server, so `X-Forwarded-For`,
//   `-Host`, `-Proto`, `-Port` and `CloudFront-Viewer-Address` can only come from the client, and
//   Astro would otherwise take the client address and the host from them. The client address is
//   then the socket's.
// - responses are compressed (brotli or gzip, as the client accepts);
// - every response, static files included, carries the security headers (the middleware sets them
//   on pages and endpoints; Astro's CSP with its hashes takes precedence on pages);
// - an error status never goes out with the status text "OK".
// `npm start` and the test servers (scripts/site-server.ts) run it; `node packages/web/server.mjs`
// listens on HOST:PORT (default 127.0.0.1:4321).
import http from "node:http";
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";
import compression from "compression";
import { SECURITY_HEADERS } from "../functions/src/http/security-headers.ts";

const FORWARDED = [
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-port",
  "forwarded",
  "cloudfront-viewer-address",
];

/** Wraps the adapter's request handler with the behaviour above. */
export function localHandler(handler) {
  const compress = compression({ threshold: 1024 });
  return (req, res) => {
    for (const name of FORWARDED) delete req.headers[name];
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    const writeHead = res.writeHead;
    res.writeHead = function (status, ...rest) {
      if (typeof rest[0] !== "string" && res.statusMessage === "OK" && status !== 200) {
        res.statusMessage = http.STATUS_CODES[status] ?? "";
      }
      return writeHead.call(this, status, ...rest);
    };
    compress(req, res, () => handler(req, res));
  };
}

export async function startLocalServer({
  host = process.env.HOST ?? "127.0.0.1",
  port = Number(process.env.PORT ?? 4321),
} = {}) {
  process.env.ASTRO_NODE_AUTOSTART = "disabled";
  const entry = resolve(import.meta.dirname, "dist-node/server/entry.mjs");
  const { handler } = await import(pathToFileURL(entry).href);
  const server = http.createServer(localHandler(handler));
  await new Promise((resolveListen) => server.listen(port, host, resolveListen));
  console.log(`Server listening on http://${host}:${server.address().port}`);
  return server;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await startLocalServer();
