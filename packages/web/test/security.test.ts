import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { describe, expect, it } from "vitest";
import {
  forgedHostRefused,
  ratingOtpLimitIgnoresForwardedFor,
  signInLockIgnoresForwardedFor,
  walkEveryRoute,
  withoutSecurityHeaders,
} from "../../../scripts/shape-checks";
import { useDemoServer } from "./portal";

const server = useDemoServer();

/** The raw status line, which fetch does not show. */
function statusLine(path: string): Promise<{ status: number; message: string }> {
  return new Promise((resolveLine, reject) => {
    const request = server.base.startsWith("https:") ? httpsRequest : httpRequest;
    const req = request(server.base + path, (res) => {
      res.resume();
      resolveLine({ status: res.statusCode!, message: res.statusMessage ?? "" });
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the site's security (local server, or the production shape)", () => {
  it("puts the security headers on every public, console and API response", async () => {
    const visited = await walkEveryRoute(server.base);
    expect(visited.length).toBeGreaterThan(60);
    expect(new Set(visited.map((v) => v.status))).toContain(404);
    expect(withoutSecurityHeaders(visited)).toEqual([]);
    const page = visited.find((v) => v.path === "/boluo")!;
    expect(page.headers.get("content-security-policy")).toMatch(/script-src 'self'[^;]*;/);
    expect(page.headers.get("content-security-policy")).not.toContain("unsafe-inline");
    expect(page.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it("compresses, and answers 404 with its own status text", async () => {
    const response = await fetch(`${server.base}/boluo`, { headers: { "accept-encoding": "gzip" } });
    expect(response.headers.get("content-encoding")).toBe("gzip");
    expect(await response.text()).toContain("</html>");
    const brotli = await fetch(`${server.base}/boluo`, { headers: { "accept-encoding": "br" } });
    expect(brotli.headers.get("content-encoding")).toBe("br");
    await brotli.arrayBuffer();
    expect(await statusLine("/boluo/no-such-page/at-all")).toEqual({ status: 404, message: "Not Found" });
  });

  it("clears the site's data on sign-out", async () => {
    const cookie = await server.signIn("xu-jieshan");
    const response = await fetch(`${server.base}/console/signout`, {
      method: "POST",
      redirect: "manual",
      headers: { cookie, origin: server.base },
    });
    expect(response.status).toBe(303);
    expect(response.headers.get("clear-site-data")).toBe('"cache", "cookies", "storage"');
    expect(response.headers.get("location")).toBe("/console/signin");
  });

  it("refuses writes from another origin whatever Host and X-Forwarded-Host claim", async () => {
    await forgedHostRefused(server.base);
  });

  it("locks a username after 10 failures although each claims another X-Forwarded-For", async () => {
    await signInLockIgnoresForwardedFor(server.base);
  });

  it("holds one network to 10 phone checks an hour although each claims another X-Forwarded-For", async () => {
    await ratingOtpLimitIgnoresForwardedFor(server.base);
  });
});
