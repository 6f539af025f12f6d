import { Entity } from "electrodb";
import { entityConfig, service } from "../db/entity";

/**
 * A one-time rating code issued from a logged contact. Keyed by a hash of the code (the code itself
 * is never stored), bound to the officer who logged the contact, used once, expiring after 14 days.
 */
export const RatingCodeEntity = new Entity(
  {
    model: { entity: "ratingcode", version: "1", service },
    attributes: {
      countyId: { type: "string", required: true, readOnly: true },
      codeHash: { type: "string", required: true, readOnly: true },
      officerId: { type: "string", required: true, readOnly: true },
      entryId: { type: "string", required: true, readOnly: true },
      /** The keyed hash of the phone the code was sent to: the rating then shows in that phone's records. */
      phoneHash: { type: "string", readOnly: true },
      /** Epoch ms; `expiresAt` (seconds) lets DynamoDB delete it later. */
      validUntil: { type: "number", required: true, readOnly: true },
      usedAt: { type: "number" },
      ratingId: { type: "string" },
      expiresAt: { type: "number", required: true, readOnly: true },
    },
    indexes: {
      byHash: {
        pk: { field: "pk", composite: ["countyId", "codeHash"] },
        sk: { field: "sk", composite: [] },
      },
    },
  },
  entityConfig,
);

/**
 * One-time passwords for open ratings and bookings (5 minutes, 5 attempts; see `resident/otp.ts`) and the per-phone claims that allow
 * one rating per phone and officer in 30 days. Phones appear only as keyed hashes.
 */
export const RatingOtpEntity = new Entity(
  {
    model: { entity: "ratingotp", version: "1", service },
    attributes: {
      countyId: { type: "string", required: true, readOnly: true },
      otpId: { type: "string", required: true, readOnly: true },
      /** The officer a rating or booking code is bound to; absent for a resident's own records. */
      officerId: { type: "string", readOnly: true },
      /** What the code may prove (absent on older codes: a rating). */
      purpose: { type: ["rating", "booking", "records"] as const, readOnly: true },
      phoneHash: { type: "string", required: true, readOnly: true },
      otpHash: { type: "string", required: true, readOnly: true },
      attempts: { type: "number", required: true, default: 0 },
      validUntil: { type: "number", required: true, readOnly: true },
      verifiedAt: { type: "number" },
      usedAt: { type: "number" },
      expiresAt: { type: "number", required: true, readOnly: true },
    },
    indexes: {
      byId: {
        pk: { field: "pk", composite: ["countyId", "otpId"] },
        sk: { field: "sk", composite: [] },
      },
    },
  },
  entityConfig,
);

export const RatingPhoneClaimEntity = new Entity(
  {
    model: { entity: "ratingphone", version: "1", service },
    attributes: {
      countyId: { type: "string", required: true, readOnly: true },
      phoneHash: { type: "string", required: true, readOnly: true },
      officerId: { type: "string", required: true, readOnly: true },
      until: { type: "number", required: true },
      expiresAt: { type: "number", required: true },
    },
    indexes: {
      byPhone: {
        pk: { field: "pk", composite: ["countyId", "phoneHash", "officerId"] },
        sk: { field: "sk", composite: [] },
      },
    },
  },
  entityConfig,
);
