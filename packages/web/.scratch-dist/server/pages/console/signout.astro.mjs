import { S as Session } from '../../chunks/session_DNHpdDVr.mjs';
import { w as withActor } from '../../chunks/id_CvCQQS6k.mjs';
export { renderers } from '../../renderers.mjs';

const POST = async ({
  locals,
  cookies,
  redirect
}) => {
  if (locals.sessionId) await withActor(locals.actor, () => Session.end(locals.sessionId));
  cookies.delete(Session.cookieName, {
    path: "/"
  });
  return redirect("/console/signin", 303);
};

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  POST
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
