/**
 * Offline infrastructure tests: the whole app from `sst.config.ts`, synthesised with NODE_ENV=test
 * (set by vitest), asserted with aws-cdk-lib/assertions. The web site is a generated fixture
 * (see ./app.ts); `npm run synth` covers the real Astro build.
 *
 * One file on purpose: SST keeps one project/app per process and writes function bundles to
 * `.sst/artifacts/<construct address>`, which is the same for every app built from this config,
 * so two files building apps in parallel workers would race on those directories.
 */
import { Match, type Template } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { createTableInput } from "../../packages/core/src/db/table";
import { TENANT_LEADING_KEYS } from "../../packages/core/src/db/tenant-credentials";
import { assertLocalEndpoint } from "../../scripts/seed/index";
import { Alarms } from "../Alarms";
import { Api, TRPC_ROUTE } from "../Api";
import { Database, TABLE_ITEM_ACTIONS } from "../Database";
import {
  ALERT_MAX_RECEIVES,
  ALERT_RESUME_HANDLER,
  ALERT_RESUME_SCHEDULE,
  KEYS_REWRAP_HANDLER,
  KEYS_REWRAP_SCHEDULE,
  Events,
  RECOUNT_SCHEDULE,
  REMINDERS_HANDLER,
  REMINDERS_SCHEDULE,
} from "../Events";
import { Keys, PII_KEY_ACTIONS } from "../Keys";
import { SECRET_LOADER_BANNER, Secrets } from "../Secrets";
import { DEFAULT_REGION, DEPLOY_STAGES, regionFor, removalPolicyFor, siteDomainFor } from "../stage";
import { BUCKET_OBJECT_ACTIONS, Storage, uploadOrigins } from "../Storage";
import { API_PATH_PATTERN, MEDIA_PATH_PATTERN, PUBLIC_CACHE_COOKIES, Web } from "../Web";
import { careCookie, carePath } from "../../packages/web/src/components/Care/care";
import { behaviourFor, cacheKeyOf, readDistribution } from "../../scripts/prod-shape/cloudfront";
import { VIEWER_HOST_HEADER } from "../../packages/functions/src/api/origin";
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from "../../packages/functions/src/http/security-headers";
import { matchesPathPattern, writePages } from "../../packages/web/server-routes.mjs";
import { buildApp, type BuiltApp } from "./app";

const SYNTH_TIMEOUT = 120_000;
const ALL_STACKS = [Secrets, Database, Keys, Storage, Events, Api, Web, Alarms] as const;

// CloudFront managed policy ids (stable, documented by AWS).
const CACHING_DISABLED = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad";
const ALL_VIEWER_EXCEPT_HOST_HEADER = "b689b0a8-53d0-40ab-baf2-68738e2966ac";

type Resource = {
  Type: string;
  Properties?: Record<string, unknown>;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
};

function resources(template: Template, type: string): Resource[] {
  return Object.values(template.findResources(type)) as Resource[];
}

function only<T>(items: readonly T[], what: string): T {
  expect(items, what).toHaveLength(1);
  return items[0] as T;
}

/** Every action of every IAM statement in a template (policies and inline role policies). */
function iamActions(template: Template): string[] {
  const statements: Array<{ Action: string | string[] }> = [];
  for (const policy of resources(template, "AWS::IAM::Policy")) {
    statements.push(...((policy.Properties?.PolicyDocument as { Statement: typeof statements }).Statement ?? []));
  }
  for (const role of resources(template, "AWS::IAM::Role")) {
    for (const inline of (role.Properties?.Policies as Array<{ PolicyDocument: { Statement: typeof statements } }>) ??
      []) {
      statements.push(...inline.PolicyDocument.Statement);
    }
  }
  return statements.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]));
}

/** DynamoDB actions granted to the role of the Lambda function whose handler matches. */
function dynamoActionsOf(template: Template, handler: RegExp): string[] {
  const functions = template.findResources("AWS::Lambda::Function");
  const fnEntry = only(
    Object.values(functions).filter((fn) => handler.test(String((fn as Resource).Properties?.Handler))),
    `one function with handler ${handler}`,
  ) as Resource;
  const roleId = (fnEntry.Properties?.Role as { "Fn::GetAtt": [string, string] })["Fn::GetAtt"][0];
  const policies = resources(template, "AWS::IAM::Policy").filter((p) =>
    (p.Properties?.Roles as Array<{ Ref: string }>).some((r) => r.Ref === roleId),
  );
  return policies
    .flatMap((p) => (p.Properties?.PolicyDocument as { Statement: Array<{ Action: string | string[] }> }).Statement)
    .flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]))
    .filter((a) => a.startsWith("dynamodb:"));
}

type Statement = { Action: string | string[]; Resource?: unknown; Condition?: Record<string, Record<string, unknown>> };

/** The function (by handler) of a template and every IAM statement attached to its role. */
function functionAndStatements(template: Template, handler: RegExp): { fn: Resource; statements: Statement[] } {
  const fn = only(
    Object.values(template.findResources("AWS::Lambda::Function")).filter((f) =>
      handler.test(String((f as Resource).Properties?.Handler)),
    ),
    `one function with handler ${handler}`,
  ) as Resource;
  const roleId = (fn.Properties?.Role as { "Fn::GetAtt": [string, string] })["Fn::GetAtt"][0];
  const statements = resources(template, "AWS::IAM::Policy")
    .filter((p) => (p.Properties?.Roles as Array<{ Ref: string }>).some((r) => r.Ref === roleId))
    .flatMap((p) => (p.Properties?.PolicyDocument as { Statement: Statement[] }).Statement);
  return { fn, statements };
}

/** Every IAM action a function's role may take, sorted. */
function actionsOf(template: Template, handler: RegExp): string[] {
  return functionAndStatements(template, handler)
    .statements.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]))
    .sort();
}

function envOf(template: Template, handler: RegExp): Record<string, unknown> {
  const fn = functionAndStatements(template, handler).fn;
  return ((fn.Properties?.Environment as { Variables?: Record<string, unknown> }) ?? {}).Variables ?? {};
}

const XRAY = ["xray:PutTelemetryRecords", "xray:PutTraceSegments"];
const API_HANDLER = /^packages\/functions\/src\/api\/handler\.handler$/;
const SSR_HANDLER = /^entry\.handler$/;
const RECOUNT_HANDLER = /^packages\/functions\/src\/events\/recount\.handler$/;
const ALERT_CONSUMER = /^packages\/functions\/src\/events\/alert-delivery\.handler$/;

describe("the secret loader banner", () => {
  type Env = Record<string, string | undefined>;
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
    ...args: string[]
  ) => (...a: unknown[]) => Promise<void>;
  /** Runs the banner as the bundle would, with `require("@aws-sdk/client-ssm")` answered by a fake SSM. */
  async function load(env: Env, parameters: Record<string, string>) {
    const requested: string[][] = [];
    class GetParametersCommand {
      constructor(readonly input: { Names: string[]; WithDecryption: boolean }) {}
    }
    class SSMClient {
      async send(command: GetParametersCommand) {
        expect(command.input.WithDecryption).toBe(true);
        requested.push(command.input.Names);
        return {
          Parameters: command.input.Names.filter((n) => n in parameters).map((Name) => ({
            Name,
            Value: parameters[Name],
          })),
        };
      }
    }
    const fakeRequire = (id: string) => {
      expect(id).toBe("@aws-sdk/client-ssm");
      return { SSMClient, GetParametersCommand };
    };
    await new AsyncFunction("require", "process", SECRET_LOADER_BANNER)(fakeRequire, { env });
    return requested;
  }

  it("resolves bound secrets into process.env from the stage path, then SST's fallback", async () => {
    const env: Env = {
      SST_APP: "cunjing",
      SST_SSM_PREFIX: "/sst/cunjing/prod/",
      SST_Secret_value_CUNJING_PHONE_HASH_SECRET: "__FETCH_FROM_SSM__",
      SST_Secret_value_OTHER: "__FETCH_FROM_SSM__",
    };
    const requested = await load(env, {
      "/sst/cunjing/prod/Secret/CUNJING_PHONE_HASH_SECRET/value": "s3cret",
      "/sst/cunjing/.fallback/Secret/OTHER/value": "fallback",
    });
    expect(env.CUNJING_PHONE_HASH_SECRET).toBe("s3cret");
    expect(env.OTHER).toBe("fallback");
    expect(requested).toEqual([
      ["/sst/cunjing/prod/Secret/CUNJING_PHONE_HASH_SECRET/value", "/sst/cunjing/prod/Secret/OTHER/value"],
      ["/sst/cunjing/.fallback/Secret/OTHER/value"],
    ]);
  });

  it("stops the cold start when a bound secret is not set, and does nothing without bindings", async () => {
    const env: Env = {
      SST_APP: "cunjing",
      SST_SSM_PREFIX: "/sst/cunjing/prod/",
      SST_Secret_value_X: "__FETCH_FROM_SSM__",
    };
    await expect(load(env, {})).rejects.toThrow(/Secrets not set for this stage: X/);
    expect(await load({ TABLE_NAME: "t" }, {})).toEqual([]);
  });
});

describe("stage policy", () => {
  it("defaults to Hong Kong and lets AWS_REGION override", () => {
    expect(DEFAULT_REGION).toBe("ap-east-1");
    expect(regionFor("prod", {})).toBe("ap-east-1");
    expect(regionFor("dev", {})).toBe("ap-east-1");
    expect(regionFor(undefined, {})).toBe("ap-east-1");
    expect(regionFor("prod", { AWS_REGION: "ap-southeast-1" })).toBe("ap-southeast-1");
    expect(regionFor("dev", { AWS_REGION: "  " })).toBe("ap-east-1");
  });

  it("knows dev, staging and prod; the demo seed refuses every one of them", () => {
    expect(DEPLOY_STAGES).toEqual(["dev", "staging", "prod"]);
    for (const stage of DEPLOY_STAGES) {
      const region = regionFor(stage, {});
      for (const endpoint of [
        `https://dynamodb.${region}.amazonaws.com`,
        `https://dynamodb.${region}.api.aws`,
        undefined,
      ]) {
        expect(() => assertLocalEndpoint(endpoint), `${stage} ${endpoint}`).toThrow(/only runs against DynamoDB Local/);
      }
    }
  });

  it("reads a stage's custom domain from CUNJING_DOMAIN_<STAGE>, and scopes upload CORS to it", () => {
    expect(siteDomainFor("prod", {})).toBeUndefined();
    expect(siteDomainFor("prod", { CUNJING_DOMAIN_PROD: " cunjing.example.cn " })).toBe("cunjing.example.cn");
    expect(siteDomainFor("staging", { CUNJING_DOMAIN_PROD: "cunjing.example.cn" })).toBeUndefined();
    expect(uploadOrigins("prod", { CUNJING_DOMAIN_PROD: "cunjing.example.cn" })).toEqual([
      "https://cunjing.example.cn",
    ]);
    expect(uploadOrigins("dev", {})).toEqual(["https://*.cloudfront.net"]);
  });

  it("retains resources on prod only", () => {
    expect(removalPolicyFor("staging")).toBe("destroy");
    expect(removalPolicyFor("prod")).toBe("retain");
    expect(removalPolicyFor("dev")).toBe("destroy");
    expect(removalPolicyFor("test")).toBe("destroy");
    expect(removalPolicyFor("production")).toBe("destroy");
  });
});

describe("stage test", () => {
  let app: BuiltApp;
  beforeAll(async () => {
    app = await buildApp("test", ALL_STACKS);
  }, SYNTH_TIMEOUT);

  describe("Database", () => {
    it("is the one table definition: pk/sk, gsi1, gsi2, TTL, stream, PITR, on-demand", () => {
      const template = app.template(Database);
      template.resourceCountIs("AWS::DynamoDB::Table", 1);
      template.hasResourceProperties("AWS::DynamoDB::Table", {
        TableName: "test-cunjing-table",
        BillingMode: "PAY_PER_REQUEST",
        KeySchema: [
          { AttributeName: "pk", KeyType: "HASH" },
          { AttributeName: "sk", KeyType: "RANGE" },
        ],
        GlobalSecondaryIndexes: [
          {
            IndexName: "gsi1",
            KeySchema: [
              { AttributeName: "gsi1pk", KeyType: "HASH" },
              { AttributeName: "gsi1sk", KeyType: "RANGE" },
            ],
            Projection: { ProjectionType: "ALL" },
          },
          {
            IndexName: "gsi2",
            KeySchema: [
              { AttributeName: "gsi2pk", KeyType: "HASH" },
              { AttributeName: "gsi2sk", KeyType: "RANGE" },
            ],
            Projection: { ProjectionType: "ALL" },
          },
        ],
        TimeToLiveSpecification: { AttributeName: "expiresAt", Enabled: true },
        StreamSpecification: { StreamViewType: "NEW_AND_OLD_IMAGES" },
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: false,
      });
    });

    it("matches the table DynamoDB Local creates (no drift between local and AWS)", () => {
      const table = only(resources(app.template(Database), "AWS::DynamoDB::Table"), "one table").Properties!;
      const local = createTableInput("x");
      const byName = <T extends { AttributeName: string }>(list: readonly T[]) =>
        [...list].sort((a, b) => a.AttributeName.localeCompare(b.AttributeName));
      expect(byName(table.AttributeDefinitions as typeof local.AttributeDefinitions)).toEqual(
        byName(local.AttributeDefinitions),
      );
      expect(table.KeySchema).toEqual(local.KeySchema);
      expect(table.GlobalSecondaryIndexes).toEqual(local.GlobalSecondaryIndexes);
      expect(table.BillingMode).toBe(local.BillingMode);
      expect((table.StreamSpecification as { StreamViewType: string }).StreamViewType).toBe(
        local.StreamSpecification.StreamViewType,
      );
    });

    it("is destroyed with a non-prod stage", () => {
      app
        .template(Database)
        .hasResource("AWS::DynamoDB::Table", { DeletionPolicy: "Delete", UpdateReplacePolicy: "Delete" });
    });
  });

  describe("Api", () => {
    it("routes ANY /api/trpc/{proxy+} to the tRPC Lambda with payload v2", () => {
      const template = app.template(Api);
      template.resourceCountIs("AWS::ApiGatewayV2::Api", 1);
      template.hasResourceProperties("AWS::ApiGatewayV2::Api", { ProtocolType: "HTTP" });
      template.hasResourceProperties("AWS::ApiGatewayV2::Route", { RouteKey: TRPC_ROUTE });
      expect(TRPC_ROUTE).toBe("ANY /api/trpc/{proxy+}");
      template.hasResourceProperties("AWS::ApiGatewayV2::Integration", {
        IntegrationType: "AWS_PROXY",
        PayloadFormatVersion: "2.0",
      });
    });

    it("runs the handler on nodejs22.x / arm64 with TABLE_NAME and production NODE_ENV", () => {
      app.template(Api).hasResourceProperties("AWS::Lambda::Function", {
        Handler: "packages/functions/src/api/handler.handler",
        Runtime: "nodejs22.x",
        Architectures: ["arm64"],
        MemorySize: 1024,
        Environment: {
          Variables: Match.objectLike({
            TABLE_NAME: { "Fn::ImportValue": Match.stringLikeRegexp("^test-cunjing-Database:") },
            NODE_ENV: "production",
          }),
        },
      });
    });

    it("may read and write items, and nothing else on DynamoDB (no Scan)", () => {
      const template = app.template(Api);
      const actions = dynamoActionsOf(template, /handler\.handler$/);
      expect([...actions].sort()).toEqual([...TABLE_ITEM_ACTIONS].sort());
      expect(actions).not.toContain("dynamodb:Scan");
      // Scoped to the table and its indexes, not "*".
      template.hasResourceProperties("AWS::IAM::Policy", {
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Action: [...TABLE_ITEM_ACTIONS],
              Resource: [
                { "Fn::ImportValue": Match.stringLikeRegexp("^test-cunjing-Database:.*Arn") },
                {
                  "Fn::Join": [
                    "",
                    [{ "Fn::ImportValue": Match.stringLikeRegexp("^test-cunjing-Database:.*Arn") }, "/index/*"],
                  ],
                },
              ],
            }),
          ]),
        },
      });
    });

    it("outputs the API URL", () => {
      app.template(Api).hasOutput("ApiUrl", { Value: { "Fn::GetAtt": [Match.anyValue(), "ApiEndpoint"] } });
    });
  });

  describe("Web", () => {
    it("runs the Astro SSR function on nodejs22.x / x86_64 (its native argon2 binary) with TABLE_NAME", () => {
      app.template(Web).hasResourceProperties("AWS::Lambda::Function", {
        Description: "Server handler for Astro",
        Runtime: "nodejs22.x",
        Architectures: ["x86_64"],
        Environment: {
          Variables: Match.objectLike({
            TABLE_NAME: { "Fn::ImportValue": Match.stringLikeRegexp("^test-cunjing-Database:") },
            NODE_ENV: "production",
          }),
        },
      });
    });

    it("gives the SSR function sharp from a layer built for its platform", () => {
      const template = app.template(Web);
      template.hasResourceProperties("AWS::Lambda::LayerVersion", {
        CompatibleArchitectures: ["x86_64"],
        CompatibleRuntimes: ["nodejs22.x"],
      });
      template.hasResourceProperties("AWS::Lambda::Function", {
        Description: "Server handler for Astro",
        Layers: [{ Ref: Match.stringLikeRegexp("^SharpLayer") }],
      });
    });

    it("the SSR function has item access only (no Scan)", () => {
      const actions = dynamoActionsOf(app.template(Web), /^entry\.handler$/);
      expect([...actions].sort()).toEqual([...TABLE_ITEM_ACTIONS].sort());
    });

    it("sends /api/* on the same distribution to the HTTP API, uncached, all methods", () => {
      const template = app.template(Web);
      const distribution = only(resources(template, "AWS::CloudFront::Distribution"), "one distribution").Properties!
        .DistributionConfig as {
        CacheBehaviors: Array<Record<string, unknown>>;
        Origins: Array<{ Id: string; DomainName: unknown; CustomOriginConfig?: { OriginProtocolPolicy: string } }>;
      };
      const behaviour = only(
        distribution.CacheBehaviors.filter((b) => b.PathPattern === API_PATH_PATTERN),
        "one /api/* behaviour",
      );
      expect(API_PATH_PATTERN).toBe("/api/*");
      expect(behaviour).toMatchObject({
        AllowedMethods: ["GET", "HEAD", "OPTIONS", "PUT", "PATCH", "POST", "DELETE"],
        CachePolicyId: CACHING_DISABLED,
        OriginRequestPolicyId: ALL_VIEWER_EXCEPT_HOST_HEADER,
        ViewerProtocolPolicy: "redirect-to-https",
        FunctionAssociations: [
          { EventType: "viewer-request", FunctionARN: { "Fn::GetAtt": [expect.any(String), "FunctionARN"] } },
        ],
      });
      const origin = only(
        distribution.Origins.filter((o) => o.Id === behaviour.TargetOriginId),
        "the /api/* origin",
      );
      expect(origin.CustomOriginConfig?.OriginProtocolPolicy).toBe("https-only");
      // The origin's domain is derived from the Api stack's endpoint.
      expect(JSON.stringify(origin.DomainName)).toMatch(/test-cunjing-Api:.*ApiEndpoint/);
    });

    it("lets API error responses through (no distribution-wide custom error pages)", () => {
      const distribution = only(resources(app.template(Web), "AWS::CloudFront::Distribution"), "one distribution");
      expect(
        (distribution.Properties!.DistributionConfig as Record<string, unknown>).CustomErrorResponses,
      ).toBeUndefined();
    });

    it("passes the viewer's host to the API under its own header, replacing what a viewer sent", () => {
      app.template(Web).hasResourceProperties("AWS::CloudFront::Function", {
        FunctionCode: Match.stringLikeRegexp(`${VIEWER_HOST_HEADER}"\\] = request\\.headers\\.host`),
      });
    });

    it("answers with the security headers on every behaviour (CloudFront response-headers policy)", () => {
      const template = app.template(Web);
      const policy = only(resources(template, "AWS::CloudFront::ResponseHeadersPolicy"), "one response headers policy");
      const config = (policy.Properties as any).ResponseHeadersPolicyConfig;
      expect(config.SecurityHeadersConfig).toMatchObject({
        ContentSecurityPolicy: { ContentSecurityPolicy: CONTENT_SECURITY_POLICY, Override: false },
        StrictTransportSecurity: { AccessControlMaxAgeSec: 63_072_000, IncludeSubdomains: true, Override: true },
        ContentTypeOptions: { Override: true },
        FrameOptions: { FrameOption: "DENY", Override: true },
        ReferrerPolicy: { ReferrerPolicy: "same-origin", Override: true },
      });
      for (const directive of [
        "frame-ancestors 'none'",
        "form-action 'self'",
        "base-uri 'self'",
        "object-src 'none'",
      ]) {
        expect(config.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy).toContain(directive);
      }
      expect(config.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy).not.toContain("unsafe-inline");
      expect(Object.fromEntries(config.CustomHeadersConfig.Items.map((i: any) => [i.Header, i.Value]))).toEqual({
        "Permissions-Policy": SECURITY_HEADERS["Permissions-Policy"],
        "Cross-Origin-Opener-Policy": "same-origin",
        "Cross-Origin-Resource-Policy": "same-origin",
      });
      const distribution = only(resources(template, "AWS::CloudFront::Distribution"), "one distribution");
      const dc = distribution.Properties!.DistributionConfig as any;
      for (const behaviour of [dc.DefaultCacheBehavior, ...dc.CacheBehaviors]) {
        expect(behaviour.ResponseHeadersPolicyId, behaviour.PathPattern ?? "default").toBeDefined();
      }
    });

    it("lets every page that handles a write take a POST (its behaviour allows it)", () => {
      const distribution = only(resources(app.template(Web), "AWS::CloudFront::Distribution"), "one distribution");
      const dc = distribution.Properties!.DistributionConfig as any;
      const pages = writePages();
      expect(pages).toEqual(
        expect.arrayContaining([
          "/[county]/officers/[slug]/book",
          "/[county]/intake/[token]",
          "/[county]/appointment",
          "/[county]/complaint",
          "/console/signin",
        ]),
      );
      for (const route of pages) {
        const example = route.replace(/\[[^\]]+\]/g, "x1");
        const behaviour =
          dc.CacheBehaviors.find((b: any) => matchesPathPattern(b.PathPattern, example)) ?? dc.DefaultCacheBehavior;
        expect(behaviour.AllowedMethods, `${route} → ${behaviour.PathPattern ?? "default"}`).toContain("POST");
      }
    });

    it("keeps the 关怀模式 cookie in the cache key of every server behaviour, and serves its switch by GET", () => {
      const template = app.template(Web);
      const dc = (only(resources(template, "AWS::CloudFront::Distribution"), "one distribution").Properties as any)
        .DistributionConfig;
      expect(PUBLIC_CACHE_COOKIES).toContain(careCookie);
      const policies = template.findResources("AWS::CloudFront::CachePolicy");
      const server = [dc.DefaultCacheBehavior, ...dc.CacheBehaviors].filter(
        (b: any) => b.PathPattern !== API_PATH_PATTERN && b.PathPattern !== MEDIA_PATH_PATTERN && b.CachePolicyId?.Ref,
      );
      // The default behaviour (pages) and each server route (form posts) use the policy.
      expect(server.length).toBeGreaterThan(1);
      expect(server).toContain(dc.DefaultCacheBehavior);
      for (const behaviour of server) {
        const config = policies[behaviour.CachePolicyId.Ref]!.Properties.CachePolicyConfig;
        const key = config.ParametersInCacheKeyAndForwardedToOrigin;
        expect(key.CookiesConfig, behaviour.PathPattern ?? "default").toEqual({
          CookieBehavior: "whitelist",
          Cookies: [careCookie],
        });
        expect(key.QueryStringsConfig.QueryStringBehavior).toBe("all");
        expect(config.DefaultTTL).toBe(0);
      }
      const switchBehaviour =
        dc.CacheBehaviors.find((b: any) => matchesPathPattern(b.PathPattern, carePath)) ?? dc.DefaultCacheBehavior;
      expect(switchBehaviour.AllowedMethods).toEqual(expect.arrayContaining(["GET", "HEAD"]));

      // The prod-shape CloudFront reads the same key: the mode's cookie splits a page, a session does not.
      const behaviours = readDistribution(template.toJSON());
      const key = (path: string, cookie?: string) => {
        const url = new URL(path, "https://viewer.invalid");
        return cacheKeyOf(behaviourFor(behaviours, url.pathname), url, cookie ? { cookie } : {});
      };
      expect(key("/boluo", `${careCookie}=1`)).not.toBe(key("/boluo"));
      expect(key("/boluo", `cunjing_session=abc; ${careCookie}=1`)).toBe(key("/boluo", `${careCookie}=1`));
      expect(key("/boluo", "cunjing_session=abc")).toBe(key("/boluo"));
      expect(key("/boluo/villages?q=xiqu")).not.toBe(key("/boluo/villages?q=xq"));
    });

    it("outputs the site URL", () => {
      app.template(Web).hasOutput("SiteUrl", { Value: Match.anyValue() });
    });
  });

  describe("Secrets", () => {
    it("binds the phone-hash secret to the API and SSR functions only, and loads it at cold start", () => {
      const secretEnv = "SST_Secret_value_CUNJING_PHONE_HASH_SECRET";
      expect(envOf(app.template(Api), API_HANDLER)[secretEnv]).toBe("__FETCH_FROM_SSM__");
      expect(envOf(app.template(Web), SSR_HANDLER)[secretEnv]).toBe("__FETCH_FROM_SSM__");
      expect(
        Object.keys(envOf(app.template(Events), RECOUNT_HANDLER)).filter((k) => k.startsWith("SST_Secret")),
      ).toEqual([]);
      // Read access to exactly that parameter (and SST's fallback), nothing else in SSM.
      for (const [stack, handler] of [
        [Api, API_HANDLER],
        [Web, SSR_HANDLER],
      ] as const) {
        const ssm = functionAndStatements(app.template(stack), handler).statements.filter((s) =>
          String(s.Action).startsWith("ssm:"),
        );
        expect([...new Set(ssm.map((s) => s.Action))]).toEqual(["ssm:GetParameters"]);
        const resources = JSON.stringify(ssm.map((s) => s.Resource));
        expect(resources).toMatch(/Secret\/CUNJING_PHONE_HASH_SECRET\/value/);
        // The webhook key too: county admins read their county's derived signing key in the console.
        expect(resources).toMatch(/Secret\/CUNJING_WEBHOOK_SIGNING_KEY\/value/);
        expect(resources).not.toMatch(/PEPPER/);
      }
    });
  });

  describe("Storage", () => {
    it("is a private, encrypted bucket with CORS for presigned PUTs and lifecycle rules", () => {
      const template = app.template(Storage);
      template.resourceCountIs("AWS::S3::Bucket", 1);
      template.hasResourceProperties("AWS::S3::Bucket", {
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        OwnershipControls: { Rules: [{ ObjectOwnership: "BucketOwnerEnforced" }] },
        BucketEncryption: Match.objectLike({}),
        CorsConfiguration: {
          CorsRules: [
            Match.objectLike({
              AllowedMethods: ["PUT"],
              AllowedOrigins: ["https://*.cloudfront.net"],
              AllowedHeaders: ["content-type", "content-length"],
            }),
          ],
        },
        LifecycleConfiguration: {
          Rules: [
            Match.objectLike({ AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 }, Status: "Enabled" }),
            Match.objectLike({ Prefix: "incoming/", ExpirationInDays: 2, Status: "Enabled" }),
            Match.objectLike({ Prefix: "imports/", ExpirationInDays: 2, Status: "Enabled" }),
          ],
        },
      });
      // TLS only.
      template.hasResourceProperties("AWS::S3::BucketPolicy", {
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: "Deny", Condition: { Bool: { "aws:SecureTransport": "false" } } }),
          ]),
        },
      });
    });

    it("lets CloudFront read published media/* only, on the site's /media/* behaviour", () => {
      const policy = only(resources(app.template(Storage), "AWS::S3::BucketPolicy"), "bucket policy").Properties!
        .PolicyDocument as {
        Statement: Array<{ Effect: string; Action: string; Principal?: Record<string, unknown>; Resource: unknown }>;
      };
      // (Non-prod stages also allow SST's auto-delete custom resource to empty the bucket.)
      const reads = policy.Statement.filter(
        (s) => s.Effect === "Allow" && JSON.stringify(s.Action).includes("s3:GetObject"),
      );
      expect(reads).toHaveLength(1);
      expect(reads[0]!.Action).toBe("s3:GetObject");
      expect(JSON.stringify(reads[0]!.Resource)).toMatch(/"\/media\/\*"/);
      expect(JSON.stringify(reads[0]!.Principal)).toMatch(/MediaReader/);
      const distribution = only(resources(app.template(Web), "AWS::CloudFront::Distribution"), "one distribution")
        .Properties!.DistributionConfig as {
        CacheBehaviors: Array<Record<string, unknown>>;
        Origins: Array<Record<string, any>>;
      };
      const media = only(
        distribution.CacheBehaviors.filter((b) => b.PathPattern === MEDIA_PATH_PATTERN),
        "one /media/* behaviour",
      );
      expect(MEDIA_PATH_PATTERN).toBe("/media/*");
      expect(media.AllowedMethods).toEqual(["GET", "HEAD"]);
      const origin = only(
        distribution.Origins.filter((o) => o.Id === media.TargetOriginId),
        "the media origin",
      );
      expect(JSON.stringify(origin.S3OriginConfig)).toMatch(/test-cunjing-Storage:.*MediaReader/);
      expect(JSON.stringify(origin.DomainName)).toMatch(/test-cunjing-Storage:/);
    });

    it("passes BUCKET_NAME and PII_KEY_ARN to the API and SSR functions", () => {
      for (const [stack, handler] of [
        [Api, API_HANDLER],
        [Web, SSR_HANDLER],
      ] as const) {
        const env = envOf(app.template(stack), handler);
        expect(JSON.stringify(env.BUCKET_NAME), stack.name).toMatch(/test-cunjing-Storage:/);
        expect(JSON.stringify(env.PII_KEY_ARN), stack.name).toMatch(/test-cunjing-Keys:/);
      }
    });
  });

  it("destroys bucket (emptying it first), key and queues with a non-prod stage", () => {
    app.template(Storage).hasResource("AWS::S3::Bucket", { DeletionPolicy: "Delete" });
    app.template(Storage).resourceCountIs("Custom::S3AutoDeleteObjects", 1);
    app.template(Keys).hasResource("AWS::KMS::Key", { DeletionPolicy: "Delete" });
    for (const queue of resources(app.template(Events), "AWS::SQS::Queue")) expect(queue.DeletionPolicy).toBe("Delete");
  });

  describe("Keys", () => {
    it("is one KMS key with yearly rotation and an alias", () => {
      const template = app.template(Keys);
      template.resourceCountIs("AWS::KMS::Key", 1);
      template.hasResourceProperties("AWS::KMS::Key", {
        EnableKeyRotation: true,
        RotationPeriodInDays: 365,
        PendingWindowInDays: 30,
      });
      template.hasResourceProperties("AWS::KMS::Alias", { AliasName: "alias/test-cunjing-pii" });
    });
  });

  describe("Events", () => {
    it("has an alert queue redriving to a DLQ, both encrypted", () => {
      const template = app.template(Events);
      template.resourceCountIs("AWS::SQS::Queue", 2);
      template.hasResourceProperties("AWS::SQS::Queue", {
        RedrivePolicy: { deadLetterTargetArn: Match.anyValue(), maxReceiveCount: ALERT_MAX_RECEIVES },
        SqsManagedSseEnabled: true,
      });
      template.hasResourceProperties("AWS::SQS::Queue", {
        MessageRetentionPeriod: 14 * 24 * 3600,
        SqsManagedSseEnabled: true,
      });
    });

    it("runs the recount daily at 03:00 Asia/Shanghai on nodejs22.x / arm64", () => {
      const template = app.template(Events);
      expect(RECOUNT_SCHEDULE).toBe("cron(0 19 * * ? *)");
      template.hasResourceProperties("AWS::Events::Rule", { ScheduleExpression: RECOUNT_SCHEDULE, State: "ENABLED" });
      template.hasResourceProperties("AWS::Lambda::Function", {
        Handler: "packages/functions/src/events/recount.handler",
        Runtime: "nodejs22.x",
        Architectures: ["arm64"],
        Timeout: 900,
      });
    });
  });

  describe("scheduled alert recovery", () => {
    it("runs Alert.resume() every 15 minutes, may send to the alert queue, and alarms when it resumed something", () => {
      const template = app.template(Events);
      expect(ALERT_RESUME_SCHEDULE).toBe("rate(15 minutes)");
      template.hasResourceProperties("AWS::Events::Rule", {
        ScheduleExpression: ALERT_RESUME_SCHEDULE,
        State: "ENABLED",
      });
      template.hasResourceProperties("AWS::Lambda::Function", {
        Handler: ALERT_RESUME_HANDLER,
        Runtime: "nodejs22.x",
        Environment: {
          Variables: Match.objectLike({ ALERT_QUEUE_URL: Match.anyValue(), TABLE_NAME: Match.anyValue() }),
        },
      });
      const actions = actionsOf(template, /^packages\/functions\/src\/events\/alert-resume\.handler$/);
      expect(actions).toContain("sqs:SendMessage");
      expect(actions.filter((a) => a.startsWith("dynamodb:")).sort()).toEqual([...TABLE_ITEM_ACTIONS].sort());
      app.template(Alarms).hasResourceProperties("AWS::CloudWatch::Alarm", {
        AlarmName: Match.stringLikeRegexp("alerts-resumed$"),
        MetricName: "AlertsResumed",
        Namespace: "Cunjing",
        Threshold: 0,
        ComparisonOperator: "GreaterThanThreshold",
        AlarmActions: Match.anyValue(),
      });
    });
  });

  describe("scheduled key re-wrap", () => {
    it("runs Keys.resume every 5 minutes within a 4-minute run, with the table's item actions and the PII key only", () => {
      const template = app.template(Events);
      expect(KEYS_REWRAP_SCHEDULE).toBe("rate(5 minutes)");
      template.hasResourceProperties("AWS::Events::Rule", {
        ScheduleExpression: KEYS_REWRAP_SCHEDULE,
        State: "ENABLED",
      });
      template.hasResourceProperties("AWS::Lambda::Function", {
        Handler: KEYS_REWRAP_HANDLER,
        Runtime: "nodejs22.x",
        Timeout: 240,
        Environment: { Variables: Match.objectLike({ PII_KEY_ARN: Match.anyValue(), TABLE_NAME: Match.anyValue() }) },
      });
      const actions = actionsOf(template, /^packages\/functions\/src\/events\/keys-rewrap\.handler$/);
      expect(actions.filter((action) => !action.startsWith("xray:"))).toEqual(
        [...TABLE_ITEM_ACTIONS, ...PII_KEY_ACTIONS].sort(),
      );
    });
  });

  describe("appointment reminders", () => {
    it("run hourly on nodejs22.x / arm64 with the table's item actions, the PII key and the phone secret only", () => {
      const template = app.template(Events);
      expect(REMINDERS_SCHEDULE).toBe("cron(0 * * * ? *)");
      template.hasResourceProperties("AWS::Events::Rule", { ScheduleExpression: REMINDERS_SCHEDULE, State: "ENABLED" });
      template.hasResourceProperties("AWS::Lambda::Function", {
        Handler: REMINDERS_HANDLER,
        Runtime: "nodejs22.x",
        Architectures: ["arm64"],
      });
      const actions = actionsOf(template, /^packages\/functions\/src\/events\/reminders\.handler$/);
      expect(actions.filter((action) => !action.startsWith("xray:"))).toEqual(
        [...TABLE_ITEM_ACTIONS, ...PII_KEY_ACTIONS, "ssm:GetParameters"].sort(),
      );
      expect(envOf(template, /^packages\/functions\/src\/events\/reminders\.handler$/).PII_KEY_ARN).toBeDefined();
    });
  });

  describe("least privilege, per function", () => {
    it("API: item actions, its bucket objects, the PII key, the tenant role, its secret", () => {
      expect(actionsOf(app.template(Api), API_HANDLER)).toEqual(
        [
          ...TABLE_ITEM_ACTIONS,
          ...BUCKET_OBJECT_ACTIONS,
          ...PII_KEY_ACTIONS,
          "sqs:SendMessage",
          // One statement per bound secret: the phone-hash secret and the webhook key.
          "ssm:GetParameters",
          "ssm:GetParameters",
          "sts:AssumeRole",
          "sts:TagSession",
          ...XRAY,
        ].sort(),
      );
    });

    it("SSR: item actions, its bucket objects, the PII key, its secret, its tenant role (plus SST's own site grants)", () => {
      const actions = actionsOf(app.template(Web), SSR_HANDLER);
      // AstroSite's: its static-asset bucket, and invalidating its own distribution.
      const siteAssets = [
        "cloudfront:CreateInvalidation",
        "s3:Abort*",
        "s3:DeleteObject*",
        "s3:GetBucket*",
        "s3:GetObject*",
        "s3:List*",
        "s3:PutObjectLegalHold",
        "s3:PutObjectRetention",
        "s3:PutObjectTagging",
        "s3:PutObjectVersionTagging",
      ];
      expect(actions).toEqual(
        [
          ...TABLE_ITEM_ACTIONS,
          ...BUCKET_OBJECT_ACTIONS,
          ...PII_KEY_ACTIONS,
          "sqs:SendMessage",
          // One statement per bound secret: the phone-hash secret and the webhook key.
          "ssm:GetParameters",
          "ssm:GetParameters",
          "sts:AssumeRole",
          "sts:TagSession",
          "s3:PutObject",
          ...siteAssets,
        ].sort(),
      );
      // The wildcard S3 actions are SST's grant on the site's static-asset bucket, not on uploads.
      const { statements } = functionAndStatements(app.template(Web), SSR_HANDLER);
      const wide = only(
        statements.filter((s) => Array.isArray(s.Action) && s.Action.includes("s3:List*")),
        "site asset grant",
      );
      expect(JSON.stringify(wide.Resource)).not.toMatch(/Storage/);
    });

    it("alert consumer: item actions, receive/delete on its queue, send for retries, its secret", () => {
      const actions = actionsOf(app.template(Events), ALERT_CONSUMER);
      expect(actions.filter((a) => a.startsWith("dynamodb:"))).toEqual([...TABLE_ITEM_ACTIONS].sort());
      expect(actions).toContain("sqs:SendMessage");
      expect(actions).toContain("sqs:ReceiveMessage");
      expect(actions).toContain("sqs:DeleteMessage");
      expect(actions).toContain("ssm:GetParameters");
      expect(actions.some((a) => a.startsWith("kms:") || a === "dynamodb:Scan" || a === "sqs:*")).toBe(false);
      const env = envOf(app.template(Events), ALERT_CONSUMER);
      expect(Object.keys(env)).toEqual(
        expect.arrayContaining(["TABLE_NAME", "ALERT_QUEUE_URL", "SST_Secret_value_CUNJING_WEBHOOK_SIGNING_KEY"]),
      );
      app.template(Events).hasResourceProperties("AWS::Lambda::EventSourceMapping", {
        BatchSize: 10,
        FunctionResponseTypes: ["ReportBatchItemFailures"],
      });
    });

    it("recount: Query on the table and its indexes, nothing else", () => {
      expect(actionsOf(app.template(Events), RECOUNT_HANDLER)).toEqual(["dynamodb:Query", ...XRAY].sort());
    });

    it("the API's S3 and KMS grants name their one bucket and key", () => {
      const { statements } = functionAndStatements(app.template(Api), API_HANDLER);
      const s3 = only(
        statements.filter((s) => String(s.Action).includes("s3:PutObject")),
        "s3 statement",
      );
      expect(JSON.stringify(s3.Resource)).toMatch(/test-cunjing-Storage:.*\/\*/);
      const kms = only(
        statements.filter((s) => String(s.Action).includes("kms:")),
        "kms statement",
      );
      expect(JSON.stringify(kms.Resource)).toMatch(/test-cunjing-Keys:/);
    });
  });

  describe("tenant-scoped role", () => {
    it("allows item actions on the table and indexes only within the session's county (LeadingKeys)", () => {
      const template = app.template(Api);
      template.hasResourceProperties("AWS::IAM::Policy", {
        Roles: [{ Ref: Match.stringLikeRegexp("^TenantRole") }],
        PolicyDocument: {
          Statement: [
            {
              Effect: "Allow",
              Action: [...TABLE_ITEM_ACTIONS],
              Resource: Match.arrayWith([Match.objectLike({ "Fn::Join": ["", [Match.anyValue(), "/index/*"]] })]),
              Condition: { "ForAllValues:StringLike": { "dynamodb:LeadingKeys": [...TENANT_LEADING_KEYS] } },
            },
          ],
        },
      });
      expect(TENANT_LEADING_KEYS).toContain("${$}cunjing#countyid_${aws:PrincipalTag/countyId}#*");
    });

    it("may be assumed, with the countyId session tag, only by the API function's role", () => {
      const template = app.template(Api);
      const { fn } = functionAndStatements(template, API_HANDLER);
      const apiRole = (fn.Properties!.Role as { "Fn::GetAtt": [string, string] })["Fn::GetAtt"][0];
      template.hasResourceProperties("AWS::IAM::Role", {
        AssumeRolePolicyDocument: {
          Statement: [
            { Action: "sts:AssumeRole", Effect: "Allow", Principal: { AWS: { "Fn::GetAtt": [apiRole, "Arn"] } } },
            Match.objectLike({
              Action: "sts:TagSession",
              Principal: { AWS: { "Fn::GetAtt": [apiRole, "Arn"] } },
              Condition: Match.objectLike({
                "ForAllValues:StringEquals": { "aws:TagKeys": ["countyId"] },
                StringLike: { "aws:RequestTag/countyId": "?*" },
              }),
            }),
          ],
        },
      });
      // The API's own grant names that role only, and it knows the role's ARN.
      const sts = only(
        functionAndStatements(template, API_HANDLER).statements.filter((s) => String(s.Action).includes("sts:")),
        "sts statement",
      );
      expect(sts.Resource).toEqual({ "Fn::GetAtt": [expect.stringMatching(/^TenantRole/), "Arn"] });
      expect(envOf(template, API_HANDLER).TENANT_ROLE_ARN).toEqual({
        "Fn::GetAtt": [expect.stringMatching(/^TenantRole/), "Arn"],
      });
    });

    it("confines the site's server function the same way, with a role only it may assume", () => {
      const template = app.template(Web);
      template.hasResourceProperties("AWS::IAM::Policy", {
        Roles: [{ Ref: Match.stringLikeRegexp("^SiteTenantRole") }],
        PolicyDocument: {
          Statement: [
            Match.objectLike({
              Action: [...TABLE_ITEM_ACTIONS],
              Condition: { "ForAllValues:StringLike": { "dynamodb:LeadingKeys": [...TENANT_LEADING_KEYS] } },
            }),
          ],
        },
      });
      const { fn, statements } = functionAndStatements(template, SSR_HANDLER);
      const siteRole = (fn.Properties!.Role as { "Fn::GetAtt": [string, string] })["Fn::GetAtt"][0];
      template.hasResourceProperties("AWS::IAM::Role", {
        AssumeRolePolicyDocument: {
          Statement: Match.arrayWith([
            { Action: "sts:AssumeRole", Effect: "Allow", Principal: { AWS: { "Fn::GetAtt": [siteRole, "Arn"] } } },
          ]),
        },
      });
      const sts = only(
        statements.filter((s) => String(s.Action).includes("sts:")),
        "sts statement",
      );
      expect(sts.Resource).toEqual({ "Fn::GetAtt": [expect.stringMatching(/^SiteTenantRole/), "Arn"] });
      expect(envOf(template, SSR_HANDLER).TENANT_ROLE_ARN).toEqual({
        "Fn::GetAtt": [expect.stringMatching(/^SiteTenantRole/), "Arn"],
      });
    });
  });

  describe("Alarms", () => {
    it("notify one SNS topic: API 5xx rate, errors and throttles of every function, table throttles, DLQ depth, drift", () => {
      const template = app.template(Alarms);
      template.resourceCountIs("AWS::SNS::Topic", 1);
      const alarms = resources(template, "AWS::CloudWatch::Alarm");
      expect(alarms.map((a) => a.Properties!.AlarmName).sort()).toEqual(
        [
          "api-5xx-rate",
          "api-errors",
          "api-throttles",
          "ssr-errors",
          "ssr-throttles",
          "recount-errors",
          "recount-throttles",
          "reminders-errors",
          "reminders-throttles",
          "alert-delivery-errors",
          "alert-delivery-throttles",
          "table-throttles",
          "alerts-dlq-depth",
          "counter-drift",
          "alert-resume-errors",
          "alert-resume-throttles",
          "keys-rewrap-errors",
          "keys-rewrap-throttles",
          "alerts-resumed",
        ]
          .map((name) => `test-cunjing-${name}`)
          .sort(),
      );
      for (const alarm of alarms) {
        expect(alarm.Properties!.AlarmActions, String(alarm.Properties!.AlarmName)).toEqual([
          { Ref: expect.stringMatching(/^AlarmTopic/) },
        ]);
        expect(alarm.Properties!.TreatMissingData).toBe("notBreaching");
      }
      template.hasResourceProperties("AWS::CloudWatch::Alarm", {
        AlarmName: "test-cunjing-api-5xx-rate",
        Threshold: 5,
        Metrics: Match.arrayWith([Match.objectLike({ Expression: "IF(requests > 0, 100 * errors / requests, 0)" })]),
      });
      template.hasResourceProperties("AWS::CloudWatch::Alarm", {
        AlarmName: "test-cunjing-alerts-dlq-depth",
        MetricName: "ApproximateNumberOfMessagesVisible",
        Threshold: 0,
        ComparisonOperator: "GreaterThanThreshold",
      });
      template.hasResourceProperties("AWS::CloudWatch::Alarm", {
        AlarmName: "test-cunjing-counter-drift",
        Namespace: "Cunjing",
        MetricName: "CounterDrift",
        Dimensions: [{ Name: "Stage", Value: "test" }],
      });
      template.hasResourceProperties("AWS::CloudWatch::Alarm", {
        AlarmName: "test-cunjing-table-throttles",
        Metrics: Match.arrayWith([
          Match.objectLike({
            MetricStat: Match.objectLike({ Metric: Match.objectLike({ MetricName: "ThrottledRequests" }) }),
          }),
        ]),
      });
    });
  });

  it("grants no DynamoDB Scan or wildcard anywhere in the app", () => {
    for (const stack of ALL_STACKS) {
      const dynamo = iamActions(app.template(stack)).filter(
        (a) => a.toLowerCase().startsWith("dynamodb:") || a === "*",
      );
      expect(
        dynamo.filter((a) => a === "*" || a.includes("*") || a === "dynamodb:Scan"),
        stack.name,
      ).toEqual([]);
    }
  });
});

describe("stage prod", () => {
  let app: BuiltApp;
  beforeAll(async () => {
    app = await buildApp("prod", ALL_STACKS);
  }, SYNTH_TIMEOUT);

  it("turns on deletion protection and retains the table", () => {
    const template = app.template(Database);
    template.hasResourceProperties("AWS::DynamoDB::Table", {
      TableName: "prod-cunjing-table",
      DeletionProtectionEnabled: true,
    });
    template.hasResource("AWS::DynamoDB::Table", { DeletionPolicy: "Retain", UpdateReplacePolicy: "Retain" });
  });

  it("keeps the bucket's objects and schedules nothing for deletion", () => {
    expect(resources(app.template(Storage), "Custom::S3AutoDeleteObjects")).toEqual([]);
    app.template(Storage).hasResource("AWS::S3::Bucket", { DeletionPolicy: "Retain" });
    app.template(Keys).hasResource("AWS::KMS::Key", { DeletionPolicy: "Retain" });
    app.template(Events).hasResource("AWS::SQS::Queue", { DeletionPolicy: "Retain" });
  });

  it("retains every resource that takes a removal policy", () => {
    for (const stack of ALL_STACKS) {
      const template = app.template(stack).toJSON() as { Resources: Record<string, Resource> };
      const notRetained = Object.entries(template.Resources)
        .filter(([, r]) => r.DeletionPolicy !== undefined && r.DeletionPolicy !== "Retain")
        .map(([id]) => id);
      expect(notRetained, stack.name).toEqual([]);
    }
  });
});
