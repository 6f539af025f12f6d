import { Entity } from "electrodb";
import { entityConfig, service, timestamps } from "../db/entity";

/** The defaults a county starts from (its own criteria replace them once saved). */
export const defaultCriteria = {
  /** Lowest average overall score (1–5) from verified contacts with the village's officer. */
  minSatisfaction: 4,
  /** Fewest verified ratings in the half-year for the average to count. */
  minVerifiedRatings: 3,
  /** Share (percent) of the half-year's weeks with at least one work-log entry in the village. */
  minCoverage: 80,
  /** A hazard follow-up still open after this many days disqualifies the village. */
  maxHazardDays: 30,
} as const;

/**
 * A county's excellent-village criteria, the latest half-year it evaluated and that half-year's
 * progress (villages evaluated, decided excellent). It belongs to the county's roster collection,
 * so the county page's roster Query already reads the progress: no extra request.
 */
export const ExcellenceCriteriaEntity = new Entity(
  {
    model: { entity: "excellencecriteria", version: "1", service },
    attributes: {
      countyId: { type: "string", required: true, readOnly: true },
      minSatisfaction: { type: "number", required: true },
      minVerifiedRatings: { type: "number", required: true },
      minCoverage: { type: "number", required: true },
      maxHazardDays: { type: "number", required: true },
      lastPeriod: { type: "string" },
      /** Villages evaluated and decided excellent in `lastPeriod`, kept with every evaluation and decision. */
      villages: { type: "number" },
      decided: { type: "number" },
      excellent: { type: "number" },
      ...timestamps,
    },
    indexes: {
      byCounty: {
        collection: "roster",
        pk: { field: "pk", composite: ["countyId"] },
        sk: { field: "sk", composite: [] },
      },
    },
  },
  entityConfig,
);

export const decisions = ["pending", "confirmed", "overridden"] as const;

/**
 * One village's evaluation for one half-year: the figures it was judged on, whether it meets the
 * criteria, and the county admin's decision (confirmed as computed, or overridden with a reason).
 * A half-year's results share a partition, so the public list and the progress figure are one Query.
 */
export const ExcellenceResultEntity = new Entity(
  {
    model: { entity: "excellenceresult", version: "1", service },
    attributes: {
      countyId: { type: "string", required: true, readOnly: true },
      period: { type: "string", required: true, readOnly: true },
      villageId: { type: "string", required: true, readOnly: true },
      precinctId: { type: "string", required: true },
      nameZh: { type: "string", required: true },
      nameEn: { type: "string", required: true },
      officerId: { type: "string" },
      weeks: { type: "number", required: true },
      weeksWorked: { type: "number", required: true },
      coverage: { type: "number", required: true },
      verifiedRatings: { type: "number", required: true },
      satisfaction: { type: "number" },
      staleHazards: { type: "number", required: true },
      meets: { type: "boolean", required: true },
      /** The criteria it misses: coverage, ratings, satisfaction, hazards, officer. */
      misses: { type: "list", items: { type: "string" }, required: true },
      decision: { type: decisions, required: true, default: "pending" },
      /** The final word: as computed once confirmed, the admin's when overridden. */
      excellent: { type: "boolean", required: true },
      reason: { type: "string" },
      decidedBy: { type: "string" },
      decidedAt: { type: "number" },
      evaluatedAt: { type: "number", required: true },
      ...timestamps,
    },
    indexes: {
      byPeriod: {
        pk: { field: "pk", composite: ["countyId", "period"] },
        sk: { field: "sk", composite: ["villageId"] },
      },
    },
  },
  entityConfig,
);
