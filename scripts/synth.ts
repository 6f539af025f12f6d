/**
 * Offline CloudFormation synthesis of the SST app, then a check of what came out.
 *
 *   npm run synth [-- --stage dev|prod|…] [--out .build/cdk.out] [--skip-web-build]
 *
 * `sst build` cannot do this without AWS credentials (it calls STS first, and with telemetry on it
 * exits 0 without writing anything). Here SST runs in its test mode (NODE_ENV=test), which skips the
 * STS/bootstrap look-ups and the site build, so this script builds the site itself first, exactly
 * as `sst deploy` would (Web's buildCommand in packages/web), then synthesises every stack of
 * sst.config.ts and verifies the templates. Exit code 1 and a FAILED banner if anything is missing.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

process.env.NODE_ENV = "test";
process.env.SST_TELEMETRY_DISABLED = "1";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);

const { values: args } = parseArgs({
  options: {
    stage: { type: "string", default: "dev" },
    out: { type: "string", default: ".build/cdk.out" },
    "skip-web-build": { type: "boolean", default: false },
  },
});
const stage = args.stage;
const outdir = path.resolve(root, args.out);

function fail(problems: string[]): never {
  console.error(`\n✗ SYNTH FAILED (stage ${stage})`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}

// The infra tests point the Web stack at a fixture through this variable; synthesis uses the real site.
delete process.env.CUNJING_WEB_PATH;
delete process.env.CUNJING_SHARP_LAYER_DIR;

const { WEB_BUILD_COMMAND, webSitePath } = await import("../stacks/Web");
const sitePath = path.resolve(root, webSitePath());
const buildMetaFile = path.join(sitePath, "dist", "sst.buildMeta.json");

if (!args["skip-web-build"]) {
  console.log(`→ building the site: (cd ${path.relative(root, sitePath)} && ${WEB_BUILD_COMMAND})`);
  const started = Date.now();
  const build = spawnSync(WEB_BUILD_COMMAND, {
    cwd: sitePath,
    shell: true,
    stdio: "inherit",
    // As SST's own site build: SST=1 and the site's (non-token) environment.
    env: { ...process.env, SST: "1", NODE_ENV: "production" },
  });
  if (build.status !== 0) fail([`site build exited with ${build.status ?? build.signal}`]);
  if (!existsSync(buildMetaFile) || statSync(buildMetaFile).mtimeMs < started - 1000) {
    fail([`${path.relative(root, buildMetaFile)} was not written: is ASTRO_ADAPTER=sst selecting astro-sst?`]);
  }
} else if (!existsSync(buildMetaFile)) {
  fail([`--skip-web-build, but ${path.relative(root, buildMetaFile)} is missing`]);
}

console.log(`→ synthesising stage "${stage}" into ${path.relative(root, outdir)}`);
const { initProject, useProject } = await import("sst/project.js");
await initProject({ stage });
process.env.NODE_ENV = "test"; // initProject loads .env files with override; stay in SST's offline mode
const project = useProject().config;
const { App } = await import("sst/constructs");
const { default: config } = await import("../sst.config");

rmSync(outdir, { recursive: true, force: true });
const app = new App(
  { mode: "deploy", stage, name: project.name, region: project.region },
  { outdir, context: { "aws:cdk:enable-path-metadata": false } },
);
await config.stacks(app);
await app.finish();
app.synth();

// ---- verification -------------------------------------------------------------------------------

type Resource = { Type: string; Properties?: Record<string, any> };
type TemplateJson = { Resources?: Record<string, Resource>; Outputs?: Record<string, unknown> };

const templateFiles = existsSync(outdir)
  ? readdirSync(outdir)
      .filter((f) => f.endsWith(".template.json"))
      .sort()
  : [];
if (templateFiles.length === 0) fail([`no *.template.json in ${outdir}`]);

const templates = new Map<string, TemplateJson>(
  templateFiles.map((f) => [
    f.replace(/\.template\.json$/, ""),
    JSON.parse(readFileSync(path.join(outdir, f), "utf8")),
  ]),
);
const all = [...templates.values()].flatMap((t) => Object.values(t.Resources ?? {}));
const ofType = (type: string) => all.filter((r) => r.Type === type);
const problems: string[] = [];
const check = (ok: unknown, message: string) => {
  if (!ok) problems.push(message);
};

const { tableDefinition } = await import("../packages/core/src/db/table");
const { TRPC_HANDLER, TRPC_ROUTE } = await import("../stacks/Api");
const { API_PATH_PATTERN, MEDIA_PATH_PATTERN } = await import("../stacks/Web");

const STACK_NAMES = ["Secrets", "Database", "Keys", "Storage", "Events", "Api", "Web", "Alarms"];
for (const name of STACK_NAMES) {
  check(templates.has(`${stage}-${project.name}-${name}`), `stack ${stage}-${project.name}-${name} not synthesised`);
}

// The table
const tables = ofType("AWS::DynamoDB::Table");
check(tables.length === 1, `expected 1 DynamoDB table, found ${tables.length}`);
const table = tables[0]?.Properties ?? {};
check(
  JSON.stringify(table.KeySchema) ===
    JSON.stringify([
      { AttributeName: tableDefinition.partitionKey, KeyType: "HASH" },
      { AttributeName: tableDefinition.sortKey, KeyType: "RANGE" },
    ]),
  "table key schema is not pk/sk",
);
for (const [indexName, index] of Object.entries(tableDefinition.globalIndexes)) {
  const gsi = (table.GlobalSecondaryIndexes ?? []).find((g: any) => g.IndexName === indexName);
  check(
    gsi &&
      gsi.KeySchema?.[0]?.AttributeName === index.partitionKey &&
      gsi.KeySchema?.[1]?.AttributeName === index.sortKey,
    `GSI ${indexName} (${index.partitionKey}/${index.sortKey}) missing or wrong`,
  );
}
check(
  table.TimeToLiveSpecification?.AttributeName === tableDefinition.timeToLiveAttribute &&
    table.TimeToLiveSpecification?.Enabled === true,
  `TTL on ${tableDefinition.timeToLiveAttribute} missing`,
);
check(table.StreamSpecification?.StreamViewType === tableDefinition.stream, "stream NEW_AND_OLD_IMAGES missing");
check(table.PointInTimeRecoverySpecification?.PointInTimeRecoveryEnabled === true, "PITR is off");
check(table.BillingMode === "PAY_PER_REQUEST", "table is not on-demand");

// The API Lambda and route
const functions = ofType("AWS::Lambda::Function");
const apiFn = functions.find((f) => f.Properties?.Handler === TRPC_HANDLER);
check(apiFn, `no Lambda with handler ${TRPC_HANDLER}`);
check(
  apiFn?.Properties?.Runtime === "nodejs22.x",
  `API Lambda runtime is ${apiFn?.Properties?.Runtime}, not nodejs22.x`,
);
check(apiFn?.Properties?.Architectures?.[0] === "arm64", "API Lambda is not arm64");
check(apiFn?.Properties?.Environment?.Variables?.TABLE_NAME, "API Lambda has no TABLE_NAME");
check(
  ofType("AWS::ApiGatewayV2::Route").some((r) => r.Properties?.RouteKey === TRPC_ROUTE),
  `no HTTP API route ${TRPC_ROUTE}`,
);

// The site
const ssrFn = functions.find((f) => f.Properties?.Description === "Server handler for Astro");
check(ssrFn, "no Astro SSR Lambda");
check(
  ssrFn?.Properties?.Runtime === "nodejs22.x",
  `SSR Lambda runtime is ${ssrFn?.Properties?.Runtime}, not nodejs22.x`,
);
check((ssrFn?.Properties?.Layers ?? []).length === 1, "SSR Lambda has no sharp layer");
const sharpLayer = ofType("AWS::Lambda::LayerVersion")[0];
const sharpAsset = path.join(
  outdir,
  `asset.${String(sharpLayer?.Properties?.Content?.S3Key ?? "").replace(/\.zip$/, "")}`,
);
for (const pkg of ["sharp", "@img/sharp-linux-x64", "@img/sharp-libvips-linux-x64"]) {
  check(existsSync(path.join(sharpAsset, "nodejs", "node_modules", pkg, "package.json")), `sharp layer lacks ${pkg}`);
}
const distributions = ofType("AWS::CloudFront::Distribution");
check(distributions.length === 1, `expected 1 CloudFront distribution, found ${distributions.length}`);
check(
  (distributions[0]?.Properties?.DistributionConfig?.CacheBehaviors ?? []).some(
    (b: any) => b.PathPattern === API_PATH_PATTERN,
  ),
  `distribution has no ${API_PATH_PATTERN} behaviour`,
);

check(
  (distributions[0]?.Properties?.DistributionConfig?.CacheBehaviors ?? []).some(
    (b: any) => b.PathPattern === MEDIA_PATH_PATTERN,
  ),
  `distribution has no ${MEDIA_PATH_PATTERN} behaviour (published images from the bucket)`,
);
check(
  !distributions[0]?.Properties?.DistributionConfig?.CustomErrorResponses,
  "distribution has custom error responses: CloudFront would replace API error bodies with HTML",
);

// Storage: private bucket, PUT-only CORS, lifecycle
const { BUCKET_OBJECT_ACTIONS, EXPIRING_PREFIXES } = await import("../stacks/Storage");
const buckets = ofType("AWS::S3::Bucket").filter((b) => b.Properties?.CorsConfiguration);
check(buckets.length === 1, `expected 1 upload bucket (with CORS), found ${buckets.length}`);
const bucket = buckets[0]?.Properties ?? {};
check(
  Object.values(bucket.PublicAccessBlockConfiguration ?? {}).length === 4 &&
    Object.values(bucket.PublicAccessBlockConfiguration ?? {}).every((v) => v === true),
  "upload bucket does not block all public access",
);
check(
  (bucket.CorsConfiguration?.CorsRules ?? []).every((r: any) => JSON.stringify(r.AllowedMethods) === '["PUT"]'),
  "upload bucket CORS allows more than PUT",
);
const rules = bucket.LifecycleConfiguration?.Rules ?? [];
check(
  rules.some((r: any) => r.AbortIncompleteMultipartUpload),
  "no lifecycle rule aborting incomplete uploads",
);
for (const prefix of EXPIRING_PREFIXES) {
  check(
    rules.some((r: any) => r.Prefix === prefix && r.ExpirationInDays),
    `no lifecycle rule expiring ${prefix}`,
  );
}

// Keys: the PII key rotates
const keys = ofType("AWS::KMS::Key");
check(keys.length === 1 && keys[0]?.Properties?.EnableKeyRotation === true, "PII KMS key missing or not rotating");

// Events: alert queue with DLQ redrive, daily recount cron
const queues = ofType("AWS::SQS::Queue");
check(queues.length === 2, `expected the alert queue and its DLQ, found ${queues.length} queues`);
check(
  queues.some((q) => q.Properties?.RedrivePolicy?.maxReceiveCount),
  "alert queue has no redrive to a DLQ",
);
const { RECOUNT_HANDLER, RECOUNT_SCHEDULE } = await import("../stacks/Events");
check(
  ofType("AWS::Events::Rule").some((r) => r.Properties?.ScheduleExpression === RECOUNT_SCHEDULE),
  `no schedule ${RECOUNT_SCHEDULE}`,
);

// Alarms and their topic
const alarmNames = ofType("AWS::CloudWatch::Alarm").map((a) => String(a.Properties?.AlarmName ?? ""));
for (const suffix of [
  "api-5xx-rate",
  "api-errors",
  "api-throttles",
  "ssr-errors",
  "ssr-throttles",
  "recount-errors",
  "recount-throttles",
  "alert-delivery-errors",
  "alert-delivery-throttles",
  "table-throttles",
  "alerts-dlq-depth",
  "counter-drift",
]) {
  check(alarmNames.includes(`${stage}-${project.name}-${suffix}`), `alarm ${suffix} missing`);
}
check(ofType("AWS::SNS::Topic").length === 1, "no alarm SNS topic");
check(
  ofType("AWS::CloudWatch::Alarm").every((a) => (a.Properties?.AlarmActions ?? []).length > 0),
  "an alarm notifies nobody",
);

// Least privilege on DynamoDB
const actions = [...ofType("AWS::IAM::Policy"), ...ofType("AWS::IAM::Role")].flatMap((r) =>
  [r.Properties?.PolicyDocument, ...(r.Properties?.Policies ?? []).map((p: any) => p.PolicyDocument)]
    .filter(Boolean)
    .flatMap((doc: any) => doc.Statement)
    .flatMap((s: any) => (Array.isArray(s.Action) ? s.Action : [s.Action])),
);
const broad = actions.filter(
  (a: string) =>
    a === "*" || a === "dynamodb:*" || a === "dynamodb:Scan" || a === "kms:*" || a === "sqs:*" || a === "sts:*",
);
check(broad.length === 0, `IAM grants ${[...new Set(broad)].join(", ")}`);

// Per function: every action its role may take (printed below, checked here)
const { TABLE_ITEM_ACTIONS } = await import("../stacks/Database");
const { PII_KEY_ACTIONS } = await import("../stacks/Keys");
const { TENANT_LEADING_KEYS } = await import("../packages/core/src/db/tenant-credentials");
const allResources = [...templates.values()].flatMap((t) => Object.entries(t.Resources ?? {}));
function roleActions(fn: Resource | undefined): string[] {
  const roleId = fn?.Properties?.Role?.["Fn::GetAtt"]?.[0];
  return [
    ...new Set(
      allResources
        .filter(
          ([, r]) => r.Type === "AWS::IAM::Policy" && (r.Properties?.Roles ?? []).some((x: any) => x.Ref === roleId),
        )
        .flatMap(([, r]) => r.Properties!.PolicyDocument.Statement)
        .flatMap((st: any) => (Array.isArray(st.Action) ? st.Action : [st.Action])),
    ),
  ].sort() as string[];
}
const recountFn = functions.find((f) => f.Properties?.Handler === RECOUNT_HANDLER);
check(recountFn?.Properties?.Runtime === "nodejs22.x", `recount Lambda missing or not nodejs22.x`);
const remindersFn = functions.find((f) => f.Properties?.Handler === "packages/functions/src/events/reminders.handler");
check(remindersFn?.Properties?.Runtime === "nodejs22.x", `reminders Lambda missing or not nodejs22.x`);
const perFunction: Array<[string, Resource | undefined, string[]]> = [
  [
    "API",
    apiFn,
    [
      ...TABLE_ITEM_ACTIONS,
      ...BUCKET_OBJECT_ACTIONS,
      ...PII_KEY_ACTIONS,
      "sts:AssumeRole",
      "sts:TagSession",
      "ssm:GetParameters",
    ],
  ],
  ["SSR", ssrFn, [...TABLE_ITEM_ACTIONS, ...BUCKET_OBJECT_ACTIONS, ...PII_KEY_ACTIONS, "ssm:GetParameters"]],
  ["recount", recountFn, ["dynamodb:Query"]],
  ["reminders", remindersFn, [...TABLE_ITEM_ACTIONS, "ssm:GetParameters"]],
];
for (const [label, fn, required] of perFunction) {
  const granted = roleActions(fn);
  for (const action of required) check(granted.includes(action), `${label} lacks ${action}`);
  const dynamo = granted.filter((a) => a.startsWith("dynamodb:"));
  const unexpected = dynamo.filter((a) => !required.includes(a));
  check(unexpected.length === 0, `${label} has unexpected DynamoDB actions ${unexpected.join(", ")}`);
}
check(!roleActions(recountFn).some((a) => /^(s3|kms|sts|ssm|sqs):/.test(a)), "recount has more than table reads");

// The tenant roles (API's and site's): LeadingKeys on the county prefix
const leading = allResources
  .filter(([id, r]) => r.Type === "AWS::IAM::Policy" && /^(Site)?TenantRole/.test(id))
  .flatMap(([, r]) => r.Properties!.PolicyDocument.Statement)
  .map((st: any) => st.Condition?.["ForAllValues:StringLike"]?.["dynamodb:LeadingKeys"]);
check(
  leading.length === 2 && leading.every((keys) => JSON.stringify(keys) === JSON.stringify(TENANT_LEADING_KEYS)),
  "tenant roles' dynamodb:LeadingKeys condition missing or different",
);
check(apiFn?.Properties?.Environment?.Variables?.TENANT_ROLE_ARN, "API Lambda has no TENANT_ROLE_ARN");
check(ssrFn?.Properties?.Environment?.Variables?.TENANT_ROLE_ARN, "SSR function has no TENANT_ROLE_ARN");
for (const [label, fn] of [
  ["API", apiFn],
  ["SSR", ssrFn],
] as const) {
  const env = fn?.Properties?.Environment?.Variables ?? {};
  check(env.BUCKET_NAME && env.PII_KEY_ARN, `${label} Lambda lacks BUCKET_NAME or PII_KEY_ARN`);
  check(env.SST_Secret_value_CUNJING_PHONE_HASH_SECRET, `${label} Lambda is not bound to CUNJING_PHONE_HASH_SECRET`);
}

// Load the two bundles the way Lambda would (Node here is 20, Lambda's is 22): the API answers an
// unknown procedure without touching DynamoDB; the SSR entry only has to import and export `handler`.
// Runs in a child with AWS credentials removed, so nothing can reach a real account.
function smoke(label: string, fn: Resource | undefined, invoke: boolean) {
  const key = String(fn?.Properties?.Code?.S3Key ?? "").replace(/\.zip$/, "");
  const handler = String(fn?.Properties?.Handler ?? "");
  const file = path.join(outdir, `asset.${key}`, handler.replace(/\.[^./]+$/, ".mjs"));
  if (!key || !existsSync(file)) return problems.push(`${label}: bundle ${path.relative(root, file)} not found`);
  const exportName = handler.slice(handler.lastIndexOf(".") + 1);
  const event = {
    version: "2.0",
    routeKey: TRPC_ROUTE,
    rawPath: "/api/trpc/synth.smoke",
    rawQueryString: "",
    pathParameters: { proxy: "synth.smoke" },
    headers: { host: "smoke.invalid" },
    requestContext: {
      http: {
        method: "GET",
        path: "/api/trpc/synth.smoke",
        protocol: "HTTP/1.1",
        sourceIp: "127.0.0.1",
        userAgent: "synth",
      },
      domainName: "smoke.invalid",
      stage: "$default",
      requestId: "synth",
      timeEpoch: 0,
    },
    isBase64Encoded: false,
  };
  const code = [
    `const m = await import(${JSON.stringify(pathToFileURL(file).href)});`,
    `if (typeof m[${JSON.stringify(exportName)}] !== "function") throw new Error("no export ${exportName}");`,
    invoke
      ? `const r = await m[${JSON.stringify(exportName)}](${JSON.stringify(event)}, {}); process.stdout.write(JSON.stringify(r));`
      : `process.stdout.write("{}");`,
  ].join("\n");
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith("AWS_") && k !== "NODE_ENV"),
  );
  const child = spawnSync(process.execPath, ["--input-type=module", "-e", code], {
    cwd: path.dirname(file),
    encoding: "utf8",
    timeout: 60_000,
    env: {
      ...env,
      NODE_ENV: "production",
      TABLE_NAME: "synth-smoke",
    },
  });
  if (child.status !== 0)
    return problems.push(`${label}: bundle failed to load\n${child.stderr.trim().split("\n").slice(-8).join("\n")}`);
  if (invoke) {
    const res = JSON.parse(child.stdout || "{}") as { statusCode?: number; body?: string };
    if (res.statusCode !== 404 || !String(res.body).includes("NOT_FOUND")) {
      return problems.push(
        `${label}: expected a tRPC NOT_FOUND for an unknown procedure, got ${res.statusCode} ${String(res.body).slice(0, 200)}`,
      );
    }
    if (String(res.body).includes('"stack"')) problems.push(`${label}: error response carries a stack trace`);
  }
  console.log(`  ✓ ${label}: ${path.relative(root, file)} ${invoke ? "answers" : "loads"}`);
  return undefined;
}
if (problems.length === 0) {
  console.log(`\n→ loading the Lambda bundles`);
  smoke("API Lambda", apiFn, true);
  smoke("SSR Lambda", ssrFn, false);
  smoke("recount Lambda", recountFn, false);
  for (const [label, fn] of [
    ["API", apiFn],
    ["SSR", ssrFn],
  ] as const) {
    const key = String(fn?.Properties?.Code?.S3Key ?? "").replace(/\.zip$/, "");
    const file = path.join(outdir, `asset.${key}`, String(fn?.Properties?.Handler ?? "").replace(/\.[^./]+$/, ".mjs"));
    if (existsSync(file))
      check(
        readFileSync(file, "utf8").slice(0, 4000).includes("SST_Secret_value_"),
        `${label} bundle lacks the secret loader banner`,
      );
  }
}

// ---- report -------------------------------------------------------------------------------------

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const dirSize = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, e) => sum + (e.isDirectory() ? dirSize(path.join(dir, e.name)) : statSync(path.join(dir, e.name)).size),
    0,
  );

console.log(`\nTemplates in ${path.relative(root, outdir)} (region ${app.region}):`);
for (const file of templateFiles) {
  const t = templates.get(file.replace(/\.template\.json$/, ""))!;
  console.log(
    `  ${file.padEnd(36)} ${kb(statSync(path.join(outdir, file)).size).padStart(10)}  ` +
      `${Object.keys(t.Resources ?? {}).length} resources; outputs: ${
        Object.keys(t.Outputs ?? {})
          .filter((o) => o !== "SSTMetadata")
          .join(", ") || "-"
      }`,
  );
}

// Lambda code assets, named after the resources that reference them.
const referencedBy = (hash: string) =>
  [...templates.entries()].flatMap(([stackName, t]) =>
    Object.entries(t.Resources ?? {})
      .filter(([, r]) => r.Type !== "AWS::CDK::Metadata" && JSON.stringify(r.Properties ?? {}).includes(hash))
      .map(([id]) => `${stackName.replace(`${stage}-${project.name}-`, "")}/${id}`),
  );
const assets: Array<{ dir: string; size: number; users: string[] }> = [];
for (const entry of readdirSync(outdir, { withFileTypes: true })) {
  if (!entry.isDirectory() || !entry.name.startsWith("asset.")) continue;
  const dir = path.join(outdir, entry.name);
  const size = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(m?js|cjs)$/.test(e.name))
    .reduce((sum, e) => sum + statSync(path.join(e.parentPath, e.name)).size, 0);
  if (size > 0) assets.push({ dir: entry.name, size, users: referencedBy(entry.name.slice("asset.".length)) });
}
if (assets.length) {
  console.log(`\nLambda code assets (JavaScript bytes, source maps excluded):`);
  for (const a of assets.sort((x, y) => y.size - x.size)) {
    console.log(`  ${a.dir.slice(0, 18)}…  ${kb(a.size).padStart(10)}  ${a.users.join(", ") || "(unreferenced)"}`);
  }
}

console.log(`\nIAM actions per function:`);
for (const [label, fn] of perFunction) console.log(`  ${label.padEnd(8)} ${roleActions(fn).join(", ")}`);
console.log(
  `  ${"tenant".padEnd(8)} ${TABLE_ITEM_ACTIONS.join(", ")} where dynamodb:LeadingKeys ∈ ${TENANT_LEADING_KEYS.join(" | ")}`,
);

if (problems.length) fail(problems);
console.log(
  `\n✓ synth OK: ${templateFiles.length} templates; table (gsi1, gsi2, TTL, stream), API Lambda nodejs22.x, site with ${API_PATH_PATTERN}, ` +
    `private upload bucket, rotating PII key, alert queue + DLQ, daily recount, ${alarmNames.length} alarms, API and site tenant roles with LeadingKeys`,
);
