import { ArnPrincipal, PolicyStatement, Role } from "aws-cdk-lib/aws-iam";
import { Api as HttpApi, use, type StackContext } from "sst/constructs";
import { Database, TABLE_ITEM_ACTIONS, tableItemAccess } from "./Database";
import { Keys, piiKeyUse } from "./Keys";
import { alertQueueSend, Events } from "./Events";
import { TENANT_LEADING_KEYS, TENANT_TAG } from "../packages/core/src/db/tenant-credentials";
import { SECRET_LOADER_BANNER, Secrets } from "./Secrets";
import { BUCKET_OBJECT_ACTIONS, Storage } from "./Storage";

/** The route the tRPC Lambda serves; CloudFront forwards `/api/*` on the site's domain to this API. */
export const TRPC_ROUTE = "ANY /api/trpc/{proxy+}";
export const TRPC_HANDLER = "packages/functions/src/api/handler.handler";

export { TENANT_LEADING_KEYS, TENANT_TAG };

export function Api({ stack }: StackContext) {
  const { table } = use(Database);
  const { bucket } = use(Storage);
  const { piiKey } = use(Keys);
  const { phoneHashSecret, webhookSigningKey } = use(Secrets);
  const { alerts } = use(Events);

  const api = new HttpApi(stack, "api", {
    routes: {
      [TRPC_ROUTE]: {
        function: {
          handler: TRPC_HANDLER,
          runtime: "nodejs22.x",
          architecture: "arm_64",
          memorySize: "1024 MB",
          timeout: "10 seconds",
          // Bundle budget (DESIGN §5) is for the minified bundle; SST keeps names (esbuild keepNames).
          nodejs: { minify: true, banner: SECRET_LOADER_BANNER },
          environment: {
            TABLE_NAME: table.tableName,
            BUCKET_NAME: bucket.bucketName,
            PII_KEY_ARN: piiKey.keyArn,
            ALERT_QUEUE_URL: alerts.queueUrl,
          },
          // The webhook key: county admins read their county's derived signing key in the console.
          bind: [tableItemAccess(table), phoneHashSecret, webhookSigningKey],
        },
      },
    },
  });
  const fn = api.getFunction(TRPC_ROUTE)!;
  fn.attachPermissions([
    new PolicyStatement({ actions: [...BUCKET_OBJECT_ACTIONS], resources: [`${bucket.bucketArn}/*`] }),
    piiKeyUse(piiKey.keyArn),
    alertQueueSend(alerts.queueArn),
  ]);

  // Tenant-scoped credentials (DESIGN §2 "Production isolation"): the API assumes this role per
  // county with a session tag, and the tag confines every item action to that county's partitions.
  const tenantRole = new Role(stack, "TenantRole", {
    description: "Cunjing API: DynamoDB item access confined to one county (session tag countyId)",
    assumedBy: new ArnPrincipal(fn.role!.roleArn),
  });
  // Tagging the session is allowed only with the one tag key, and it must be non-empty.
  tenantRole.assumeRolePolicy!.addStatements(
    new PolicyStatement({
      actions: ["sts:TagSession"],
      principals: [new ArnPrincipal(fn.role!.roleArn)],
      conditions: {
        "ForAllValues:StringEquals": { "aws:TagKeys": [TENANT_TAG] },
        StringLike: { [`aws:RequestTag/${TENANT_TAG}`]: "?*" },
        // Belt and braces to the runtime check: no wildcard or variable characters in the tag.
        StringNotLike: { [`aws:RequestTag/${TENANT_TAG}`]: ["*${*}*", "*${?}*", "*${$}*"] },
      },
    }),
  );
  tenantRole.addToPolicy(
    new PolicyStatement({
      actions: [...TABLE_ITEM_ACTIONS],
      resources: [table.tableArn, `${table.tableArn}/index/*`],
      conditions: { "ForAllValues:StringLike": { "dynamodb:LeadingKeys": [...TENANT_LEADING_KEYS] } },
    }),
  );
  fn.attachPermissions([
    new PolicyStatement({ actions: ["sts:AssumeRole", "sts:TagSession"], resources: [tenantRole.roleArn] }),
  ]);
  fn.addEnvironment("TENANT_ROLE_ARN", tenantRole.roleArn);

  stack.addOutputs({ ApiUrl: api.url, TenantRoleArn: tenantRole.roleArn });
  return { api, apiFunction: fn, tenantRole };
}
