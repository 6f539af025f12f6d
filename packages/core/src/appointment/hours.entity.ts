import { Entity } from "electrodb";
import { entityConfig, service } from "../db/entity";

/**
 * An officer's weekly desk hours in one village (坐班), and the slot length there. Lives in the
 * officer's availability partition with the exceptions, so one Query reads both.
 */
export const DeskHoursEntity = new Entity(
  {
    model: { entity: "deskhours", version: "1", service },
    attributes: {
      countyId: { type: "string", required: true, readOnly: true },
      officerId: { type: "string", required: true, readOnly: true },
      villageId: { type: "string", required: true, readOnly: true },
      slotMinutes: { type: "number", required: true, default: 20 },
      /** ISO weekday (1 = Monday) and `HH:mm` times in Asia/Shanghai. */
      weekly: {
        type: "list",
        required: true,
        items: {
          type: "map",
          properties: {
            weekday: { type: "number", required: true },
            start: { type: "string", required: true },
            end: { type: "string", required: true },
          },
        },
      },
      updatedAt: { type: "number", required: true, default: () => Date.now(), set: () => Date.now() },
    },
    indexes: {
      byOfficer: {
        collection: "availability",
        pk: { field: "pk", composite: ["countyId", "officerId"] },
        sk: { field: "sk", composite: ["villageId"] },
      },
    },
  },
  entityConfig,
);

export const exceptionKinds = ["leave", "duty_elsewhere"] as const;

/** Days an officer holds no desk hours anywhere: leave, or duty elsewhere (inclusive range). */
export const DeskExceptionEntity = new Entity(
  {
    model: { entity: "deskexception", version: "1", service },
    attributes: {
      countyId: { type: "string", required: true, readOnly: true },
      officerId: { type: "string", required: true, readOnly: true },
      exceptionId: { type: "string", required: true, readOnly: true },
      from: { type: "string", required: true, readOnly: true },
      to: { type: "string", required: true, readOnly: true },
      kind: { type: exceptionKinds, required: true, readOnly: true },
      note: { type: "string", readOnly: true },
      expiresAt: { type: "number", required: true, readOnly: true },
    },
    indexes: {
      byOfficer: {
        collection: "availability",
        pk: { field: "pk", composite: ["countyId", "officerId"] },
        sk: { field: "sk", composite: ["exceptionId"] },
      },
    },
  },
  entityConfig,
);
