import { Entity } from "electrodb";
import { entityConfig, service } from "../db/entity";

const sum = { type: "number", required: true, default: 0 } as const;

/** The figures a rating adds, kept by `ADD` in the rating's own transaction. */
export const summaryAttributes = {
  count: sum,
  overall: sum,
  responsiveness: sum,
  courtesy: sum,
  solvedYes: sum,
  solvedPartly: sum,
  solvedNo: sum,
  verified: sum,
  /** Weights (a verified contact weighs more) and the overall score times its weight. */
  weight: sum,
  weightedOverall: sum,
};

/**
 * An officer's rating aggregate. It lives in the officer's scope partition and sorts after the
 * daily counters (`$ratingsummary…` > `$counter…`), so the officer page's one Query reads it.
 */
export const RatingSummaryEntity = new Entity(
  {
    model: { entity: "ratingsummary", version: "1", service },
    attributes: {
      countyId: { type: "string", required: true, readOnly: true },
      scope: { type: "string", required: true, readOnly: true },
      ...summaryAttributes,
    },
    indexes: {
      byScope: {
        pk: { field: "pk", composite: ["countyId", "scope"] },
        sk: { field: "sk", composite: [] },
      },
    },
  },
  entityConfig,
);

/**
 * The county-wide aggregate: the prior of every officer's public score. It belongs to the county's
 * roster collection, so the roster Query every portal page makes already reads it.
 */
export const RatingCountyEntity = new Entity(
  {
    model: { entity: "ratingcounty", version: "1", service },
    attributes: {
      countyId: { type: "string", required: true, readOnly: true },
      ...summaryAttributes,
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
