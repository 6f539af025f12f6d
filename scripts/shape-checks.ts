// Checks that must hold in both shapes (the local server, and the Lambda builds behind the
// CloudFront emulation): forged forwarding headers change nothing, and every response carries the
// security headers. Each check throws an Error saying what is wrong; the vitest files and
// `npm run test:prod-shape` run the same functions against their base URL.
import { missingSecurityHeaders } from "../packages/functions/src/http/security-headers";
import { RateLimit, signInPolicies } from "../packages/core/src/ratelimit/index";
import { signIn } from "./console-sign-in";
import { walk, type Visited } from "./http-walk";

const form = (base: string, path: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
  fetch(base + path, {
    method: "POST",
    redirect: "manual",
    headers: { origin: base, "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(fields),
  });

/** A different, well-formed address on every call. */
let forged = 0;
export const forgedAddress = () => `198.51.100.${(forged++ % 250) + 1}`;

/**
 * Ten failed sign-ins lock the username even when each one claims another client address: nine
 * failures recorded long enough ago for the back-off to have passed, then the tenth and the
 * attempts after it over HTTP, each with a new `X-Forwarded-For`. None of those addresses gets a
 * throttle of its own.
 */
export async function signInLockIgnoresForwardedFor(
  base: string,
  account = { county: "boluo", username: "boluo.supervisor" },
) {
  const key = `signin:user:${account.county}:${account.username}`;
  const past = Date.now() - 20 * 60_000;
  for (let i = 0; i < signInPolicies.username.lockAfter - 1; i++) {
    await RateLimit.recordFailure([{ key, policy: signInPolicies.username }], past + i);
  }
  const claimed: string[] = [];
  const attempt = async (password: string) => {
    const address = forgedAddress();
    claimed.push(address);
    const response = await form(base, "/console/signin", { ...account, password }, { "x-forwarded-for": address });
    return { status: response.status, html: await response.text() };
  };
  const tenth = await attempt("wrong-password");
  if (tenth.status === 303) throw new Error("a wrong password signed in");
  const right = await attempt("cunjing-demo");
  if (right.status === 303 || !/锁定|locked/.test(right.html)) {
    throw new Error(
      `after 10 failures under rotating X-Forwarded-For the username is not locked (status ${right.status})`,
    );
  }
}

/**
 * Open ratings need a phone check; one network may ask for 10 codes an hour. Eleven requests,
 * each for another phone and each with a new `X-Forwarded-For`: the eleventh is refused.
 */
export async function ratingOtpLimitIgnoresForwardedFor(
  base: string,
  ratePath = "/boluo/officers/xu-jieshan/rate",
  seed = 0,
) {
  const answers = { overall: "5", responsiveness: "5", courtesy: "4", solved: "yes" };
  for (let i = 0; i < 11; i++) {
    const page = await (await fetch(base + ratePath, { headers: { "x-forwarded-for": forgedAddress() } })).text();
    const idempotencyKey = /name="idempotencyKey" value="([^"]+)"/.exec(page)?.[1];
    if (!idempotencyKey) throw new Error(`no rating form at ${ratePath}`);
    const phone = `13${String(seed).padStart(2, "0")}${String(1_000_000 + i).slice(1)}1`.slice(0, 11);
    const response = await form(
      base,
      ratePath,
      { ...answers, idempotencyKey, phone },
      { "x-forwarded-for": forgedAddress() },
    );
    const html = await response.text();
    const gotCode = /name="otpId"/.test(html);
    if (i < 10 && !gotCode) throw new Error(`phone check ${i + 1} was refused (status ${response.status})`);
    if (i === 10 && gotCode)
      throw new Error("the 11th phone check from one network under rotating X-Forwarded-For was allowed");
  }
}

/** A write whose `Origin` is another site is refused whatever `Host` and `X-Forwarded-Host` claim. */
export async function forgedHostRefused(base: string) {
  const evil = "https://evil.example";
  const response = await fetch(`${base}/console/signin`, {
    method: "POST",
    redirect: "manual",
    headers: {
      origin: evil,
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
      "content-type": "application/x-www-form-urlencoded",
    },
    body: new URLSearchParams({ county: "boluo", username: "boluo.admin", password: "cunjing-demo" }),
  });
  await response.arrayBuffer();
  if (response.status !== 403)
    throw new Error(`a cross-origin sign-in with a forged X-Forwarded-Host got ${response.status}, not 403`);
  const api = await fetch(`${base}/api/trpc/county.list`, {
    method: "POST",
    headers: { origin: evil, "x-forwarded-host": "evil.example", "content-type": "application/json" },
    body: "{}",
  });
  await api.arrayBuffer();
  if (api.status < 400) throw new Error(`a cross-origin API write with a forged X-Forwarded-Host got ${api.status}`);
}

/** Every page reached from the portal, the console (as a county admin and an officer) and the API. */
export async function walkEveryRoute(base: string): Promise<Visited[]> {
  const admin = await signIn(base, { county: "boluo", username: "boluo.admin" });
  const officer = await signIn(base, { county: "boluo", username: "xu-jieshan" });
  if (!admin || !officer) throw new Error("demo sign-in failed");
  const publicPages = await walk({
    base,
    start: ["/", "/en", "/boluo", "/en/boluo", "/boluo/no-such-page/x", "/robots.txt"],
    limit: 90,
  });
  const adminPages = await walk({
    base,
    start: ["/console", "/console/onboarding", "/console/dashboard"],
    cookie: admin,
    limit: 70,
  });
  const officerPages = await walk({ base, start: ["/console", "/console/log"], cookie: officer, limit: 30 });
  const api: Visited[] = [];
  for (const path of ["/api/trpc/county.list", "/api/trpc/no.such.procedure"]) {
    const response = await fetch(base + path);
    await response.arrayBuffer();
    api.push({ path, status: response.status, headers: response.headers });
  }
  return [...publicPages, ...adminPages, ...officerPages, ...api];
}

/** The pages among `visited` that lack a security header, with what they lack. */
export function withoutSecurityHeaders(visited: Visited[]): string[] {
  return visited.flatMap(({ path, status, headers }) => {
    const missing = missingSecurityHeaders(headers);
    return missing.length ? [`${path} (${status}): ${missing.join(", ")}`] : [];
  });
}
