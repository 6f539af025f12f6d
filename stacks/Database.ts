import { Table, type StackContext } from "sst/constructs";
import type { BindingResource } from "sst/constructs/util/binding.js";
import { sstTableProps } from "../packages/core/src/db/table";
import { isProtectedStage } from "./stage";

/**
 * The item-level actions request handlers need: reads, writes, queries (table and indexes),
 * batches and the condition checks of TransactWriteItems. Transactions have no IAM actions of their
 * own; they are authorised per item by these. Deliberately absent: `Scan`, PartiQL, table
 * management, streams.
 */
export const TABLE_ITEM_ACTIONS = [
  "dynamodb:GetItem",
  "dynamodb:BatchGetItem",
  "dynamodb:Query",
  "dynamodb:PutItem",
  "dynamodb:UpdateItem",
  "dynamodb:DeleteItem",
  "dynamodb:BatchWriteItem",
  "dynamodb:ConditionCheckItem",
] as const;

export function Database({ stack, app }: StackContext) {
  const table = new Table(stack, "table", {
    // Key schema, GSIs, TTL and stream come from the one definition the local runtime also uses.
    // SST's Table adds on-demand billing and point-in-time recovery by default.
    ...sstTableProps(),
    cdk: {
      table: {
        deletionProtection: isProtectedStage(app.stage),
      },
    },
  });

  stack.addOutputs({ TableName: table.tableName });
  return { table };
}

/**
 * Binding for a function that reads and writes items. SST's plain `bind: [table]` grants
 * `dynamodb:*` on the table; this keeps the binding (and its env/SSM parameter) but narrows the
 * policy to `TABLE_ITEM_ACTIONS` on the table and its indexes.
 */
export function tableItemAccess(table: Table): BindingResource {
  return {
    resource: table,
    permissions: [
      {
        actions: [...TABLE_ITEM_ACTIONS],
        resources: [table.tableArn, `${table.tableArn}/index/*`],
      },
    ],
  };
}
