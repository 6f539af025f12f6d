import { Entity } from "electrodb";
import { entityConfig, service } from "../db/entity";

const count = { type: "number" } as const;

/**
 * Daily intake figures for the county dashboard, moved with `ADD` in the same transaction as the
 * change they count: one item per (county, day, village); the county's figures are their sum. One
 * Query over a range of days reads every village's figures.
 */
export const IntakeCounterEntity = new Entity(
  {
    model: { entity: "intakeCounter", version: "1", service },
    attributes: {
      countyId: { type: "string", required: true, readOnly: true },
      /** Constant `intake`: its own partition, apart from the work counters' scopes. */
      board: { type: "string", required: true, readOnly: true, default: "intake" },
      day: { type: "string", required: true, readOnly: true },
      /** The village id. */
      place: { type: "string", required: true, readOnly: true },
      submissions: count,
      alerts: count,
      delivered: count,
      deadLettered: count,
    },
    indexes: {
      byDay: {
        pk: { field: "pk", composite: ["countyId", "board"] },
        sk: { field: "sk", composite: ["day", "place"] },
      },
    },
  },
  entityConfig,
);
