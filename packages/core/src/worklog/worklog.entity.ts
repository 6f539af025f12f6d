import { Entity } from "electrodb";
import { categories } from "../counter/counter.entity";
import { entityConfig, service, timestamps } from "../db/entity";
import { hazardStates } from "./kinds";

/**
 * One entry of an officer's work. Counted in its day's counters (county, precinct, village and
 * officer scopes) in the same transaction that writes it.
 */
export const WorkLogEntity = new Entity(
  {
    model: { entity: "worklog", version: "1", service },
    attributes: {
      countyId: { type: "string", required: true, readOnly: true },
      entryId: { type: "string", required: true, readOnly: true },
      officerId: { type: "string", required: true, readOnly: true },
      precinctId: { type: "string", required: true },
      villageId: { type: "string", required: true },
      gridId: { type: "string" },
      category: { type: categories, required: true },
      /** Epoch milliseconds. */
      occurredAt: { type: "number", required: true },
      /** `occurredAt` as a day in Asia/Shanghai: the counter bucket. */
      day: { type: "string", required: true },
      details: { type: "any", required: true },
      hazardState: { type: hazardStates },
      /** The day a hazard was marked eliminated (counted as `hazard_eliminated` that day). */
      eliminatedOn: { type: "string" },
      notes: { type: "string" },
      photoUrl: { type: "string" },
      createdBy: { type: "string", required: true, readOnly: true },
      version: { type: "number", required: true, default: 1 },
      ...timestamps,
    },
    indexes: {
      byId: {
        pk: { field: "pk", composite: ["countyId", "entryId"] },
        sk: { field: "sk", composite: [] },
      },
      byOfficer: {
        index: "gsi1",
        pk: { field: "gsi1pk", composite: ["countyId", "officerId"] },
        sk: { field: "gsi1sk", composite: ["occurredAt", "entryId"] },
      },
      byVillage: {
        index: "gsi2",
        pk: { field: "gsi2pk", composite: ["countyId", "villageId"] },
        sk: { field: "gsi2sk", composite: ["occurredAt", "entryId"] },
      },
    },
  },
  entityConfig,
);
