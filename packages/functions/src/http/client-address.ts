/**
 * The address a request really came from, for throttles and limits (sign-in, ratings, phone
 * checks, bookings, registrations). Never `X-Forwarded-For`: its first entry is whatever the client
 * wrote, and CloudFront appends to it rather than replacing it.
 *
 * - Lambda build (behind CloudFront): `CloudFront-Viewer-Address` ("ip:port"), which CloudFront
 *   writes itself (the Web stack's origin request policy forwards it). Without it: "unknown", so
 *   every such request shares one bucket rather than choosing its own.
 * - Node build (local server): the socket's peer address. The local server strips forwarded
 *   headers before Astro sees the request (packages/web/server.mjs), so Astro's `clientAddress`
 *   is the socket's.
 */
export const VIEWER_ADDRESS_HEADER = "cloudfront-viewer-address";

export function clientAddressOf(input: {
  behindCloudFront: boolean;
  headers: Headers;
  /** What the adapter reports (Astro's `clientAddress`); used only in the Node build. */
  adapterAddress: () => string | undefined;
}): string {
  if (input.behindCloudFront) return viewerAddress(input.headers.get(VIEWER_ADDRESS_HEADER)) ?? "unknown";
  try {
    return input.adapterAddress() || "unknown";
  } catch {
    return "unknown";
  }
}

/** "203.0.113.7:51234" → "203.0.113.7"; "2001:db8::7:51234" → "2001:db8::7". */
export function viewerAddress(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  const colon = trimmed.lastIndexOf(":");
  const address = colon > 0 && /^\d+$/.test(trimmed.slice(colon + 1)) ? trimmed.slice(0, colon) : trimmed;
  return /^[0-9a-fA-F:.]+$/.test(address) ? address : undefined;
}
