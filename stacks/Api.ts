import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import { Api as HttpApi, use, type StackContext } from "sst/constructs";
import { Database, tableItemAccess } from "./Database";
import { Keys, piiKeyUse } from "./Keys";
import { alertQueueSend, Events } from "./Events";
import { TENANT_LEADING_KEYS, TENANT_TAG } from "../packages/core/src/db/tenant-credentials";
import { SECRET_LOADER_BANNER, Secrets } from "./Secrets";
import { BUCKET_OBJECT_ACTIONS, Storage } from "./Storage";
import { siteDomainFor } from "./stage";
import { tenantRoleFor } from "./tenant-role";

/** The route the tRPC Lambda serves; CloudFront forwards `/api/*` on the site's domain to this API. */
export const TRPC_ROUTE = "ANY /api/trpc/{proxy+}";
export const TRPC_HANDLER = "packages/functions/src/api/handler.handler";

export { TENANT_LEADING_KEYS, TENANT_TAG };

export function Api({ stack, app }: StackContext) {
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
          // Splitting: modules loaded by `import()` (pinyin dictionary, S3, STS) become chunks that a
          // cold start does not evaluate.
          nodejs: { minify: true, splitting: true, banner: SECRET_LOADER_BANNER },
          environment: {
            TABLE_NAME: table.tableName,
            BUCKET_NAME: bucket.bucketName,
            PII_KEY_ARN: piiKey.keyArn,
            ALERT_QUEUE_URL: alerts.queueUrl,
            // The origin check compares writes with the site's domain when the stage has one.
            ...(siteDomainFor(app.stage) ? { SITE_URL: `https://${siteDomainFor(app.stage)}` } : {}),
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

  // Tenant-scoped credentials: the API assumes this role per county for every request with a county.
  const tenantRole = tenantRoleFor(stack, "TenantRole", fn, table, "API");

  stack.addOutputs({ ApiUrl: api.url, TenantRoleArn: tenantRole.roleArn });
  return { api, apiFunction: fn, tenantRole };
}
