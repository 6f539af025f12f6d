import { createHash } from "node:crypto";
import type { EntityItem } from "electrodb";
import * as z from "zod";
import { useActor, useCounty } from "../actor";
import { Audit } from "../audit/index";
import { db } from "../db/service";
import { useStorage } from "../upload/storage";
import { ConflictError, InputError, NotFoundError } from "../util/errors";
import { fn } from "../util/fn";
import { createId } from "../util/id";
import { bytes, id } from "../util/schemas";
import { ApplyFailed, execute, RollbackIncomplete } from "./apply";
import { headerRow, type ImportKind } from "./columns";
import { csvBytes, maxFileBytes, parseCsv } from "./csv";
import { decodeCsv } from "./decode";
import { exportRows } from "./export";
import { importKinds, type ImportJobEntity } from "./job.entity";
import { planGrids } from "./kinds/grids";
import { planOfficers } from "./kinds/officers";
import { planPrecincts } from "./kinds/precincts";
import { planVillages } from "./kinds/villages";
import { loadPinyin } from "../village/pinyin";
import { markCountyOpen } from "../county/open";
import { Plan, readRows, type Planner, type RowError } from "./plan";
import { readSnapshot } from "./snapshot";

const planners: Record<ImportKind, Planner> = {
  precincts: planPrecincts,
  villages: planVillages,
  grids: planGrids,
  officers: planOfficers,
};
const jobLifetimeSeconds = 14 * 24 * 3600;
/** A job left `running` this long (a crashed server) may be applied again. */
const staleRunMs = 15 * 60 * 1000;

const kind = z.enum(importKinds);
const lang = z.enum(["zh", "en"]).default("zh");
/** The file: bytes, or base64 text for JSON clients (the API). */
const content = z.union([
  bytes,
  z
    .string()
    .max(Math.ceil(maxFileBytes / 3) * 4, "The file is larger than 5 MB")
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, "Send the file as base64")
    .transform((text) => new Uint8Array(Buffer.from(text, "base64"))),
]);

/**
 * CSV onboarding of precincts, villages, grid cells and officers. `dryRun` checks a file against
 * the county and keeps it; `apply` checks it again and writes it all or nothing; applying the same
 * file again changes nothing (rows match existing records by natural key).
 */
export namespace Import {
  export type Job = EntityItem<typeof ImportJobEntity>;
  export type Kind = ImportKind;
  export type Report = {
    jobId: string;
    kind: ImportKind;
    fileName: string;
    encoding: string;
    status: Job["status"];
    rows: number;
    creates: number;
    updates: number;
    unchanged: number;
    /** Every problem found, by row and column. Empty when the file can be applied. */
    errors: RowError[];
  };

  const tooLarge = () =>
    new InputError("import.too_large", "The file is larger than 5 MB", { file: ["The file is larger than 5 MB"] });
  const notFound = () => new NotFoundError("import.not_found", "No such import");

  /** Reads and plans a file against the county as it is now. */
  async function check(kindOf: ImportKind, bytes: Uint8Array, countyId: string) {
    if (bytes.byteLength > maxFileBytes) throw tooLarge();
    const { text, encoding } = decodeCsv(bytes);
    const { header, records } = parseCsv(text);
    const plan = new Plan(kindOf, countyId);
    const rows = readRows(plan, header, records);
    if (rows.length) {
      planners[kindOf](rows, plan, await readSnapshot(countyId, kindOf === "grids"), await loadPinyin());
    }
    plan.errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    return { plan, encoding, rows: rows.length };
  }

  function reportOf(job: Job, plan: Plan, rows: number): Report {
    return {
      jobId: job.jobId,
      kind: job.kind,
      fileName: job.fileName,
      encoding: job.encoding,
      status: job.status,
      rows,
      creates: plan.creates,
      updates: plan.updates,
      unchanged: plan.unchanged,
      errors: plan.errors,
    };
  }

  const fileKey = (countyId: string, jobId: string) => `imports/${countyId}/${jobId}.csv`;

  /** Checks a file and keeps it for `apply`; writes nothing of the county. */
  export const dryRun = fn(
    { county_admin: "county" },
    z.object({ kind, fileName: z.string().trim().min(1).max(200).default("import.csv"), content }),
    async (input) => {
      const actor = useActor();
      const countyId = useCounty();
      const { plan, encoding, rows } = await check(input.kind, input.content, countyId);
      const jobId = createId();
      const key = fileKey(countyId, jobId);
      await useStorage().put(key, input.content, "text/csv");
      const { data: job } = await db.entities.importJob
        .create({
          countyId,
          jobId,
          kind: input.kind,
          fileName: input.fileName,
          fileKey: key,
          sha256: createHash("sha256").update(input.content).digest("hex"),
          encoding,
          actorId: actor.type === "user" ? actor.properties.userId : actor.type,
          startedAt: new Date().toISOString(),
          status: "checked",
          rows,
          errorCount: plan.errors.length,
          creates: plan.creates,
          updates: plan.updates,
          unchanged: plan.unchanged,
          expiresAt: Math.floor(Date.now() / 1000) + jobLifetimeSeconds,
        })
        .go();
      return reportOf(job as Job, plan, rows);
    },
  );

  async function getJob(jobId: string): Promise<Job> {
    const { data } = await db.entities.importJob.get({ countyId: useCounty(), jobId }).go();
    if (!data) throw notFound();
    return data;
  }

  async function fileOf(job: Job): Promise<Uint8Array> {
    const bytes = await useStorage().get(job.fileKey, maxFileBytes);
    if (bytes === "too_large") throw tooLarge();
    if (!bytes) throw notFound();
    return bytes;
  }

  /** The job's full report, computed again from its file against the county as it is now. */
  export const report = fn({ county_admin: "county" }, z.object({ jobId: id }), async ({ jobId }) => {
    const job = await getJob(jobId);
    const { plan, rows } = await check(job.kind, await fileOf(job), job.countyId);
    return reportOf(job, plan, rows);
  });

  /**
   * Checks the kept file again and, if it has no problem, writes it: all of it, or (after a
   * failure anywhere) none of it. Returns the report; `status` says what happened.
   */
  export const apply = fn({ county_admin: "county" }, z.object({ jobId: id }), async ({ jobId }) => {
    const countyId = useCounty();
    const job = await getJob(jobId);
    const staleBefore = Date.now() - staleRunMs;
    const started = await db.entities.importJob
      .patch({ countyId, jobId })
      .set({ status: "running", written: 0, writes: 0 })
      .where((a, op) => `(${op.ne(a.status, "running")} OR ${op.lt(a.updatedAt, staleBefore)})`)
      .go()
      .then(() => true)
      .catch((error: { cause?: { name?: string } }) => {
        if (error.cause?.name === "ConditionalCheckFailedException") return false;
        throw error;
      });
    if (!started) throw new ConflictError("import.running", "This file is being applied already");

    const finish = (status: Job["status"], extra: Partial<Job> = {}) =>
      db.entities.importJob
        .patch({ countyId, jobId })
        .set({ status, ...extra })
        .go();
    let plan: Plan;
    let rows: number;
    try {
      ({ plan, rows } = await check(job.kind, await fileOf(job), countyId));
    } catch (error) {
      await finish("checked");
      throw error;
    }
    const figures = {
      rows,
      errorCount: plan.errors.length,
      creates: plan.creates,
      updates: plan.updates,
      unchanged: plan.unchanged,
    };
    if (plan.errors.length) {
      await finish("checked", figures);
      return reportOf({ ...job, status: "checked" }, plan, rows);
    }
    await db.entities.importJob
      .patch({ countyId, jobId })
      .set({ ...figures, writes: plan.ops.length })
      .go();
    try {
      await execute(
        plan.ops,
        async (written) => void (await db.entities.importJob.patch({ countyId, jobId }).set({ written }).go()),
        (left) =>
          useStorage().put(
            `imports/${countyId}/${jobId}.undo.json`,
            new TextEncoder().encode(JSON.stringify(left)),
            "application/json",
          ),
      );
    } catch (error) {
      if (error instanceof RollbackIncomplete) {
        await finish("failed", { failure: "import.rollback_incomplete" });
        throw new ConflictError(
          "import.rollback_incomplete",
          "The import failed and could not be fully undone; apply the same file again to complete it, or contact support",
        );
      }
      const failed = error instanceof ApplyFailed ? error : new ApplyFailed("fault", undefined, error);
      const code = failed.reason === "changed" ? "import.changed_meanwhile" : "import.failed";
      await finish("rolled_back", { failure: code, ...(failed.row ? { failedRow: failed.row } : {}) });
      await Audit.record({ countyId, action: "import.rolled_back", subject: jobId, detail: { kind: job.kind, code } });
      throw failed.reason === "changed"
        ? new ConflictError(
            code,
            `Row ${failed.row ?? "?"} changed in the county meanwhile; nothing was imported. Check the file again.`,
          )
        : new ConflictError(code, "The import failed; nothing was imported. Try again in a moment.");
    }
    await finish("applied", { written: plan.ops.length });
    if (job.kind === "villages" && plan.creates) await markCountyOpen(countyId);
    await Audit.record({
      countyId,
      action: "import.applied",
      subject: jobId,
      detail: { kind: job.kind, rows, creates: plan.creates, updates: plan.updates, writes: plan.ops.length },
    });
    return reportOf({ ...job, status: "applied" }, plan, rows);
  });

  /** A job: its figures and, during an apply, its progress (the progress bar polls this). */
  export const progress = fn({ county_admin: "county" }, z.object({ jobId: id }), async ({ jobId }) => {
    const { fileKey: _file, ...job } = await getJob(jobId);
    return job;
  });

  /** The county's recent imports, newest first. */
  export const recent = fn({ county_admin: "county" }, z.void(), async () => {
    const { data } = await db.entities.importJob.query
      .recent({ countyId: useCounty() })
      .go({ order: "desc", limit: 20 });
    return data;
  });

  /** An empty file with the kind's header, UTF-8 with a byte-order mark so Excel reads it right. */
  export const template = fn({ county_admin: "county" }, z.object({ kind, lang }), async (input) => {
    return csvBytes([headerRow(input.kind, input.lang)]);
  });

  /** The county's current records in the import format (formulas escaped), to edit and import again. */
  export const exportCsv = fn({ county_admin: "county" }, z.object({ kind, lang }), async (input) => {
    const rows = exportRows(input.kind, await readSnapshot(useCounty(), input.kind === "grids"), input.lang);
    return csvBytes([headerRow(input.kind, input.lang), ...rows]);
  });
}
