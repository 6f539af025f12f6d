import type { APIRoute } from "astro";
import { Import } from "@cunjing/core/import/index";
import { csvResponse, importKindOf } from "../../../../components/Onboarding/csv";

/** The county's current records in the import format; formulas are escaped. */
export const GET: APIRoute = ({ url, cookies }) =>
  csvResponse(url, cookies, async (lang) => {
    const kind = importKindOf(url);
    return {
      bytes: await Import.exportCsv({ kind, lang }),
      filename: `cunjing-${kind}-${new Date().toISOString().slice(0, 10)}.csv`,
    };
  });
