import { Api as HttpApi, use, type StackContext } from "sst/constructs";
import { Database, tableItemAccess } from "./Database";

/** The route the tRPC Lambda serves; CloudFront forwards `/api/*` on the site's domain to this API. */
export const TRPC_ROUTE = "ANY /api/trpc/{proxy+}";
export const TRPC_HANDLER = "packages/functions/src/api/handler.handler";

export function Api({ stack }: StackContext) {
  const { table } = use(Database);

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
          nodejs: { minify: true },
          environment: { TABLE_NAME: table.tableName },
          bind: [tableItemAccess(table)],
        },
      },
    },
  });

  stack.addOutputs({ ApiUrl: api.url });
  return { api };
}
