import { U as Upload } from '../../../../chunks/index_CLkzxsj4.mjs';
import { c as consoleLang } from '../../../../chunks/index_DEu4dKf_.mjs';
import { o as onboardingProblem } from '../../../../chunks/index_ur84y5b3.mjs';
export { renderers } from '../../../../renderers.mjs';

const PUT = async ({
  params,
  request,
  cookies,
  url
}) => {
  try {
    await Upload.receive({
      uploadId: params.id ?? "",
      bytes: new Uint8Array(await request.arrayBuffer())
    });
    return new Response(null, {
      status: 204
    });
  } catch (error) {
    const problem = onboardingProblem(consoleLang(cookies, url), error);
    return new Response(problem.message, {
      status: problem.status,
      headers: {
        "content-type": "text/plain; charset=utf-8"
      }
    });
  }
};

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  PUT
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
