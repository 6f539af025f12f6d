import { describe, expect, it } from "vitest";
import { isSameOrigin, siteOriginOf } from "../src/api/origin";
import { clientAddressOf, viewerAddress } from "../src/http/client-address";
import { applySecurityHeaders, missingSecurityHeaders } from "../src/http/security-headers";

const headers = (values: Record<string, string>) => new Headers(values);

describe("client address", () => {
  it("behind CloudFront comes from CloudFront-Viewer-Address only, never X-Forwarded-For", () => {
    const forged = headers({
      "x-forwarded-for": "198.51.100.9, 203.0.113.7",
      "cloudfront-viewer-address": "203.0.113.7:51234",
    });
    expect(clientAddressOf({ behindCloudFront: true, headers: forged, adapterAddress: () => "198.51.100.9" })).toBe(
      "203.0.113.7",
    );
    const without = headers({ "x-forwarded-for": "198.51.100.9" });
    expect(clientAddressOf({ behindCloudFront: true, headers: without, adapterAddress: () => "198.51.100.9" })).toBe(
      "unknown",
    );
  });

  it("locally is what the server saw on its socket", () => {
    const forged = headers({ "cloudfront-viewer-address": "203.0.113.7:1" });
    expect(clientAddressOf({ behindCloudFront: false, headers: forged, adapterAddress: () => "127.0.0.1" })).toBe(
      "127.0.0.1",
    );
    expect(
      clientAddressOf({
        behindCloudFront: false,
        headers: forged,
        adapterAddress: () => {
          throw new Error("prerendered");
        },
      }),
    ).toBe("unknown");
  });

  it("reads IPv4 and IPv6 viewer addresses and rejects anything else", () => {
    expect(viewerAddress("2001:db8::7:443")).toBe("2001:db8::7");
    expect(viewerAddress("203.0.113.7:8080")).toBe("203.0.113.7");
    expect(viewerAddress("<script>:1")).toBeUndefined();
    expect(viewerAddress("")).toBeUndefined();
  });
});

describe("origin check", () => {
  it("compares scheme and host with SITE_URL when set, whatever the forwarded host says", () => {
    const site = siteOriginOf("http://localhost:4321", { SITE_URL: "https://cunjing.example.cn/" });
    expect(site).toBe("https://cunjing.example.cn");
    expect(isSameOrigin(headers({ origin: "https://cunjing.example.cn" }), site)).toBe(true);
    expect(isSameOrigin(headers({ origin: "http://cunjing.example.cn" }), site)).toBe(false);
    expect(isSameOrigin(headers({ origin: "https://evil.example", "x-forwarded-host": "evil.example" }), site)).toBe(
      false,
    );
  });

  it("uses the request's own origin without SITE_URL", () => {
    const site = siteOriginOf("http://127.0.0.1:4321/console/signin", {});
    expect(isSameOrigin(headers({ origin: "http://127.0.0.1:4321" }), site)).toBe(true);
    expect(isSameOrigin(headers({ origin: "https://127.0.0.1:4321" }), site)).toBe(false);
    expect(isSameOrigin(headers({ "sec-fetch-site": "cross-site", cookie: "a=b" }), site)).toBe(false);
  });
});

describe("security headers", () => {
  it("are complete on a bare response and keep a page's own CSP", () => {
    expect(missingSecurityHeaders(applySecurityHeaders(new Headers()))).toEqual([]);
    const page = new Headers({ "content-security-policy": "script-src 'self' 'sha256-x'" });
    applySecurityHeaders(page);
    expect(page.get("content-security-policy")).toBe("script-src 'self' 'sha256-x'");
    expect(missingSecurityHeaders(page)).toContain("CSP frame-ancestors 'none'");
    expect(missingSecurityHeaders(new Headers({ "content-security-policy": "script-src 'unsafe-inline'" }))).toContain(
      "CSP script-src without 'unsafe-inline'",
    );
  });
});

describe("the API Lambda's request headers", () => {
  it("carry the cookies API Gateway's payload 2.0 moves out of the headers", async () => {
    const { headersOf } = await import("../src/api/handler");
    const headers = headersOf({
      headers: { origin: "https://a.example" },
      cookies: ["cunjing_session=abc", "cunjing_county=boluo"],
    });
    expect(headers.get("cookie")).toBe("cunjing_session=abc; cunjing_county=boluo");
    expect(headers.get("origin")).toBe("https://a.example");
  });
});
