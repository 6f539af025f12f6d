import type { APIRoute } from "astro";
import { Session } from "@cunjing/core/auth/session";
import { careCookie, safeBack } from "../components/Care/care";

const yearSeconds = 365 * 24 * 3600;

/** Turns 关怀模式 on (`on=1`) or off (`on=0`) and goes back to a page of this site (no JavaScript needed). */
export const GET: APIRoute = ({ url, cookies }) => {
  // Secure as the session cookie is; a fixed Max-Age (and Expires, which astro-sst keeps).
  const attributes = {
    ...Session.cookieAttributes(url, new Date(Date.now() + yearSeconds * 1000)),
    maxAge: yearSeconds,
  };
  if (url.searchParams.get("on") === "1") cookies.set(careCookie, "1", attributes);
  else cookies.delete(careCookie, { path: "/", secure: attributes.secure, httpOnly: true, sameSite: "lax" });
  return new Response(null, {
    status: 303,
    // A personal answer: CloudFront and the browser must not keep it.
    headers: { Location: safeBack(url.searchParams.get("back")), "Cache-Control": "private, no-store" },
  });
};
