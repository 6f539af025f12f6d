import type { APIRoute } from "astro";
import { csvBytes } from "@cunjing/core/import/csv";
import { Import } from "@cunjing/core/import/index";
import { csvResponse } from "../../../../components/Onboarding/csv";
import { onboardingMessages, rowErrorText } from "../../../../i18n/console/onboarding";

/** Every problem of a checked file, checked again against the county as it is now. */
export const GET: APIRoute = ({ url, cookies }) =>
  csvResponse(url, cookies, async (lang) => {
    const o = onboardingMessages(lang);
    const report = await Import.report({ jobId: url.searchParams.get("job") ?? "" });
    const rows = report.errors.map((error) => [
      String(error.row ?? o.import.fileLevel),
      error.letter ?? "",
      error.column ?? "",
      rowErrorText(lang, error),
    ]);
    return {
      bytes: csvBytes([[o.import.row, o.import.col, o.import.column, o.import.problem], ...rows]),
      filename: `cunjing-${report.kind}-problems.csv`,
    };
  });
