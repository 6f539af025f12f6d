import { defineConfig, passthroughImageService } from "astro/config";
import node from "@astrojs/node";
import aws from "astro-sst";
import preact from "@astrojs/preact";

// Locally the site runs on @astrojs/node; `ASTRO_ADAPTER=sst` builds the Lambda variant for AstroSite.
const onLambda = process.env.ASTRO_ADAPTER === "sst";

export default defineConfig({
  output: "server",
  // Islands only where interaction needs them (the console's offline queue); public pages ship none.
  integrations: [preact()],
  // Separate folders, so a local build and a Lambda build (AstroSite reads dist/) never clobber each other.
  outDir: onLambda ? "./dist" : "./dist-node",
  // On CloudFront, AstroSite's default behaviour allows only GET/HEAD/OPTIONS; routes that take
  // form POSTs must be server routes: the console and the public rate form (zh and en).
  adapter: onLambda ? aws({ responseMode: "buffer", serverRoutes: ["console/*", "*/officers/*/rate", "en/*/officers/*/rate"] }) : node({ mode: "standalone" }),
  image: { service: passthroughImageService() },
  security: {
    // src/middleware.ts checks the origin of every write (forms and /api/trpc) itself.
    checkOrigin: false,
    allowedDomains: [{ hostname: "localhost" }, { hostname: "127.0.0.1" }],
  },
  server: { port: Number(process.env.PORT ?? 4321), host: process.env.HOST ?? "127.0.0.1" },
  vite: { ssr: { noExternal: onLambda ? ["undici"] : [] } },
});
