import { Entity } from "electrodb";
import { roles } from "../actor";
import { entityConfig, service } from "../db/entity";

/** A one-time invitation; the key is a SHA-256 of the token in the link. Expires by TTL too. */
export const InvitationEntity = new Entity(
  {
    model: { entity: "invitation", version: "1", service },
    attributes: {
      tokenKey: { type: "string", required: true, readOnly: true },
      countyId: { type: "string", required: true, readOnly: true },
      username: { type: "string", required: true, readOnly: true },
      displayName: { type: "string", required: true, readOnly: true },
      role: { type: roles, required: true, readOnly: true },
      precinctId: { type: "string", readOnly: true },
      officerId: { type: "string", readOnly: true },
      invitedBy: { type: "string", required: true, readOnly: true },
      expiresAt: { type: "number", required: true, readOnly: true },
      usedAt: { type: "number" },
      createdAt: { type: "number", required: true, readOnly: true, default: () => Date.now() },
    },
    indexes: {
      byToken: {
        pk: { field: "pk", composite: ["tokenKey"] },
        sk: { field: "sk", composite: [] },
      },
    },
  },
  entityConfig,
);
