import type { APIRoute } from "astro";
import { Upload } from "@cunjing/core/upload/index";
import { consoleLang } from "../../../../i18n/console";
import { onboardingProblem } from "../../../../i18n/console/onboarding";

/**
 * Completes a begun upload once the browser has put its bytes: checks the type (from the bytes) and
 * size, resizes and publishes it. Answers `{ url, variants }`, or `{ message }` with the status.
 */
export const POST: APIRoute = async ({ params, cookies, url }) => {
  try {
    const done = await Upload.complete({ uploadId: params.id ?? "" });
    return Response.json(done);
  } catch (error) {
    const problem = onboardingProblem(consoleLang(cookies, url), error);
    return Response.json({ message: problem.message }, { status: problem.status });
  }
};
