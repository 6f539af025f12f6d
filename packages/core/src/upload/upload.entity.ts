import { Entity } from "electrodb";
import { entityConfig, service } from "../db/entity";

export const uploadPurposes = ["photo", "qr", "logo", "cover"] as const;

/**
 * An image upload of a county: begun (a place to put the bytes was handed out), then completed
 * (checked, resized, published under `media/`). Expires by TTL; the published files stay.
 */
export const UploadEntity = new Entity(
  {
    model: { entity: "upload", version: "1", service },
    attributes: {
      countyId: { type: "string", required: true, readOnly: true },
      uploadId: { type: "string", required: true, readOnly: true },
      purpose: { type: uploadPurposes, required: true, readOnly: true },
      actorId: { type: "string", required: true, readOnly: true },
      status: { type: ["pending", "done"] as const, required: true, default: "pending" },
      /** The address of the main published variant, once done. */
      url: { type: "string" },
      expiresAt: { type: "number", required: true, readOnly: true },
      createdAt: { type: "number", required: true, readOnly: true, default: () => Date.now() },
    },
    indexes: {
      byId: {
        pk: { field: "pk", composite: ["countyId", "uploadId"] },
        sk: { field: "sk", composite: [] },
      },
    },
  },
  entityConfig,
);
