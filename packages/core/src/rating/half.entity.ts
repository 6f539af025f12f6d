import { Entity } from "electrodb";
import { entityConfig, service } from "../db/entity";

const sum = { type: "number", required: true, default: 0 } as const;

/**
 * An officer's ratings of one half-year (`2026-h2`, by the day submitted, Asia/Shanghai), kept by
 * `ADD` in the rating's own transaction: what the excellent-village evaluation and the evidence
 * panel read, without going through ratings. Verified contacts are summed on their own, because
 * the programme's satisfaction figure counts only residents the officer really served.
 */
export const RatingHalfEntity = new Entity(
  {
    model: { entity: "ratinghalf", version: "1", service },
    attributes: {
      countyId: { type: "string", required: true, readOnly: true },
      scope: { type: "string", required: true, readOnly: true },
      period: { type: "string", required: true, readOnly: true },
      count: sum,
      overall: sum,
      verified: sum,
      verifiedOverall: sum,
    },
    indexes: {
      byScope: {
        pk: { field: "pk", composite: ["countyId", "scope"] },
        sk: { field: "sk", composite: ["period"] },
      },
    },
  },
  entityConfig,
);

/** `2026-h1` / `2026-h2`: the half-year key of a `Counter.HalfYear`. */
export const periodOf = (half: { year: number; half: 1 | 2 }) => `${half.year}-h${half.half}`;
