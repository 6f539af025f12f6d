// What only the production shape shows: CloudFront's method refusals, the headers it adds, and
// that the Lambda builds use them (and nothing a client forges).
import { describe, expect, it } from "vitest";
import { useDemoServer } from "../../packages/web/test/portal";

const server = useDemoServer();
const prod = process.env.CUNJING_SHAPE === "prod";

describe.runIf(prod)("the production shape", () => {
  it("is served over HTTPS with HSTS, and refuses a POST to a page without a server route with CloudFront's 403", async () => {
    expect(server.base).toMatch(/^https:/);
    const page = await fetch(`${server.base}/boluo`);
    await page.text();
    expect(page.headers.get("strict-transport-security")).toContain("includeSubDomains");
    const refused = await fetch(`${server.base}/boluo`, { method: "POST", headers: { origin: server.base } });
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain("not configured to allow the HTTP request method");
    expect(refused.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("sets Secure on the session cookie over HTTPS", async () => {
    const response = await fetch(`${server.base}/console/signin`, {
      method: "POST",
      redirect: "manual",
      headers: { origin: server.base, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ county: "boluo", username: "boluo.admin", password: "cunjing-demo" }),
    });
    await response.arrayBuffer();
    expect(response.status).toBe(303);
    const session = response.headers.getSetCookie().find((c) => c.startsWith("cunjing_session="))!;
    expect(session).toMatch(/;\s*Secure/i);
    expect(session).toMatch(/;\s*HttpOnly/i);
  });

  it("writes absolute links from SITE_URL whatever Host the viewer sends", async () => {
    const html = await (
      await fetch(`${server.base}/boluo/officers/xu-jieshan/card`, { headers: { "x-forwarded-host": "evil.example" } })
    ).text();
    expect(html).not.toContain("evil.example");
    expect(html).toContain(`${server.base}/boluo/officers/xu-jieshan`);
  });
});
