import { Entity } from "electrodb";
import { entityConfig, service, timestamps } from "../db/entity";

/** Kinds of red-alert rule; more kinds can sit beside `origin_region` under their own key. */
export const ruleKinds = ["origin_region"] as const;

/**
 * A county's risk-list entry: arrivals from a region (a province, city or county code, matched as a
 * prefix of the resident's origin) whose arrival day falls between `from` and `to` (inclusive;
 * open-ended without `to`).
 */
export const AlertRuleEntity = new Entity(
  {
    model: { entity: "alertRule", version: "1", service },
    attributes: {
      countyId: { type: "string", required: true, readOnly: true },
      kind: { type: ruleKinds, required: true, readOnly: true },
      ruleId: { type: "string", required: true, readOnly: true },
      regionCode: { type: "string", required: true, readOnly: true },
      from: { type: "string", required: true },
      to: { type: "string" },
      note: { type: "string" },
      status: { type: ["active", "retired"] as const, required: true, default: "active" },
      createdBy: { type: "string", required: true, readOnly: true },
      ...timestamps,
    },
    indexes: {
      byKind: {
        pk: { field: "pk", composite: ["countyId", "kind"] },
        sk: { field: "sk", composite: ["ruleId"] },
      },
    },
  },
  entityConfig,
);

/** Where a county's health department receives alerts. */
export const AlertHookEntity = new Entity(
  {
    model: { entity: "alertHook", version: "1", service },
    attributes: {
      countyId: { type: "string", required: true, readOnly: true },
      /** Constant `hook`. */
      setting: { type: "string", required: true, readOnly: true, default: "hook" },
      url: { type: "string", required: true },
      changedBy: { type: "string", required: true },
      ...timestamps,
    },
    indexes: {
      byCounty: {
        pk: { field: "pk", composite: ["countyId", "setting"] },
        sk: { field: "sk", composite: [] },
      },
    },
  },
  entityConfig,
);
