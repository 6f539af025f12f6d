import { Entity } from "electrodb";
import { entityConfig, service, timestamps } from "../db/entity";

export const purposes = ["arrival", "rental", "floating_population"] as const;
export const formStatuses = ["active", "paused", "closed"] as const;

/**
 * A QR intake form of one village (or one grid of it). Its id is the public token in the QR code's
 * address (`/{county}/intake/{formId}`); the county comes from the address, so a token only opens
 * forms of that county.
 */
export const IntakeFormEntity = new Entity(
  {
    model: { entity: "intakeForm", version: "1", service },
    attributes: {
      countyId: { type: "string", required: true, readOnly: true },
      formId: { type: "string", required: true, readOnly: true },
      /** Constant `forms`: all of a county's forms under one index partition, newest first. */
      list: { type: "string", required: true, readOnly: true, default: "forms" },
      purpose: { type: purposes, required: true, readOnly: true },
      villageId: { type: "string", required: true, readOnly: true },
      precinctId: { type: "string", required: true, readOnly: true },
      gridId: { type: "string", readOnly: true },
      titleZh: { type: "string", required: true },
      titleEn: { type: "string" },
      /** County-defined questions beyond the fixed core fields (at most 5). */
      extraFields: {
        type: "list",
        required: true,
        default: () => [],
        items: {
          type: "map",
          properties: {
            key: { type: "string", required: true },
            labelZh: { type: "string", required: true },
            labelEn: { type: "string" },
            required: { type: "boolean", required: true },
          },
        },
      },
      status: { type: formStatuses, required: true, default: "active" },
      createdBy: { type: "string", required: true, readOnly: true },
      openedAt: { type: "number", required: true, readOnly: true },
      ...timestamps,
    },
    indexes: {
      byId: {
        pk: { field: "pk", composite: ["countyId", "formId"] },
        sk: { field: "sk", composite: [] },
      },
      byCounty: {
        index: "gsi1",
        pk: { field: "gsi1pk", composite: ["countyId", "list"] },
        sk: { field: "gsi1sk", composite: ["openedAt", "formId"] },
      },
    },
  },
  entityConfig,
);
