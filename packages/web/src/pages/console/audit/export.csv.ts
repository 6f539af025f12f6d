import type { APIRoute } from "astro";
import { Audit } from "@cunjing/core/audit/index";
import { User } from "@cunjing/core/user/index";
import { toCsv } from "@cunjing/core/util/csv";
import { auditRows } from "../../../components/Audit/rows";
import { consoleLang, formProblem } from "../../../i18n/console";
import { auditMessages } from "../../../i18n/console/audit";

/** The month's matching audit events as a CSV file a spreadsheet opens (the export is itself audited). */
export const GET: APIRoute = async ({ url, cookies }) => {
  const lang = consoleLang(cookies, url);
  const a = auditMessages(lang);
  try {
    const [{ month, events }, users] = await Promise.all([
      Audit.exportRows({
        month: url.searchParams.get("month") || undefined,
        action: (url.searchParams.get("action") || undefined) as Audit.Action | undefined,
        actorId: url.searchParams.get("actor") || undefined,
      }),
      User.list(),
    ]);
    const rowOf = auditRows(lang, new Map(users.map((user) => [user.userId, user])));
    const c = a.columns;
    const rows = events.map((event) => {
      const row = rowOf(event);
      return [row.at, row.actor, row.role, row.action, row.subject, row.why, row.ip];
    });
    return new Response(toCsv([c.at, c.actor, c.role, c.action, c.subject, c.why, c.ip], rows), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="cunjing-audit-${month}.csv"`,
      },
    });
  } catch (error) {
    const problem = formProblem(lang, error);
    return new Response(problem.message, {
      status: problem.status,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
};
