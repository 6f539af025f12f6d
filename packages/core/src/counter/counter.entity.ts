import { Entity } from "electrodb";
import { entityConfig, service } from "../db/entity";

/** The programme's work categories, in the order the programme reports them. */
export const categories = [
  "opinion",
  "hazard",
  "patrol_team",
  "dispute",
  "help",
  "visit",
  "deed",
  "grid_check",
  "publicity",
  "team",
] as const;
export type Category = (typeof categories)[number];

const count = { type: "number" } as const;

/**
 * Daily work figures of one scope: one item per (county, scope, day). Each category is a top-level
 * number so that writers can use DynamoDB `ADD` on it inside the work-log transaction, e.g.
 * `counter.update({ countyId, scope, day }).add({ visit: 1 }).commit()`. Write through ElectroDB so
 * the item carries its entity identifiers; readers ignore items without them.
 *
 * Scopes: `county`, `precinct:<id>`, `village:<id>`, `officer:<id>` (see `Counter.scope`).
 * Days: `YYYY-MM-DD` in Asia/Shanghai (see `Counter.dayOf`).
 *
 * The partition of a scope also holds what the public portal shows about it (`feature` items,
 * sorted after the counters), so a portal page reads both with one Query (`Feature.forScope`).
 */
export const CounterEntity = new Entity(
  {
    model: { entity: "counter", version: "1", service },
    attributes: {
      countyId: { type: "string", required: true, readOnly: true },
      scope: { type: "string", required: true, readOnly: true },
      day: { type: "string", required: true, readOnly: true },
      opinion: count,
      hazard: count,
      patrol_team: count,
      dispute: count,
      help: count,
      visit: count,
      deed: count,
      grid_check: count,
      publicity: count,
      team: count,
      /** Hazards marked eliminated that day (the `hazard` figure counts hazards found). */
      hazard_eliminated: count,
      /** Appointments (see `appointment/figures.ts`): requested that day, and closed that day by outcome. */
      appt_booked: count,
      appt_done: count,
      appt_no_show: count,
      appt_declined: count,
      appt_cancelled: count,
      /** Bookings of that day by days until the appointment (0, 1, 2, 3–4, 5–7, 8–14, later). */
      appt_wait_0: count,
      appt_wait_1: count,
      appt_wait_2: count,
      appt_wait_4: count,
      appt_wait_7: count,
      appt_wait_14: count,
      appt_wait_more: count,
    },
    indexes: {
      byScope: {
        pk: { field: "pk", composite: ["countyId", "scope"] },
        sk: { field: "sk", composite: ["day"] },
      },
    },
  },
  entityConfig,
);
