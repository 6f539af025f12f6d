import { Entity } from "electrodb";
import { entityConfig, service } from "../db/entity";

export const recordKinds = ["registration", "booking", "rating"] as const;
export type RecordKind = (typeof recordKinds)[number];

/**
 * What one phone (its keyed hash) left in a county: a pointer to each registration, booking and
 * rating, written in the same transaction as the record and removed with it, so a resident's own
 * records are one Query away. It expires with the record it points to.
 */
export const ResidentRecordEntity = new Entity(
  {
    model: { entity: "residentrecord", version: "1", service },
    attributes: {
      countyId: { type: "string", required: true, readOnly: true },
      phoneHash: { type: "string", required: true, readOnly: true },
      kind: { type: recordKinds, required: true, readOnly: true },
      recordId: { type: "string", required: true, readOnly: true },
      at: { type: "number", required: true, readOnly: true },
      expiresAt: { type: "number" },
    },
    indexes: {
      byPhone: {
        pk: { field: "pk", composite: ["countyId", "phoneHash"] },
        sk: { field: "sk", composite: ["kind", "recordId"] },
      },
    },
  },
  entityConfig,
);

/**
 * A resident's short pass to their own records after a phone check: only a hash of the pass is
 * kept, bound to the county and the phone's keyed hash, for 15 minutes.
 */
export const ResidentPassEntity = new Entity(
  {
    model: { entity: "residentpass", version: "1", service },
    attributes: {
      countyId: { type: "string", required: true, readOnly: true },
      passHash: { type: "string", required: true, readOnly: true },
      phoneHash: { type: "string", required: true, readOnly: true },
      phoneMasked: { type: "string", required: true, readOnly: true },
      validUntil: { type: "number", required: true, readOnly: true },
      expiresAt: { type: "number", required: true, readOnly: true },
    },
    indexes: {
      byHash: {
        pk: { field: "pk", composite: ["countyId", "passHash"] },
        sk: { field: "sk", composite: [] },
      },
    },
  },
  entityConfig,
);
