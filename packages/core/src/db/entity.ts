import { documentClient, tableName } from "./client";

/** Shared ElectroDB configuration: every entity lives in the one table. */
export const entityConfig = { table: tableName(), client: documentClient };

export const service = "cunjing";

/** Timestamps kept by ElectroDB on every write. */
export const timestamps = {
  createdAt: {
    type: "number",
    readOnly: true,
    required: true,
    default: () => Date.now(),
    set: () => Date.now(),
  },
  updatedAt: {
    type: "number",
    required: true,
    watch: "*",
    default: () => Date.now(),
    set: () => Date.now(),
  },
} as const;
