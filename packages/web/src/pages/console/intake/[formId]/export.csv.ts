import type { APIRoute } from "astro";
import { Intake } from "@cunjing/core/intake/index";
import { intakeProblem } from "../../../../components/Intake/problem";
import { consoleLang } from "../../../../i18n/console";

/** A form's registrations as CSV: masked, or in full with a reason (audited). POST only: a reason never goes in a URL. */
export const POST: APIRoute = async ({ params, request, url, cookies }) => {
  const lang = consoleLang(cookies, url);
  const form = await request.formData();
  const reason = form.get("reason");
  try {
    const { csv, full } = await Intake.exportCsv({
      formId: params.formId ?? "",
      reason: typeof reason === "string" ? reason : undefined,
      lang,
    });
    const filename = `intake-${params.formId}-${full ? "full" : "masked"}.csv`;
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${filename}"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    const problem = intakeProblem(lang, error);
    return new Response(problem.message, {
      status: problem.status,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
};
