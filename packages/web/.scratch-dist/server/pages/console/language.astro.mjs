import { a as safeNext } from '../../chunks/session_CsKKqvPc.mjs';
import { b as consoleLangCookie } from '../../chunks/index_DEu4dKf_.mjs';
export { renderers } from '../../renderers.mjs';

const GET = ({
  url,
  cookies,
  redirect
}) => {
  const lang = url.searchParams.get("to") === "en" ? "en" : "zh";
  cookies.set(consoleLangCookie, lang, {
    path: "/",
    maxAge: 365 * 24 * 3600,
    sameSite: "lax"
  });
  return redirect(safeNext(url.searchParams.get("next")), 303);
};

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  GET
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
