import type { APIGatewayProxyEventV2, Context } from "aws-lambda";
import { beforeAll, describe, expect, it } from "vitest";
import { withActor } from "@cunjing/core/actor";
import { County } from "@cunjing/core/county/index";
import { Precinct } from "@cunjing/core/precinct/index";
import { Village } from "@cunjing/core/village/index";
import { handleTrpcRequest } from "../src/api/fetch";
import { handler } from "../src/api/handler";

beforeAll(async () => {
  const countyId = await withActor({ type: "system", properties: {} }, () =>
    County.create({
      slug: "boluo",
      nameZh: "博罗县",
      nameEn: "Boluo County",
      cityZh: "惠州市",
      cityEn: "Huizhou",
      divisionCode: "441322",
    }),
  );
  await withActor({ type: "system", properties: { countyId } }, async () => {
    const precinctId = await Precinct.create({ nameZh: "城镇派出所" });
    await Village.create({ precinctId, kind: "community", nameZh: "西区社区" });
  });
  // A county without a village yet is not in the public directory.
  await withActor({ type: "system", properties: {} }, () =>
    County.create({
      slug: "longmen",
      nameZh: "龙门县",
      nameEn: "Longmen County",
      cityZh: "惠州市",
      cityEn: "Huizhou",
      divisionCode: "441324",
    }),
  );
});

async function query(path: string, input: unknown) {
  const url = `http://localhost/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`;
  const response = await handleTrpcRequest(new Request(url));
  return { status: response.status, body: (await response.json()) as any };
}

describe("the tRPC router over fetch", () => {
  it("serves a county's roster by slug", async () => {
    const { status, body } = await query("county.bySlug", "boluo");
    expect(status).toBe(200);
    expect(body.result.data.county.nameZh).toBe("博罗县");
    expect(body.result.data.precincts[0].nameZh).toBe("城镇派出所");
  });

  it("answers a malformed input with 400 and field errors, and no stack", async () => {
    const { status, body } = await query("county.bySlug", "Not A Slug!");
    expect(status).toBe(400);
    expect(body.error.data).toMatchObject({ code: "BAD_REQUEST", errorCode: "input.invalid" });
    expect(body.error.data.fieldErrors._[0]).toMatch(/lower-case/);
    expect(JSON.stringify(body)).not.toMatch(/stack|\.ts:\d+/);
  });

  it("answers a wrong input type with 400", async () => {
    const { status, body } = await query("county.bySlug", { slug: 42 });
    expect(status).toBe(400);
    expect(body.error.data.fieldErrors).toBeDefined();
  });

  it("answers an unknown county with 404 and its dotted code", async () => {
    const { status, body } = await query("county.bySlug", "nowhere");
    expect(status).toBe(404);
    expect(body.error).toMatchObject({ message: "No such county", data: { errorCode: "county.not_found" } });
  });

  it("lists counties", async () => {
    const { body } = await query("county.list", undefined);
    expect(body.result.data.map((c: { slug: string }) => c.slug)).toContain("boluo");
    expect(body.result.data.map((c: { slug: string }) => c.slug)).not.toContain("longmen");
    expect((await query("county.bySlug", "longmen")).status).toBe(404);
  });
});

describe("the Lambda handler", () => {
  it("serves the same router to API Gateway HTTP API events", async () => {
    const event = {
      version: "2.0",
      routeKey: "ANY /api/trpc/{proxy+}",
      rawPath: "/api/trpc/county.bySlug",
      rawQueryString: `input=${encodeURIComponent('"boluo"')}`,
      queryStringParameters: { input: '"boluo"' },
      pathParameters: { proxy: "county.bySlug" },
      headers: { host: "api.example.com" },
      isBase64Encoded: false,
      requestContext: {
        http: {
          method: "GET",
          path: "/api/trpc/county.bySlug",
          protocol: "HTTP/1.1",
          sourceIp: "127.0.0.1",
          userAgent: "test",
        },
        routeKey: "ANY /api/trpc/{proxy+}",
        stage: "$default",
        requestId: "r1",
        accountId: "1",
        apiId: "a",
        domainName: "api.example.com",
        domainPrefix: "api",
        time: "",
        timeEpoch: 0,
      },
    } as unknown as APIGatewayProxyEventV2;
    const result = (await handler(event, {} as Context)) as { statusCode: number; body: string };
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body).result.data.county.slug).toBe("boluo");
  });
});
