import { Import } from "@cunjing/core/import/index";
import { procedure, router } from "../trpc";

/**
 * CSV files travel as base64 in JSON; templates and exports come back as text (with a BOM).
 * `commit` applies a checked file (tRPC reserves the name `apply`).
 */
const text = (bytes: Uint8Array) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);

export const importRouter = router({
  dryRun: procedure.input(Import.dryRun.schema).mutation(({ input }) => Import.dryRun(input)),
  commit: procedure.input(Import.apply.schema).mutation(({ input }) => Import.apply(input)),
  progress: procedure.input(Import.progress.schema).query(({ input }) => Import.progress(input)),
  report: procedure.input(Import.report.schema).query(({ input }) => Import.report(input)),
  recent: procedure.query(() => Import.recent()),
  template: procedure.input(Import.template.schema).query(async ({ input }) => text(await Import.template(input))),
  export: procedure.input(Import.exportCsv.schema).query(async ({ input }) => text(await Import.exportCsv(input))),
});
