import { Config, type StackContext } from "sst/constructs";

/**
 * Secrets live in SSM Parameter Store (SecureString) under SST's path for the stage; set them with
 * `npx sst secrets set <NAME> <value> --stage <stage>` before the first deploy (see docs/DEPLOYMENT.md).
 *
 * Binding a secret to a function grants `ssm:GetParameters` on that one parameter (and its
 * fallback) and sets `SST_Secret_value_<NAME>=__FETCH_FROM_SSM__`; `SECRET_LOADER_BANNER` (below),
 * prepended to the bound functions' bundles, resolves those placeholders into `process.env.<NAME>`
 * at cold start, which is where core reads them (e.g. `CUNJING_PHONE_HASH_SECRET`, see
 * packages/core/src/rating/secret.ts). Locally the same variables come from `.env.local`.
 */
export function Secrets({ stack }: StackContext) {
  /**
   * Pepper for session-token hashes. Bound to nothing yet: sessions are stored as plain SHA-256 keys
   * today (core/auth/session.ts); the session module binds it (API and SSR) when it adopts a pepper.
   */
  const sessionPepper = new Config.Secret(stack, "CUNJING_SESSION_PEPPER");
  /** Master key of the per-county phone HMAC (ratings). Bound to API and SSR. */
  const phoneHashSecret = new Config.Secret(stack, "CUNJING_PHONE_HASH_SECRET");
  /**
   * Signs outgoing alert webhooks (a key per county derived from it). Bound to the alert consumer,
   * and to the API and SSR functions, where county admins read their county's signing key.
   */
  const webhookSigningKey = new Config.Secret(stack, "CUNJING_WEBHOOK_SIGNING_KEY");
  return { sessionPepper, phoneHashSecret, webhookSigningKey };
}

/**
 * ESM banner for functions with bound secrets: fetches every `SST_Secret_value_<NAME>` placeholder
 * from SSM (stage path, then SST's `.fallback` path) with the AWS SDK that the Lambda runtime ships,
 * and sets `process.env.<NAME>`. A secret that is not set stops the cold start with a clear message
 * instead of failing later inside a request. Does nothing when no placeholder is present (locally,
 * and in the offline smoke test of scripts/synth.ts). SST's own ESM banner defines `require`.
 */
export const SECRET_LOADER_BANNER = `await (async () => {
  const prefix = "SST_Secret_value_";
  const names = Object.keys(process.env).filter((k) => k.startsWith(prefix) && process.env[k] === "__FETCH_FROM_SSM__").map((k) => k.slice(prefix.length));
  if (names.length === 0) return;
  const { SSMClient, GetParametersCommand } = require("@aws-sdk/client-ssm");
  const ssm = new SSMClient({});
  const found = new Map();
  const paths = [(n) => \`\${process.env.SST_SSM_PREFIX}Secret/\${n}/value\`, (n) => \`/sst/\${process.env.SST_APP}/.fallback/Secret/\${n}/value\`];
  for (const path of paths) {
    const wanted = names.filter((n) => !found.has(n));
    for (let i = 0; i < wanted.length; i += 10) {
      const batch = wanted.slice(i, i + 10);
      const result = await ssm.send(new GetParametersCommand({ Names: batch.map(path), WithDecryption: true }));
      for (const p of result.Parameters ?? []) found.set(batch.find((n) => path(n) === p.Name), p.Value);
    }
  }
  const missing = names.filter((n) => !found.has(n));
  if (missing.length) throw new Error("Secrets not set for this stage: " + missing.join(", ") + " (npx sst secrets set <NAME> <value> --stage <stage>)");
  for (const n of names) process.env[n] = found.get(n);
})();`;
