import { Entity } from "electrodb";
import { entityConfig, service, timestamps } from "../db/entity";

export const rotationStatuses = ["running", "finished"] as const;

/**
 * The head of a county's key ring, beside its `piiKey` items: the data-key version new writes seal
 * under, the re-wrap of the last rotation with its progress and resume point, and the webhook
 * signing key's generation with the overlap during which the previous one still signs. Absent for a
 * county that never rotated: version 1, generation 1.
 */
export const KeyRingEntity = new Entity(
  {
    model: { entity: "keyRing", version: "1", service },
    attributes: {
      countyId: { type: "string", required: true, readOnly: true },
      ring: { type: "string", required: true, readOnly: true, default: "pii" },
      currentVersion: { type: "string", required: true, default: "1" },
      /** The last rotation: from → to, its re-wrap's progress and where a resumed run continues. */
      rotation: {
        type: "map",
        properties: {
          rotationId: { type: "string", required: true },
          from: { type: "string", required: true },
          to: { type: "string", required: true },
          status: { type: rotationStatuses, required: true },
          startedAt: { type: "number", required: true },
          finishedAt: { type: "number" },
          actorId: { type: "string", required: true },
          total: { type: "number", required: true },
          done: { type: "number", required: true },
          rewrapped: { type: "number", required: true },
          pass: { type: "number", required: true },
          passStartedAt: { type: "number", required: true },
          /** Position in the current pass: source, partition and the query cursor. */
          source: { type: "number", required: true },
          partition: { type: "number", required: true },
          cursor: { type: "string" },
          /** Items the current pass re-wrapped so far: a pass with none ends the job. */
          passRewrapped: { type: "number", required: true },
        },
      },
      webhookGeneration: { type: "number", required: true, default: 1 },
      webhookPrevious: { type: "number" },
      /** Until when (ms) deliveries also carry the previous generation's signature. */
      webhookOverlapEndsAt: { type: "number" },
      webhookRotatedAt: { type: "number" },
      ...timestamps,
    },
    indexes: {
      byCounty: {
        pk: { field: "pk", composite: ["countyId", "ring"] },
        sk: { field: "sk", composite: [] },
      },
    },
  },
  entityConfig,
);
