import { Entity } from "electrodb";
import { entityConfig, service, timestamps } from "../db/entity";

export const solvedValues = ["yes", "partly", "no"] as const;
export const praiseStates = ["none", "pending", "approved", "rejected"] as const;
export const complaintStates = ["open", "in_progress", "resolved"] as const;
/** Where a rating waits for its precinct's supervisor: praise to moderate, a complaint to handle, or nothing. */
export const queues = ["praise", "complaint", "done"] as const;

/**
 * One resident's rating of an officer. The id doubles as the reference code a resident keeps to
 * check a complaint. Praise text stays here, unpublished, until the supervisor approves it; then a
 * `ratingPraise` item is written to the officer's partition, where the public page reads it.
 */
export const RatingEntity = new Entity(
  {
    model: { entity: "rating", version: "1", service },
    attributes: {
      countyId: { type: "string", required: true, readOnly: true },
      ratingId: { type: "string", required: true, readOnly: true },
      officerId: { type: "string", required: true, readOnly: true },
      precinctId: { type: "string", required: true, readOnly: true },
      overall: { type: "number", required: true, readOnly: true },
      responsiveness: { type: "number", required: true, readOnly: true },
      courtesy: { type: "number", required: true, readOnly: true },
      solved: { type: solvedValues, required: true, readOnly: true },
      verified: { type: "boolean", required: true, readOnly: true },
      /** "王先生" or absent (anonymous resident). */
      signedAs: { type: "string", readOnly: true },
      text: { type: "string" },
      flags: { type: "list", items: { type: "string" } },
      praiseState: { type: praiseStates, required: true },
      rejectReason: { type: "string" },
      reply: { type: "string" },
      complaint: { type: "boolean", required: true, readOnly: true },
      complaintState: { type: complaintStates },
      complaintNote: { type: "string" },
      queue: { type: queues, required: true },
      /** Sort key of the queues; repeated here because ElectroDB rebuilds a key from all its parts. */
      submittedAt: { type: "number", required: true },
      moderatedBy: { type: "string" },
      ...timestamps,
    },
    indexes: {
      byId: {
        pk: { field: "pk", composite: ["countyId", "ratingId"] },
        sk: { field: "sk", composite: [] },
      },
      byPrecinctQueue: {
        index: "gsi1",
        pk: { field: "gsi1pk", composite: ["countyId", "precinctId"] },
        sk: { field: "gsi1sk", composite: ["queue", "submittedAt"] },
      },
      byOfficer: {
        index: "gsi2",
        pk: { field: "gsi2pk", composite: ["countyId", "officerId"] },
        sk: { field: "gsi2sk", composite: ["submittedAt"] },
      },
    },
  },
  entityConfig,
);
