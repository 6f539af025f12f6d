import type { APIRoute } from "astro";
import { Upload } from "@cunjing/core/upload/index";
import { consoleLang } from "../../../../i18n/console";
import { onboardingProblem } from "../../../../i18n/console/onboarding";

/**
 * The local stand-in for a presigned S3 PUT: the signed-in admin's browser sends the bytes of a
 * begun upload here (same origin, so the middleware checks the session, the origin and the size).
 */
export const PUT: APIRoute = async ({ params, request, cookies, url }) => {
  try {
    await Upload.receive({ uploadId: params.id ?? "", bytes: new Uint8Array(await request.arrayBuffer()) });
    return new Response(null, { status: 204 });
  } catch (error) {
    const problem = onboardingProblem(consoleLang(cookies, url), error);
    return new Response(problem.message, {
      status: problem.status,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
};
