import { defineConfig, passthroughImageService } from "astro/config";
import node from "@astrojs/node";
import aws from "astro-sst";
import preact from "@astrojs/preact";
import { CSP_DIRECTIVES } from "../functions/src/http/security-headers.ts";
import { serverRoutes } from "./server-routes.mjs";

// Locally the site runs on @astrojs/node; `ASTRO_ADAPTER=sst` builds the Lambda variant for AstroSite.
const onLambda = process.env.ASTRO_ADAPTER === "sst";

export default defineConfig({
  output: "server",
  // Islands only where interaction needs them (the console's offline queue); public pages ship none.
  integrations: [preact()],
  // Separate folders, so a local build and a Lambda build (AstroSite reads dist/) never clobber each other.
  outDir: onLambda ? "./dist" : "./dist-node",
  // On CloudFront, AstroSite's default behaviour allows only GET/HEAD/OPTIONS; every page that takes
  // a write must be a server route. They are derived from the pages (server-routes.mjs).
  adapter: onLambda ? aws({ responseMode: "buffer", serverRoutes: serverRoutes() }) : node({ mode: "standalone" }),
  image: { service: passthroughImageService() },
  security: {
    // src/middleware.ts checks the origin of every write (forms and /api/trpc) itself.
    checkOrigin: false,
    allowedDomains: [{ hostname: "localhost" }, { hostname: "127.0.0.1" }],
  },
  // Astro puts the hashes of its own inline scripts and styles into each page's CSP header; the other
  // directives come from the one definition of the security headers.
  experimental: { csp: { algorithm: "SHA-256", directives: [...CSP_DIRECTIVES] } },
  server: { port: Number(process.env.PORT ?? 4321), host: process.env.HOST ?? "127.0.0.1" },
  vite: {
    ssr: { noExternal: onLambda ? ["undici"] : [] },
    // The client address comes from CloudFront's header only in the Lambda build (see client-address.ts).
    define: { "import.meta.env.CUNJING_BEHIND_CLOUDFRONT": JSON.stringify(onLambda) },
  },
});
