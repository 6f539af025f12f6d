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
import { Api, TRPC_ROUTE } from "../Api";
import { Database, TABLE_ITEM_ACTIONS } from "../Database";
import { DEFAULT_REGION, regionFor, removalPolicyFor } from "../stage";
import { API_PATH_PATTERN, Web } from "../Web";
import { buildApp, type BuiltApp } from "./app";

const SYNTH_TIMEOUT = 120_000;
const ALL_STACKS = [Database, Api, Web] as const;

// CloudFront managed policy ids (stable, documented by AWS).
const CACHING_DISABLED = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad";
const ALL_VIEWER_EXCEPT_HOST_HEADER = "b689b0a8-53d0-40ab-baf2-68738e2966ac";

type Resource = { Type: string; Properties?: Record<string, unknown>; DeletionPolicy?: string; UpdateReplacePolicy?: string };

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
    for (const inline of (role.Properties?.Policies as Array<{ PolicyDocument: { Statement: typeof statements } }>) ?? []) {
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

describe("stage policy", () => {
  it("defaults to Hong Kong and lets AWS_REGION override", () => {
    expect(DEFAULT_REGION).toBe("ap-east-1");
    expect(regionFor("prod", {})).toBe("ap-east-1");
    expect(regionFor("dev", {})).toBe("ap-east-1");
    expect(regionFor(undefined, {})).toBe("ap-east-1");
    expect(regionFor("prod", { AWS_REGION: "ap-southeast-1" })).toBe("ap-southeast-1");
    expect(regionFor("dev", { AWS_REGION: "  " })).toBe("ap-east-1");
  });

  it("retains resources on prod only", () => {
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
      expect(byName(table.AttributeDefinitions as typeof local.AttributeDefinitions)).toEqual(byName(local.AttributeDefinitions));
      expect(table.KeySchema).toEqual(local.KeySchema);
      expect(table.GlobalSecondaryIndexes).toEqual(local.GlobalSecondaryIndexes);
      expect(table.BillingMode).toBe(local.BillingMode);
      expect((table.StreamSpecification as { StreamViewType: string }).StreamViewType).toBe(
        local.StreamSpecification.StreamViewType,
      );
    });

    it("is destroyed with a non-prod stage", () => {
      app.template(Database).hasResource("AWS::DynamoDB::Table", { DeletionPolicy: "Delete", UpdateReplacePolicy: "Delete" });
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
        FunctionAssociations: [{ EventType: "viewer-request", FunctionARN: { "Fn::GetAtt": [expect.any(String), "FunctionARN"] } }],
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
      expect((distribution.Properties!.DistributionConfig as Record<string, unknown>).CustomErrorResponses).toBeUndefined();
    });

    it("passes the viewer's host to the API as x-forwarded-host", () => {
      app.template(Web).hasResourceProperties("AWS::CloudFront::Function", {
        FunctionCode: Match.stringLikeRegexp(`x-forwarded-host"\\] = request\\.headers\\.host`),
      });
    });

    it("outputs the site URL", () => {
      app.template(Web).hasOutput("SiteUrl", { Value: Match.anyValue() });
    });
  });

  it("grants no DynamoDB Scan or wildcard anywhere in the app", () => {
    for (const stack of ALL_STACKS) {
      const dynamo = iamActions(app.template(stack)).filter((a) => a.toLowerCase().startsWith("dynamodb:") || a === "*");
      expect(dynamo.filter((a) => a === "*" || a.includes("*") || a === "dynamodb:Scan"), stack.name).toEqual([]);
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
