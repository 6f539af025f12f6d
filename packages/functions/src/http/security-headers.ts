/**
 * The security headers of every response, in both shapes, from this one definition: the site's
 * middleware and local server set them, Astro adds its script and style hashes to the CSP of every
 * page (astro.config.mjs reads `CSP_DIRECTIVES`), and in production the CloudFront
 * response-headers policy of the Web stack carries the same values (stacks/Web.ts).
 */

/**
 * CSP directives other than script-src and style-src, which Astro owns on pages (`'self'` plus the
 * hashes of its inline scripts and styles; never 'unsafe-inline'). Presigned uploads PUT straight
 * to S3, hence the amazonaws.com connect source. The console's service worker and web app
 * manifest are same-origin files.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self' https://*.amazonaws.com",
  "worker-src 'self'",
  "manifest-src 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
  "base-uri 'self'",
  "object-src 'none'",
] as const;

/** The CSP of a response that is not an Astro page (endpoints, the API, files, plain errors). */
export const CONTENT_SECURITY_POLICY = [...CSP_DIRECTIVES, "script-src 'self'", "style-src 'self'"].join("; ");

/** Two years, subdomains included (the site is HTTPS only behind CloudFront). */
export const HSTS_MAX_AGE_SECONDS = 63_072_000;
export const STRICT_TRANSPORT_SECURITY = `max-age=${HSTS_MAX_AGE_SECONDS}; includeSubDomains`;

/** No page uses a camera, microphone, location or payment: every such feature is off. */
export const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "camera=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "payment=()",
  "usb=()",
  "interest-cohort=()",
].join(", ");

/** Tokens travel in some paths (invitations, intake forms): send no referrer to other sites. */
export const REFERRER_POLICY = "same-origin";

/** The full set, header name → value, as every response carries it. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "Strict-Transport-Security": STRICT_TRANSPORT_SECURITY,
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": REFERRER_POLICY,
  "Permissions-Policy": PERMISSIONS_POLICY,
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
};

/** Sent on sign-out: the browser drops the site's cookies and storage ("cache" stalls some browsers). */
export const CLEAR_SITE_DATA = '"cache", "cookies", "storage"';

/**
 * Adds the set to a response's headers. A CSP already there (Astro's, with its hashes) is kept and
 * checked to carry our directives; anything else is overwritten.
 */
export function applySecurityHeaders(headers: Headers): Headers {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    if (name === "Content-Security-Policy" && headers.has(name)) continue;
    headers.set(name, value);
  }
  return headers;
}

/** What a test checks on every response: each header present, and the CSP's essentials. */
export function missingSecurityHeaders(headers: Headers): string[] {
  const missing = Object.keys(SECURITY_HEADERS).filter((name) => !headers.get(name));
  const csp = headers.get("content-security-policy") ?? "";
  for (const directive of CSP_DIRECTIVES) if (!csp.includes(directive)) missing.push(`CSP ${directive}`);
  const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? "";
  if (!scriptSrc || scriptSrc.includes("'unsafe-inline'")) missing.push("CSP script-src without 'unsafe-inline'");
  if (!(headers.get("strict-transport-security") ?? "").includes("includeSubDomains"))
    missing.push("HSTS includeSubDomains");
  return missing;
}
