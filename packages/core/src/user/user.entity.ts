import { Entity } from "electrodb";
import { roles } from "../actor";
import { entityConfig, service, timestamps } from "../db/entity";

/** Platform admins belong to no county; their items live under this tenant key. */
export const platformTenant = "platform";

export const UserEntity = new Entity(
  {
    model: { entity: "user", version: "1", service },
    attributes: {
      countyId: { type: "string", required: true, readOnly: true },
      userId: { type: "string", required: true, readOnly: true },
      username: { type: "string", required: true, readOnly: true },
      displayName: { type: "string", required: true },
      passwordHash: { type: "string", required: true },
      role: { type: roles, required: true },
      precinctId: { type: "string" },
      officerId: { type: "string" },
      status: { type: ["active", "disabled"] as const, required: true, default: "active" },
      ...timestamps,
    },
    indexes: {
      byId: {
        pk: { field: "pk", composite: ["countyId"] },
        sk: { field: "sk", composite: ["userId"] },
      },
      byUsername: {
        index: "gsi1",
        pk: { field: "gsi1pk", composite: ["countyId"] },
        sk: { field: "gsi1sk", composite: ["username"] },
      },
    },
  },
  entityConfig,
);
