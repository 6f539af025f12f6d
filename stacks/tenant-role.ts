import { ArnPrincipal, PolicyStatement, Role } from "aws-cdk-lib/aws-iam";
import type { Function as CdkFunction } from "aws-cdk-lib/aws-lambda";
import type { Table } from "sst/constructs";
import type { Construct } from "constructs";
import { TENANT_LEADING_KEYS, TENANT_TAG } from "../packages/core/src/db/tenant-credentials";
import { TABLE_ITEM_ACTIONS } from "./Database";

/**
 * Tenant-scoped credentials (DESIGN §2 "Production isolation") for one function: a role that only
 * that function may assume, only with the `countyId` session tag, and whose DynamoDB item actions
 * are confined by `dynamodb:LeadingKeys` to the tagged county's partitions. Core's client
 * (`packages/core/src/db/client.ts`) assumes it per county for every request with a county.
 */
export function tenantRoleFor(scope: Construct, id: string, fn: CdkFunction, table: Table, purpose: string): Role {
  const principal = new ArnPrincipal(fn.role!.roleArn);
  const role = new Role(scope, id, {
    description: `Cunjing ${purpose}: DynamoDB item access confined to one county (session tag countyId)`,
    assumedBy: principal,
  });
  // Tagging the session is allowed only with the one tag key, and it must be non-empty.
  role.assumeRolePolicy!.addStatements(
    new PolicyStatement({
      actions: ["sts:TagSession"],
      principals: [principal],
      conditions: {
        "ForAllValues:StringEquals": { "aws:TagKeys": [TENANT_TAG] },
        StringLike: { [`aws:RequestTag/${TENANT_TAG}`]: "?*" },
        // Belt and braces to the runtime check: no wildcard or variable characters in the tag.
        StringNotLike: { [`aws:RequestTag/${TENANT_TAG}`]: ["*${*}*", "*${?}*", "*${$}*"] },
      },
    }),
  );
  role.addToPolicy(
    new PolicyStatement({
      actions: [...TABLE_ITEM_ACTIONS],
      resources: [table.tableArn, `${table.tableArn}/index/*`],
      conditions: { "ForAllValues:StringLike": { "dynamodb:LeadingKeys": [...TENANT_LEADING_KEYS] } },
    }),
  );
  fn.addToRolePolicy(new PolicyStatement({ actions: ["sts:AssumeRole", "sts:TagSession"], resources: [role.roleArn] }));
  fn.addEnvironment("TENANT_ROLE_ARN", role.roleArn);
  return role;
}
