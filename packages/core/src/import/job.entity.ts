import { Entity } from "electrodb";
import { entityConfig, service, timestamps } from "../db/entity";

export const importKinds = ["precincts", "villages", "grids", "officers"] as const;
export const importStatuses = ["checked", "running", "applied", "rolled_back", "failed"] as const;

/**
 * One CSV file checked (dry run) and perhaps applied. The file itself is kept in storage under
 * `fileKey`; the job carries the report's figures and the progress of an apply. Expires by TTL.
 */
export const ImportJobEntity = new Entity(
  {
    model: { entity: "importJob", version: "1", service },
    attributes: {
      countyId: { type: "string", required: true, readOnly: true },
      jobId: { type: "string", required: true, readOnly: true },
      kind: { type: importKinds, required: true, readOnly: true },
      fileName: { type: "string", required: true, readOnly: true },
      fileKey: { type: "string", required: true, readOnly: true },
      sha256: { type: "string", required: true, readOnly: true },
      encoding: { type: "string", required: true, readOnly: true },
      actorId: { type: "string", required: true, readOnly: true },
      startedAt: { type: "string", required: true, readOnly: true },
      status: { type: importStatuses, required: true },
      rows: { type: "number", required: true },
      errorCount: { type: "number", required: true },
      creates: { type: "number", required: true },
      updates: { type: "number", required: true },
      unchanged: { type: "number", required: true },
      /** Writes an apply makes, and how many of them are done (the progress bar). */
      writes: { type: "number", required: true, default: 0 },
      written: { type: "number", required: true, default: 0 },
      /** The dotted code of the failure, when an apply failed. */
      failure: { type: "string" },
      failedRow: { type: "number" },
      expiresAt: { type: "number", required: true },
      ...timestamps,
    },
    indexes: {
      byId: {
        pk: { field: "pk", composite: ["countyId", "jobId"] },
        sk: { field: "sk", composite: [] },
      },
      recent: {
        index: "gsi2",
        pk: { field: "gsi2pk", composite: ["countyId"] },
        sk: { field: "gsi2sk", composite: ["startedAt", "jobId"] },
      },
    },
  },
  entityConfig,
);
