import { U as Upload } from '../../../../chunks/index_CLkzxsj4.mjs';
import { c as consoleLang } from '../../../../chunks/index_DEu4dKf_.mjs';
import { o as onboardingProblem } from '../../../../chunks/index_ur84y5b3.mjs';
export { renderers } from '../../../../renderers.mjs';

const POST = async ({
  params,
  cookies,
  url
}) => {
  try {
    const done = await Upload.complete({
      uploadId: params.id ?? ""
    });
    return Response.json(done);
  } catch (error) {
    const problem = onboardingProblem(consoleLang(cookies, url), error);
    return Response.json({
      message: problem.message
    }, {
      status: problem.status
    });
  }
};

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  POST
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
