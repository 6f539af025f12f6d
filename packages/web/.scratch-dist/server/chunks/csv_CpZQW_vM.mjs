import { i as importKinds, I as InputError } from './id_Cl3H450s.mjs';
import { c as consoleLang } from './index_CJGfcAqr.mjs';
import { o as onboardingProblem } from './index_bXNUAhjo.mjs';

function importKindOf(url) {
  const kind = url.searchParams.get("kind") ?? "";
  if (!importKinds.includes(kind)) throw new InputError("input.invalid", "Unknown kind");
  return kind;
}
async function csvResponse(url, cookies, make) {
  const lang = consoleLang(cookies, url);
  try {
    const { bytes, filename } = await make(lang);
    return new Response(bytes, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${filename}"`,
        "x-content-type-options": "nosniff"
      }
    });
  } catch (error) {
    const problem = onboardingProblem(lang, error);
    return new Response(problem.message, { status: problem.status, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
}

export { csvResponse as c, importKindOf as i };
