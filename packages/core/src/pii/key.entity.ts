import { Entity } from "electrodb";
import { entityConfig, service } from "../db/entity";

/**
 * A county's PII data key, stored only wrapped: by the KMS key in production, by the local key file
 * elsewhere. One item per county and key version (and one `lookup` key for keyed hashes, which never rotates); the plaintext key lives in process memory only.
 */
export const PiiKeyEntity = new Entity(
  {
    model: { entity: "piiKey", version: "1", service },
    attributes: {
      countyId: { type: "string", required: true, readOnly: true },
      /** Constant `pii`: keeps the key ring out of the county's roster partition. */
      ring: { type: "string", required: true, readOnly: true, default: "pii" },
      keyVersion: { type: "string", required: true, readOnly: true },
      /** Which wrapper holds the key: `kms` or `local`. */
      wrapper: { type: ["kms", "local"] as const, required: true, readOnly: true },
      wrapped: { type: "string", required: true, readOnly: true },
      createdAt: { type: "number", required: true, readOnly: true, default: () => Date.now() },
      /** `retired` once a rotation's re-wrap left nothing sealed under it; kept so nothing becomes unreadable. */
      status: { type: ["active", "retired"] as const },
      retiredAt: { type: "number" },
    },
    indexes: {
      byCounty: {
        pk: { field: "pk", composite: ["countyId", "ring"] },
        sk: { field: "sk", composite: ["keyVersion"] },
      },
    },
  },
  entityConfig,
);
