import type { APIRoute } from "astro";
import { Import } from "@cunjing/core/import/index";
import { csvResponse, importKindOf } from "../../../../components/Onboarding/csv";

/** An empty file with the kind's header (UTF-8 with a BOM, so Excel reads the Chinese right). */
export const GET: APIRoute = ({ url, cookies }) =>
  csvResponse(url, cookies, async (lang) => {
    const kind = importKindOf(url);
    return { bytes: await Import.template({ kind, lang }), filename: `cunjing-${kind}-template.csv` };
  });
