import path from "node:path";
import { Duration, Fn } from "aws-cdk-lib";
import {
  AllowedMethods,
  CacheCookieBehavior,
  CacheHeaderBehavior,
  CachePolicy,
  CacheQueryStringBehavior,
  Function as CloudFrontFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from "aws-cdk-lib/aws-cloudfront";
import { Construct } from "constructs";
import {
  CONTENT_SECURITY_POLICY,
  HSTS_MAX_AGE_SECONDS,
  SECURITY_HEADERS,
} from "../packages/functions/src/http/security-headers";
import { VIEWER_HOST_HEADER } from "../packages/functions/src/api/origin";
import { HttpOrigin, S3BucketOrigin } from "aws-cdk-lib/aws-cloudfront-origins";
import { Bucket as S3Bucket } from "aws-cdk-lib/aws-s3";
import { Architecture } from "aws-cdk-lib/aws-lambda";
import { AstroSite, use, type StackContext } from "sst/constructs";
import { Api } from "./Api";
import { Database, tableItemAccess } from "./Database";
import { Keys, piiKeyUse } from "./Keys";
import { alertQueueSend, Events } from "./Events";
import { SECRET_LOADER_BANNER, Secrets } from "./Secrets";
import { siteDomainFor } from "./stage";
import { BUCKET_OBJECT_ACTIONS, MEDIA_PREFIX, Storage } from "./Storage";
import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import { Code, LayerVersion, Runtime } from "aws-cdk-lib/aws-lambda";
import { sharpLayerDir } from "./sharp-layer";
import { tenantRoleFor } from "./tenant-role";

/** Builds the Lambda variant of the site (astro-sst adapter); run by `sst deploy` and scripts/synth.ts. */
export const WEB_BUILD_COMMAND = "ASTRO_ADAPTER=sst npm run build && node lambda-entry.mjs";

/** CloudFront path pattern sent to the HTTP API instead of the Astro server. */
export const API_PATH_PATTERN = "/api/*";

/**
 * Cookies in the cache key of the site's server behaviours: public pages that render differently by
 * a cookie must be cached apart by it, or CloudFront serves one visitor's variant to everyone.
 * `cunjing_care` is 关怀模式 (packages/web/src/components/Care/care.ts). Console pages are
 * `private, no-store`, so the session cookie need not be here (all cookies still reach the origin
 * through the origin-request policy).
 */
export const PUBLIC_CACHE_COOKIES = ["cunjing_care"] as const;

/** CloudFront path pattern served straight from the upload bucket's published prefix. */
export const MEDIA_PATH_PATTERN = `/${MEDIA_PREFIX}*`;

/**
 * Where the Astro package lives. `CUNJING_WEB_PATH` exists for the infra tests only: they point it
 * at a tiny prebuilt fixture so they neither need nor overwrite a real `astro build`.
 */
/**
 * astro-sst 2.45's entry runs the @astrojs/webapi polyfill, whose requestAnimationFrame and
 * requestIdleCallback call an unbound `performance.now`; on Node 22 that throws from a timer and
 * ends the SSR process (found by `npm run test:prod-shape`: a CSV import killed the function). The
 * polyfill leaves globals that exist alone, so working ones are defined before it runs.
 */
export const TIMER_SHIM_BANNER = [
  "globalThis.requestAnimationFrame ??= (cb) => setTimeout(() => cb(performance.now()), 16);",
  "globalThis.cancelAnimationFrame ??= (id) => clearTimeout(id);",
  "globalThis.requestIdleCallback ??= (cb) => setTimeout(() => cb({ didTimeout: false, timeRemaining: () => 50 }), 1);",
  "globalThis.cancelIdleCallback ??= (id) => clearTimeout(id);",
].join("\n");

export function webSitePath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CUNJING_WEB_PATH ?? "packages/web";
}

/**
 * The security headers of packages/functions/src/http/security-headers.ts as a CloudFront policy,
 * on every behaviour. The CSP is not overridden: pages carry Astro's, with the hashes of their
 * inline scripts and styles; responses without one (static files, S3 media, plain errors) get ours.
 */
export function securityHeadersPolicy(scope: Construct, id: string): ResponseHeadersPolicy {
  const custom = ["Permissions-Policy", "Cross-Origin-Opener-Policy", "Cross-Origin-Resource-Policy"];
  return new ResponseHeadersPolicy(scope, id, {
    comment: "Cunjing security headers (packages/functions/src/http/security-headers.ts)",
    securityHeadersBehavior: {
      contentSecurityPolicy: { contentSecurityPolicy: CONTENT_SECURITY_POLICY, override: false },
      strictTransportSecurity: {
        accessControlMaxAge: Duration.seconds(HSTS_MAX_AGE_SECONDS),
        includeSubdomains: true,
        override: true,
      },
      contentTypeOptions: { override: true },
      frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
      referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.SAME_ORIGIN, override: true },
    },
    customHeadersBehavior: {
      customHeaders: custom.map((header) => ({ header, value: SECURITY_HEADERS[header]!, override: true })),
    },
  });
}

export function Web({ stack, app }: StackContext) {
  const { table } = use(Database);
  const { api } = use(Api);
  const { bucket, mediaReader } = use(Storage);
  const { piiKey } = use(Keys);
  const { phoneHashSecret, webhookSigningKey } = use(Secrets);
  const { alerts } = use(Events);
  const sitePath = webSitePath();
  const domain = siteDomainFor(app.stage);

  // API Gateway sees its own domain in `Host` (CloudFront must not forward the viewer's Host to it),
  // so hand the viewer's host (which CloudFront matched to this distribution) over under our own
  // header name, replacing whatever a viewer sent under it. The API prefers SITE_URL when set.
  const forwardedHost = new CloudFrontFunction(stack, "ApiForwardedHost", {
    runtime: FunctionRuntime.JS_2_0,
    code: FunctionCode.fromInline(
      `function handler(event) { var request = event.request; request.headers["${VIEWER_HOST_HEADER}"] = request.headers.host; return request; }`,
    ),
  });
  const securityHeaders = securityHeadersPolicy(stack, "SecurityHeaders");

  // AstroSite's own server cache policy (all query strings, no headers, TTL from the origin's
  // Cache-Control, compressed variants) with the cookies that change public pages in the key.
  const serverCache = new CachePolicy(stack, "ServerCache", {
    comment: "Cunjing pages: query strings and the elder-mode cookie in the key; TTL from Cache-Control",
    queryStringBehavior: CacheQueryStringBehavior.all(),
    headerBehavior: CacheHeaderBehavior.none(),
    cookieBehavior: CacheCookieBehavior.allowList(...PUBLIC_CACHE_COOKIES),
    defaultTtl: Duration.days(0),
    minTtl: Duration.days(0),
    maxTtl: Duration.days(365),
    enableAcceptEncodingBrotli: true,
    enableAcceptEncodingGzip: true,
  });

  // Published images, straight from S3 (core/upload publicUrl() gives `/media/…` on the site's
  // domain). The bucket is referenced as imported so that the origin does not write its own
  // `GetObject *` grant: Storage grants this identity `media/*` only (CDK notes that it cannot
  // update an imported bucket's policy; that is intended).
  const mediaOrigin = S3BucketOrigin.withOriginAccessIdentity(
    S3Bucket.fromBucketAttributes(stack, "MediaBucket", { bucketArn: bucket.bucketArn, bucketName: bucket.bucketName }),
    { originAccessIdentity: mediaReader },
  );

  const sharp = new LayerVersion(stack, "SharpLayer", {
    description: "sharp with its linux-x64 (glibc) libvips, for the SSR function (see stacks/sharp-layer.ts)",
    code: Code.fromAsset(sharpLayerDir()),
    compatibleRuntimes: [Runtime.NODEJS_22_X],
    compatibleArchitectures: [Architecture.X86_64],
  });

  const site = new AstroSite(stack, "site", {
    path: sitePath,
    // `sst deploy` runs this in `path`; SST skips it under NODE_ENV=test (tests and scripts/synth.ts).
    buildCommand: WEB_BUILD_COMMAND,
    runtime: "nodejs22.x", // AstroSite's default is nodejs18.x
    memorySize: "1024 MB",
    timeout: "20 seconds",
    // Also passed to the build command (tokens become "{{ NAME }}" placeholders there).
    environment: {
      TABLE_NAME: table.tableName,
      BUCKET_NAME: bucket.bucketName,
      PII_KEY_ARN: piiKey.keyArn,
      ALERT_QUEUE_URL: alerts.queueUrl,
      NODE_ENV: "production",
      // Share links and QR codes use the custom domain when there is one (else the request's origin).
      ...(domain ? { SITE_URL: `https://${domain}` } : {}),
    },
    // The webhook key: county admins read their county's derived signing key in the console.
    bind: [tableItemAccess(table), phoneHashSecret, webhookSigningKey],
    permissions: [
      new PolicyStatement({ actions: [...BUCKET_OBJECT_ACTIONS], resources: [`${bucket.bucketArn}/*`] }),
      piiKeyUse(piiKey.keyArn),
      alertQueueSend(alerts.queueArn),
    ],
    // Route 53 zone of the domain in this account; SST issues the certificate (us-east-1) itself.
    customDomain: domain,
    // SST re-bundles dist/server/entry.mjs with esbuild (names are kept). The console's password
    // hashing uses @node-rs/argon2's native binary: esbuild copies the one installed here beside
    // the bundle, so the SSR function runs on the build machine's architecture (x86_64 on Linux CI).
    // The banner resolves bound secrets into process.env at cold start (see Secrets.ts).
    // sharp (image uploads) stays external and comes from the layer below: with `external` set,
    // SST does not try its own `npm install sharp@0.32.6` (see stacks/sharp-layer.ts).
    nodejs: {
      minify: true,
      banner: `${TIMER_SHIM_BANNER}\n${SECRET_LOADER_BANNER}`,
      esbuild: { loader: { ".node": "copy" }, external: ["sharp"] },
    },
    // SST writes `sst-env.d.ts` into `<path>/<typesPath>` unless it exists; keep it out of the web package.
    typesPath: path.relative(sitePath, ".sst"),
    cdk: {
      server: { architecture: Architecture.X86_64, layers: [sharp] },
      // On the default (S3-then-SSR), static and server-route behaviours.
      responseHeadersPolicy: securityHeaders,
      // On the default and server-route behaviours (the statics keep CachingOptimized).
      serverCachePolicy: serverCache,
      distribution: {
        // AstroSite turns a /404 (and /500) page into distribution-wide CloudFront custom error
        // responses. Those apply to every behaviour, so a tRPC 404/500 JSON from /api/* would be
        // swapped for the Astro HTML page. The SSR function renders those pages itself anyway.
        errorResponses: [],
        additionalBehaviors: {
          [MEDIA_PATH_PATTERN]: {
            origin: mediaOrigin,
            viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
            allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
            cachePolicy: CachePolicy.CACHING_OPTIMIZED,
            responseHeadersPolicy: securityHeaders,
            compress: false, // WebP and PNG are compressed already
          },
          [API_PATH_PATTERN]: {
            origin: new HttpOrigin(Fn.parseDomainName(api.url), {
              protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
            }),
            viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
            allowedMethods: AllowedMethods.ALLOW_ALL,
            cachePolicy: CachePolicy.CACHING_DISABLED,
            // Every viewer header except Host, all query strings, all cookies.
            originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
            responseHeadersPolicy: securityHeaders,
            compress: true,
            functionAssociations: [{ eventType: FunctionEventType.VIEWER_REQUEST, function: forwardedHost }],
          },
        },
      },
    },
  });

  // The console and portal pages call core directly: confine them to the request's county as well.
  const server = site.cdk?.function;
  const siteTenantRole =
    server && "addEnvironment" in server ? tenantRoleFor(stack, "SiteTenantRole", server, table, "site") : undefined;

  const siteUrl = site.customDomainUrl ?? site.url; // undefined under `sst dev`
  if (siteUrl) stack.addOutputs({ SiteUrl: siteUrl });
  if (siteTenantRole) stack.addOutputs({ SiteTenantRoleArn: siteTenantRole.roleArn });
  return { site, siteTenantRole };
}
