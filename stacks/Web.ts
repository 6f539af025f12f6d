import path from "node:path";
import { Fn } from "aws-cdk-lib";
import {
  AllowedMethods,
  CachePolicy,
  Function as CloudFrontFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  ViewerProtocolPolicy,
} from "aws-cdk-lib/aws-cloudfront";
import { HttpOrigin } from "aws-cdk-lib/aws-cloudfront-origins";
import { Architecture } from "aws-cdk-lib/aws-lambda";
import { AstroSite, use, type StackContext } from "sst/constructs";
import { Api } from "./Api";
import { Database, tableItemAccess } from "./Database";

/** Builds the Lambda variant of the site (astro-sst adapter); run by `sst deploy` and scripts/synth.ts. */
export const WEB_BUILD_COMMAND = "ASTRO_ADAPTER=sst npm run build";

/** CloudFront path pattern sent to the HTTP API instead of the Astro server. */
export const API_PATH_PATTERN = "/api/*";

/**
 * Where the Astro package lives. `CUNJING_WEB_PATH` exists for the infra tests only: they point it
 * at a tiny prebuilt fixture so they neither need nor overwrite a real `astro build`.
 */
export function webSitePath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CUNJING_WEB_PATH ?? "packages/web";
}

export function Web({ stack }: StackContext) {
  const { table } = use(Database);
  const { api } = use(Api);
  const sitePath = webSitePath();

  // API Gateway sees its own domain in `Host` (CloudFront must not forward the viewer's Host to it),
  // so hand the site's host over the way SST does for the SSR function.
  const forwardedHost = new CloudFrontFunction(stack, "ApiForwardedHost", {
    runtime: FunctionRuntime.JS_2_0,
    code: FunctionCode.fromInline(
      `function handler(event) { var request = event.request; request.headers["x-forwarded-host"] = request.headers.host; return request; }`,
    ),
  });

  const site = new AstroSite(stack, "site", {
    path: sitePath,
    // `sst deploy` runs this in `path`; SST skips it under NODE_ENV=test (tests and scripts/synth.ts).
    buildCommand: WEB_BUILD_COMMAND,
    runtime: "nodejs22.x", // AstroSite's default is nodejs18.x
    memorySize: "1024 MB",
    timeout: "20 seconds",
    // Also passed to the build command (tokens become "{{ NAME }}" placeholders there).
    environment: { TABLE_NAME: table.tableName, NODE_ENV: "production" },
    bind: [tableItemAccess(table)],
    // SST re-bundles dist/server/entry.mjs with esbuild (names are kept). The console's password
    // hashing uses @node-rs/argon2's native binary: esbuild copies the one installed here beside
    // the bundle, so the SSR function runs on the build machine's architecture (x86_64 on Linux CI).
    nodejs: { minify: true, esbuild: { loader: { ".node": "copy" } } },
    // SST writes `sst-env.d.ts` into `<path>/<typesPath>` unless it exists; keep it out of the web package.
    typesPath: path.relative(sitePath, ".sst"),
    cdk: {
      server: { architecture: Architecture.X86_64 },
      distribution: {
        // AstroSite turns a /404 (and /500) page into distribution-wide CloudFront custom error
        // responses. Those apply to every behaviour, so a tRPC 404/500 JSON from /api/* would be
        // swapped for the Astro HTML page. The SSR function renders those pages itself anyway.
        errorResponses: [],
        additionalBehaviors: {
          [API_PATH_PATTERN]: {
            origin: new HttpOrigin(Fn.parseDomainName(api.url), {
              protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
            }),
            viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
            allowedMethods: AllowedMethods.ALLOW_ALL,
            cachePolicy: CachePolicy.CACHING_DISABLED,
            // Every viewer header except Host, all query strings, all cookies.
            originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
            compress: true,
            functionAssociations: [{ eventType: FunctionEventType.VIEWER_REQUEST, function: forwardedHost }],
          },
        },
      },
    },
  });

  const siteUrl = site.customDomainUrl ?? site.url; // undefined under `sst dev`
  if (siteUrl) stack.addOutputs({ SiteUrl: siteUrl });
  return { site };
}
