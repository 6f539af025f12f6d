import type { APIRoute } from "astro";
import { safeNext } from "../../components/Console/session";
import { consoleLangCookie } from "../../i18n/console";

export const GET: APIRoute = ({ url, cookies, redirect }) => {
  const lang = url.searchParams.get("to") === "en" ? "en" : "zh";
  cookies.set(consoleLangCookie, lang, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  return redirect(safeNext(url.searchParams.get("next")), 303);
};
