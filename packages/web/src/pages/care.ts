import type { APIRoute } from "astro";
import { Session } from "@cunjing/core/auth/session";
import { careCookie, safeBack } from "../components/Care/care";

const year = 365 * 24 * 3600 * 1000;

/** Turns 关怀模式 on (`on=1`) or off (`on=0`) and goes back to a page of this site (no JavaScript needed). */
export const GET: APIRoute = ({ url, cookies }) => {
  const attributes = Session.cookieAttributes(url, new Date(Date.now() + year));
  if (url.searchParams.get("on") === "1") cookies.set(careCookie, "1", attributes);
  else cookies.delete(careCookie, { path: "/", secure: attributes.secure, httpOnly: true, sameSite: "lax" });
  return new Response(null, {
    status: 303,
    // A personal answer: CloudFront and the browser must not keep it.
    headers: { Location: safeBack(url.searchParams.get("back")), "Cache-Control": "private, no-store" },
  });
};
