import { i as importKinds } from './id_CvCQQS6k.mjs';
import { I as InputError } from './errors_MfzDXNyI.mjs';
import { c as consoleLang } from './index_DEu4dKf_.mjs';
import { o as onboardingProblem } from './index_ur84y5b3.mjs';

function importKindOf(url) {
  const kind = url.searchParams.get("kind") ?? "";
  if (!importKinds.includes(kind)) throw new InputError("input.invalid", "Unknown kind");
  return kind;
}
async function csvResponse(url, cookies, make) {
  const lang = consoleLang(cookies, url);
  try {
    const {
      bytes,
      filename
    } = await make(lang);
    return new Response(bytes, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${filename}"`,
        "x-content-type-options": "nosniff"
      }
    });
  } catch (error) {
    const problem = onboardingProblem(lang, error);
    return new Response(problem.message, {
      status: problem.status,
      headers: {
        "content-type": "text/plain; charset=utf-8"
      }
    });
  }
}

export { csvResponse as c, importKindOf as i };
