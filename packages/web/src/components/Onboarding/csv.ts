import type { AstroCookies } from "astro";
import { importKinds } from "@cunjing/core/import/job.entity";
import type { Import } from "@cunjing/core/import/index";
import { InputError } from "@cunjing/core/util/errors";
import { consoleLang, type ConsoleLang } from "../../i18n/console";
import { onboardingProblem } from "../../i18n/console/onboarding";

export function importKindOf(url: URL): Import.Kind {
  const kind = url.searchParams.get("kind") ?? "";
  if (!(importKinds as readonly string[]).includes(kind)) throw new InputError("input.invalid", "Unknown kind");
  return kind as Import.Kind;
}

/** A CSV download, or the problem as plain text in the console's language. */
export async function csvResponse(
  url: URL,
  cookies: AstroCookies,
  make: (lang: ConsoleLang) => Promise<{ bytes: Uint8Array<ArrayBuffer>; filename: string }>,
): Promise<Response> {
  const lang = consoleLang(cookies, url);
  try {
    const { bytes, filename } = await make(lang);
    return new Response(bytes, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${filename}"`,
        "x-content-type-options": "nosniff",
      },
    });
  } catch (error) {
    const problem = onboardingProblem(lang, error);
    return new Response(problem.message, {
      status: problem.status,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
}
