import { Import } from "@cunjing/core/import/index";
import { mutation, query, queryMapped, router } from "../trpc";

/**
 * CSV files travel as base64 in JSON; templates and exports come back as text (with a BOM).
 * `commit` applies a checked file (tRPC reserves the name `apply`).
 */
const text = (bytes: Uint8Array) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);

export const importRouter = router({
  dryRun: mutation(Import.dryRun),
  commit: mutation(Import.apply),
  progress: query(Import.progress),
  report: query(Import.report),
  recent: query(Import.recent),
  template: queryMapped(Import.template, text),
  export: queryMapped(Import.exportCsv, text),
});
