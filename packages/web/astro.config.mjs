import { defineConfig, passthroughImageService } from "astro/config";
import node from "@astrojs/node";
import aws from "astro-sst";

// Locally the site runs on @astrojs/node; `ASTRO_ADAPTER=sst` builds the Lambda variant for AstroSite.
const onLambda = process.env.ASTRO_ADAPTER === "sst";

export default defineConfig({
  output: "server",
  adapter: onLambda ? aws({ responseMode: "buffer" }) : node({ mode: "standalone" }),
  image: { service: passthroughImageService() },
  security: {
    checkOrigin: true,
    allowedDomains: [{ hostname: "localhost" }, { hostname: "127.0.0.1" }],
  },
  server: { port: Number(process.env.PORT ?? 4321), host: process.env.HOST ?? "127.0.0.1" },
  vite: { ssr: { noExternal: onLambda ? ["undici"] : [] } },
});
