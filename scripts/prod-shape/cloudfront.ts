/**
 * A small CloudFront, read from the synthesized Web template, in front of the real Lambda handlers.
 *
 * Modelled:
 * - cache behaviours: path patterns in template order, else the default behaviour, each to its origin;
 * - allowed methods: anything else gets CloudFront's 403 (with its body text);
 * - viewer-request CloudFront functions: their inline code from the template runs on the
 *   CloudFront event shape (`headers: { name: { value } }`);
 * - origin requests: headers, cookies and query strings the cache and origin-request policies pass
 *   (managed policies by id, custom ones from the template); `Host` rewritten to the origin's domain;
 *   `X-Forwarded-For` with the viewer's address appended; `CloudFront-Viewer-Address` ("ip:port")
 *   where the policy includes CloudFront headers; `Via` and `X-Amz-Cf-Id`;
 * - the origin group of AstroSite's default behaviour: the S3 statics first, the SSR function on 403/404;
 * - the response-headers policy (security headers with their override flags, custom headers);
 * - compression (gzip or brotli) where the behaviour has `Compress: true`.
 *
 * - cache keys (`cacheKeyOf`): path, and the query strings, headers and cookies the cache policy names,
 *   so a test can check that a page varying by a cookie is keyed by it;
 *
 * Not modelled: caching itself (every request goes to the origin, so TTLs are untested),
 * Lambda@Edge, signed URLs, geo restrictions, WAF, custom error responses (the Web stack has none),
 * HTTP/2 and HTTP/3, S3 itself (the statics are the site's client build, `/media/*` is the local
 * upload folder that the local storage adapter writes), origin timeouts and retries, request body size limits, and header size or count limits. The
 * managed AllViewerExceptHostHeader policy is taken to forward every viewer header except Host plus
 * CloudFront's own headers, `CloudFront-Viewer-Address` among them (AWS's documentation of the policy).
 */
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { runInNewContext } from "node:vm";
import { brotliCompressSync, gzipSync } from "node:zlib";

type Json = Record<string, any>;

export interface OriginRequest {
  method: string;
  path: string;
  query: string;
  headers: Record<string, string>;
  cookies: string[];
  body: Buffer;
  viewerAddress: string;
}
export interface OriginResponse {
  status: number;
  headers: Record<string, string>;
  cookies?: string[];
  body: Buffer;
}
/** An origin by the kind the template shows: the S3 statics, the SSR function URL, the HTTP API. */
export type Origin = (request: OriginRequest) => Promise<OriginResponse>;
export interface Origins {
  statics: Origin;
  ssr: Origin;
  api: Origin;
  /** The upload bucket behind `/media/*` (the harness serves the local upload folder's `media/`). */
  media: Origin;
}

const MANAGED_ORIGIN_REQUEST: Record<string, Json> = {
  // AllViewerExceptHostHeader
  "b689b0a8-53d0-40ab-baf2-68738e2966ac": { headers: "allExceptHost+cloudfront", cookies: "all", query: "all" },
  // AllViewer
  "216adef6-5c7f-47e4-b989-5492eafa07d3": { headers: "all", cookies: "all", query: "all" },
};
const MANAGED_CACHE: Record<string, Json> = {
  // CachingOptimized, CachingDisabled: nothing in the key (so nothing forwarded by the cache policy)
  "658327ea-f89d-4fab-a63d-7e88639e58f6": { headers: [], cookies: "none", query: "none" },
  "4135ea2d-6df8-44a3-9df3-4b5a84be39ad": { headers: [], cookies: "none", query: "none" },
};

export interface Behaviour {
  pattern?: string;
  origin: "statics" | "ssr" | "api" | "group" | "media";
  methods: string[];
  compress: boolean;
  forward: { headers: string | string[]; cookies: string | string[]; query: string | string[] };
  /** What the cache policy alone puts in the cache key. */
  cacheKey: { headers: string | string[]; cookies: string | string[]; query: string | string[] };
  functions: string[];
  responseHeaders?: Json;
}

/** Reads the distribution of the Web stack's template into behaviours. */
export function readDistribution(template: Json): Behaviour[] {
  const resources: Record<string, Json> = template.Resources;
  const dist = Object.values(resources).find((r) => r.Type === "AWS::CloudFront::Distribution")!.Properties
    .DistributionConfig;
  const byRef = (value: any) => (value?.Ref ? resources[value.Ref] : undefined);
  const origins = new Map<string, Behaviour["origin"]>();
  for (const origin of dist.Origins) {
    const domain = JSON.stringify(origin.DomainName);
    const kind = origin.S3OriginConfig
      ? domain.includes("MediaBucket") || domain.includes("Storage") || !domain.includes("site")
        ? "media"
        : "statics"
      : /api/i.test(domain)
        ? "api"
        : "ssr";
    origins.set(origin.Id, kind);
  }
  for (const group of dist.OriginGroups?.Items ?? []) origins.set(group.Id, "group");
  // The statics bucket is the primary member of AstroSite's origin group.
  for (const group of dist.OriginGroups?.Items ?? []) {
    const [primary, fallback] = group.Members.Items.map((m: Json) => m.OriginId);
    origins.set(primary, "statics");
    origins.set(fallback, "ssr");
  }
  const policy = (id: any, managed: Record<string, Json>, type: string, key: string) => {
    if (typeof id === "string") return managed[id];
    const resource = byRef(id);
    if (!resource || resource.Type !== type) return undefined;
    const config = resource.Properties[key];
    const params = config.ParametersInCacheKeyAndForwardedToOrigin ?? config;
    const headers = params.HeadersConfig;
    return {
      headers:
        headers.HeaderBehavior === "none"
          ? []
          : headers.HeaderBehavior === "whitelist"
            ? headers.Headers.map((h: string) => h.toLowerCase())
            : headers.HeaderBehavior,
      cookies:
        params.CookiesConfig.CookieBehavior === "whitelist"
          ? params.CookiesConfig.Cookies
          : params.CookiesConfig.CookieBehavior,
      query:
        params.QueryStringsConfig.QueryStringBehavior === "whitelist"
          ? params.QueryStringsConfig.QueryStrings
          : params.QueryStringsConfig.QueryStringBehavior,
    };
  };
  const merge = (a?: Json, b?: Json) => {
    const widest = (x: any, y: any) =>
      x === "all" || y === "all"
        ? "all"
        : Array.isArray(x) && Array.isArray(y)
          ? [...x, ...y]
          : x && x !== "none"
            ? x
            : y;
    if (a?.headers === "allExceptHost+cloudfront" || b?.headers === "allExceptHost+cloudfront") {
      return {
        headers: "allExceptHost+cloudfront",
        cookies: widest(a?.cookies, b?.cookies),
        query: widest(a?.query, b?.query),
      };
    }
    return {
      headers: widest(a?.headers ?? [], b?.headers ?? []),
      cookies: widest(a?.cookies ?? "none", b?.cookies ?? "none"),
      query: widest(a?.query ?? "none", b?.query ?? "none"),
    };
  };
  const behaviour = (b: Json): Behaviour => ({
    pattern: b.PathPattern,
    cacheKey: (policy(b.CachePolicyId, MANAGED_CACHE, "AWS::CloudFront::CachePolicy", "CachePolicyConfig") ?? {
      headers: [],
      cookies: "none",
      query: "none",
    }) as Behaviour["cacheKey"],
    origin: origins.get(b.TargetOriginId) ?? "ssr",
    methods: b.AllowedMethods ?? ["GET", "HEAD"],
    compress: b.Compress === true,
    forward: merge(
      policy(b.CachePolicyId, MANAGED_CACHE, "AWS::CloudFront::CachePolicy", "CachePolicyConfig"),
      policy(
        b.OriginRequestPolicyId,
        MANAGED_ORIGIN_REQUEST,
        "AWS::CloudFront::OriginRequestPolicy",
        "OriginRequestPolicyConfig",
      ),
    ) as Behaviour["forward"],
    functions: (b.FunctionAssociations ?? [])
      .filter((f: Json) => f.EventType === "viewer-request")
      .map((f: Json) => resources[f.FunctionARN["Fn::GetAtt"][0]]!.Properties.FunctionCode as string),
    responseHeaders: byRef(b.ResponseHeadersPolicyId)?.Properties.ResponseHeadersPolicyConfig,
  });
  return [...(dist.CacheBehaviors ?? []).map(behaviour), behaviour(dist.DefaultCacheBehavior)];
}

export function matchesPattern(pattern: string, path: string): boolean {
  const source = pattern
    .replace(/^\//, "")
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, ".*")
    .replace(/\?/g, ".");
  return new RegExp(`^${source}$`).test(path.replace(/^\//, ""));
}

/** Runs a CloudFront Functions (JS 2.0) viewer-request handler on the request's headers. */
function runViewerFunction(
  code: string,
  uri: string,
  method: string,
  headers: Record<string, string>,
): Record<string, string> {
  const event = {
    request: {
      uri,
      method,
      headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, { value: v }])),
      querystring: {},
      cookies: {},
    },
  };
  const request = runInNewContext(`${code}\nhandler(event)`, { event }) as {
    headers: Record<string, { value: string }>;
  };
  return Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k, v.value]));
}

const CLOUDFRONT_HEADER = /^cloudfront-/;

function forwardedHeaders(
  forward: Behaviour["forward"],
  viewer: Record<string, string>,
  originHost: string,
  viewerAddress: string,
  viewerPort: number,
) {
  const out: Record<string, string> = {};
  const wanted = forward.headers;
  for (const [name, value] of Object.entries(viewer)) {
    if (name === "host" || name === "cookie" || CLOUDFRONT_HEADER.test(name)) continue;
    if (wanted === "all" || wanted === "allExceptHost+cloudfront" || (Array.isArray(wanted) && wanted.includes(name)))
      out[name] = value;
  }
  // Always sent to a custom origin whatever the policy (CloudFront's documented behaviour).
  for (const name of ["content-type", "content-length", "accept-encoding"]) if (viewer[name]) out[name] = viewer[name]!;
  if (wanted === "all" && viewer.host) out.host = viewer.host;
  else out.host = originHost;
  out["x-forwarded-for"] = viewer["x-forwarded-for"] ? `${viewer["x-forwarded-for"]}, ${viewerAddress}` : viewerAddress;
  if (
    wanted === "allExceptHost+cloudfront" ||
    (Array.isArray(wanted) && wanted.includes("cloudfront-viewer-address"))
  ) {
    out["cloudfront-viewer-address"] = `${viewerAddress}:${viewerPort}`;
    out["cloudfront-forwarded-proto"] = "https";
  }
  out.via = "2.0 emulated.cloudfront.net (CloudFront)";
  out["x-amz-cf-id"] = randomUUID();
  return out;
}

function applyResponseHeaders(policy: Json | undefined, headers: Record<string, string>) {
  if (!policy) return;
  const set = (name: string, value: string, override: boolean) => {
    const key = name.toLowerCase();
    if (override || headers[key] === undefined) headers[key] = value;
  };
  const s = policy.SecurityHeadersConfig ?? {};
  if (s.ContentSecurityPolicy)
    set("content-security-policy", s.ContentSecurityPolicy.ContentSecurityPolicy, s.ContentSecurityPolicy.Override);
  if (s.StrictTransportSecurity) {
    const h = s.StrictTransportSecurity;
    set(
      "strict-transport-security",
      `max-age=${h.AccessControlMaxAgeSec}${h.IncludeSubdomains ? "; includeSubDomains" : ""}${h.Preload ? "; preload" : ""}`,
      h.Override,
    );
  }
  if (s.ContentTypeOptions) set("x-content-type-options", "nosniff", s.ContentTypeOptions.Override);
  if (s.FrameOptions) set("x-frame-options", s.FrameOptions.FrameOption, s.FrameOptions.Override);
  if (s.ReferrerPolicy) set("referrer-policy", s.ReferrerPolicy.ReferrerPolicy, s.ReferrerPolicy.Override);
  for (const h of policy.CustomHeadersConfig?.Items ?? []) set(h.Header, h.Value, h.Override);
}

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml)|image\/svg)/;

/** The behaviour CloudFront picks for a path: the first pattern that matches, else the default. */
export function behaviourFor(behaviours: Behaviour[], path: string): Behaviour {
  return behaviours.find((b) => b.pattern && matchesPattern(b.pattern, path)) ?? behaviours[behaviours.length - 1]!;
}

/**
 * The cache key CloudFront would file a GET or HEAD under: the path, and only the query strings,
 * headers and cookies the behaviour's cache policy names (all of them for `all`).
 */
export function cacheKeyOf(behaviour: Behaviour, url: URL, viewer: Record<string, string>): string {
  const { headers, cookies, query } = behaviour.cacheKey;
  const pick = (wanted: string | string[], name: string) =>
    wanted === "all" || wanted === "allExcept" || (Array.isArray(wanted) && wanted.includes(name));
  const params = [...url.searchParams].filter(([name]) => pick(query, name)).sort();
  const jar = (viewer.cookie ?? "")
    .split(/;\s*/)
    .filter(Boolean)
    .map((pair) => [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)] as const)
    .filter(([name]) => pick(cookies, name))
    .sort();
  const named = Object.entries(viewer)
    .filter(([name]) => name !== "cookie" && pick(headers, name.toLowerCase()))
    .sort();
  return JSON.stringify([url.pathname, params, jar, named]);
}

/** The request listener of the emulated distribution. */
export function cloudFront(behaviours: Behaviour[], origins: Origins, originHosts: Record<keyof Origins, string>) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "https://viewer.invalid");
    const behaviour = behaviourFor(behaviours, url.pathname);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const send = (status: number, headers: Record<string, string>, body: Buffer, compress = behaviour.compress) => {
      applyResponseHeaders(behaviour.responseHeaders, headers);
      const accept = String(req.headers["accept-encoding"] ?? "");
      if (
        compress &&
        body.length > 1000 &&
        COMPRESSIBLE.test(headers["content-type"] ?? "") &&
        !headers["content-encoding"]
      ) {
        if (/\bbr\b/.test(accept)) ((body = brotliCompressSync(body)), (headers["content-encoding"] = "br"));
        else if (/\bgzip\b/.test(accept)) ((body = gzipSync(body)), (headers["content-encoding"] = "gzip"));
        if (headers["content-encoding"]) delete headers["content-length"];
      }
      headers["x-cache"] = "Miss from cloudfront";
      res.writeHead(status, headers);
      res.end(req.method === "HEAD" ? undefined : body);
    };
    if (!behaviour.methods.includes(req.method ?? "GET")) {
      return send(
        403,
        { "content-type": "text/html" },
        Buffer.from(
          "<HTML><HEAD><TITLE>ERROR: The request could not be satisfied</TITLE></HEAD><BODY>This distribution is not configured to allow the HTTP request method that was used for this request.</BODY></HTML>",
        ),
        false,
      );
    }
    let viewer: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers))
      if (value !== undefined) viewer[name] = Array.isArray(value) ? value.join(", ") : value;
    for (const code of behaviour.functions) viewer = runViewerFunction(code, url.pathname, req.method ?? "GET", viewer);
    const viewerAddress = (req.socket.remoteAddress ?? "127.0.0.1").replace(/^::ffff:/, "");
    const cookies = behaviour.forward.cookies === "none" ? [] : (viewer.cookie ?? "").split(/;\s*/).filter(Boolean);
    const query = behaviour.forward.query === "none" ? "" : url.search.slice(1);
    const call = async (kind: "statics" | "ssr" | "api" | "media") => {
      const headers = forwardedHeaders(
        behaviour.forward,
        viewer,
        originHosts[kind],
        viewerAddress,
        req.socket.remotePort ?? 0,
      );
      return origins[kind]({
        method: req.method ?? "GET",
        path: url.pathname,
        query,
        headers,
        cookies,
        body: Buffer.concat(chunks),
        viewerAddress,
      });
    };
    try {
      let response: OriginResponse;
      if (behaviour.origin === "group") {
        response = await call("statics");
        if (response.status === 403 || response.status === 404) response = await call("ssr");
      } else {
        response = await call(behaviour.origin);
      }
      const headers = Object.fromEntries(
        Object.entries(response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]),
      );
      if (response.cookies?.length) res.setHeader("set-cookie", response.cookies);
      send(response.status, headers, response.body);
    } catch (error) {
      console.error(error);
      send(
        502,
        { "content-type": "text/html" },
        Buffer.from("<HTML><BODY>502 ERROR: The request could not be satisfied.</BODY></HTML>"),
        false,
      );
    }
  };
}
