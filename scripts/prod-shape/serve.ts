/**
 * The production shape on loopback: the synthesized Web template's distribution (./cloudfront.ts)
 * over HTTPS, in front of the real Lambda bundles that `npm run synth` wrote (the SSR function's
 * `entry.handler`, the API's handler), invoked with the events their triggers send (a Lambda
 * function URL's and an HTTP API's, both payload format 2.0), and the site's client build as the
 * S3 statics. Data: DynamoDB Local (DYNAMODB_ENDPOINT, TABLE_NAME). The adapters for KMS, S3, SQS
 * and SMS are the local ones (no PII_KEY_ARN, BUCKET_NAME or ALERT_QUEUE_URL), as in every local
 * test; the tenant role (STS) is replaced by the local LeadingKeys check.
 *
 *   tsx scripts/prod-shape/serve.ts --out .build/prod-shape --cert C --key K [--port N]
 * prints "prod-shape listening on https://127.0.0.1:PORT" when it accepts connections.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:https";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { cloudFront, readDistribution, type OriginRequest, type OriginResponse } from "./cloudfront";

const { values: args } = parseArgs({
  options: {
    out: { type: "string", default: ".build/prod-shape" },
    cert: { type: "string" },
    key: { type: "string" },
    port: { type: "string", default: "0" },
  },
});
const root = path.resolve(import.meta.dirname, "../..");
const outdir = path.resolve(root, args.out!);
const templates = readdirSync(outdir).filter((f) => f.endsWith(".template.json"));
const load = (suffix: string) =>
  JSON.parse(readFileSync(path.join(outdir, templates.find((f) => f.endsWith(`-${suffix}.template.json`))!), "utf8"));
const web = load("Web");
const api = load("Api");

type Fn = { Properties: { Handler: string; Code: { S3Key: string } } };
const functions = (template: any): Fn[] =>
  Object.values(template.Resources as Record<string, any>).filter((r) => r.Type === "AWS::Lambda::Function");
const bundle = async (fn: Fn | undefined, label: string) => {
  if (!fn) throw new Error(`no ${label} function in the template`);
  const handler = fn.Properties.Handler;
  const file = path.join(
    outdir,
    `asset.${fn.Properties.Code.S3Key.replace(/\.zip$/, "")}`,
    handler.replace(/\.[^./]+$/, ".mjs"),
  );
  const module = await import(pathToFileURL(file).href);
  return module[handler.slice(handler.lastIndexOf(".") + 1)] as (event: unknown, context: unknown) => Promise<any>;
};

const port = Number(args.port);
const host = "127.0.0.1";
const server = createServer({ cert: readFileSync(args.cert!), key: readFileSync(args.key!) });
await new Promise<void>((done) => server.listen(port, host, done));
const actualPort = (server.address() as { port: number }).port;
// The site's domain, as a stage with a custom domain sets it on both functions.
process.env.SITE_URL = `https://${host}:${actualPort}`;
process.env.NODE_ENV = "production";
// In AWS these come from SSM through the bundles' secret loader (bound Config.Secret values).
process.env.CUNJING_PHONE_HASH_SECRET ??= "prod-shape-phone-hash-secret-0123456789";
process.env.CUNJING_WEBHOOK_SIGNING_KEY ??= "prod-shape-webhook-signing-key-0123456789";

const ssrHandler = await bundle(
  functions(web).find((f: any) => /server\/(entry|lambda)\.handler$/.test(f.Properties.Handler)),
  "SSR",
);
const apiHandler = await bundle(
  functions(api).find((f: any) => f.Properties.Handler.endsWith("api/handler.handler")),
  "API",
);

const ssrDomain = "abcdefghijklmnopqrstuvwxyz012345.lambda-url.ap-east-1.on.aws";
const apiDomain = "a1b2c3d4e5.execute-api.ap-east-1.amazonaws.com";
const binary = (type: string) =>
  !/^(text\/|application\/(json|javascript|xml|x-www-form-urlencoded)|image\/svg)/.test(type);

/** API Gateway v2 / function URL payload (version 2.0) from an origin request. */
function eventOf(request: OriginRequest, domainName: string, routeKey: string, extra: Record<string, unknown> = {}) {
  const type = request.headers["content-type"] ?? "";
  const hasBody = request.body.length > 0;
  return {
    version: "2.0",
    routeKey,
    rawPath: request.path,
    rawQueryString: request.query,
    cookies: request.cookies.length ? request.cookies : undefined,
    headers: request.headers,
    queryStringParameters: request.query ? Object.fromEntries(new URLSearchParams(request.query)) : undefined,
    requestContext: {
      accountId: "anonymous",
      apiId: domainName.split(".")[0],
      domainName,
      domainPrefix: domainName.split(".")[0],
      http: {
        method: request.method,
        path: request.path,
        protocol: "HTTP/1.1",
        sourceIp: "130.176.0.1",
        userAgent: "Amazon CloudFront",
      },
      requestId: crypto.randomUUID(),
      routeKey,
      stage: "$default",
      time: new Date().toUTCString(),
      timeEpoch: Date.now(),
    },
    body: hasBody ? (binary(type) ? request.body.toString("base64") : request.body.toString("utf8")) : undefined,
    isBase64Encoded: hasBody && binary(type),
    ...extra,
  };
}

const context = (name: string) => ({
  functionName: name,
  awsRequestId: crypto.randomUUID(),
  getRemainingTimeInMillis: () => 20_000,
});

function responseOf(result: any): OriginResponse {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(result.headers ?? {})) headers[k.toLowerCase()] = String(v);
  for (const [k, v] of Object.entries(result.multiValueHeaders ?? {}))
    if (k.toLowerCase() !== "set-cookie") headers[k.toLowerCase()] = (v as string[]).join(", ");
  const cookies = [...(result.cookies ?? []), ...((result.multiValueHeaders?.["set-cookie"] as string[]) ?? [])];
  const body =
    result.body === undefined ? Buffer.alloc(0) : Buffer.from(result.body, result.isBase64Encoded ? "base64" : "utf8");
  return { status: result.statusCode ?? 200, headers, cookies, body };
}

const clientDir = path.join(root, "packages/web/dist/client");
const types: Record<string, string> = {
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webp": "image/webp",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".txt": "text/plain",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".html": "text/html",
};

server.on(
  "request",
  cloudFront(
    readDistribution(web),
    {
      // S3 behind an origin access identity answers 403 for a key that does not exist.
      statics: async (request) => {
        const file = path.join(clientDir, decodeURIComponent(request.path));
        if (!file.startsWith(clientDir) || !existsSync(file) || !statSync(file).isFile()) {
          return {
            status: 403,
            headers: { "content-type": "application/xml" },
            body: Buffer.from("<Error><Code>AccessDenied</Code></Error>"),
          };
        }
        return {
          status: 200,
          headers: { "content-type": types[path.extname(file)] ?? "application/octet-stream" },
          body: readFileSync(file),
        };
      },
      media: async (request) => {
        const base = path.resolve(process.env.CUNJING_UPLOAD_DIR ?? ".data/uploads");
        const file = path.join(base, decodeURIComponent(request.path));
        if (!file.startsWith(path.join(base, "media")) || !existsSync(file) || !statSync(file).isFile()) {
          return {
            status: 403,
            headers: { "content-type": "application/xml" },
            body: Buffer.from("<Error><Code>AccessDenied</Code></Error>"),
          };
        }
        return {
          status: 200,
          headers: { "content-type": types[path.extname(file)] ?? "image/webp" },
          body: readFileSync(file),
        };
      },
      ssr: async (request) => responseOf(await ssrHandler(eventOf(request, ssrDomain, "$default"), context("ssr"))),
      api: async (request) =>
        responseOf(
          await apiHandler(
            eventOf(request, apiDomain, "ANY /api/trpc/{proxy+}", {
              pathParameters: { proxy: request.path.replace(/^\/api\/trpc\//, "") },
            }),
            context("api"),
          ),
        ),
    },
    {
      ssr: ssrDomain,
      api: apiDomain,
      statics: "site-bucket.s3.ap-east-1.amazonaws.com",
      media: "uploads-bucket.s3.ap-east-1.amazonaws.com",
    },
  ),
);
console.log(`prod-shape listening on https://${host}:${actualPort}`);
