import { describe, expect, it } from "vitest";
import { withActor } from "@cunjing/core/actor";
import { County } from "@cunjing/core/county/index";
import { Officer } from "@cunjing/core/officer/index";
import { assertLocalEndpoint, seedDemo } from "../seed/index";

describe("the demo seed", () => {
  it("creates the programme's counties and named officers, and a second run changes nothing", async () => {
    const first = await seedDemo();
    expect(first.created).toBeGreaterThan(40);
    const second = await seedDemo();
    expect(second.created).toBe(0);

    const counties = await withActor({ type: "public", properties: {} }, () => County.list());
    expect(counties.map((c) => c.slug).sort()).toEqual(["boluo", "dayawan", "huicheng", "huidong", "huiyang", "longmen", "zhongkai"]);

    const named = { boluo: "xu-jieshan", huicheng: "liao-yanxia", zhongkai: "zhou-jiuwei" } as const;
    for (const [slug, officerSlug] of Object.entries(named)) {
      const county = counties.find((c) => c.slug === slug)!;
      const officer = await withActor({ type: "public", properties: { countyId: county.countyId } }, () => Officer.bySlug(officerSlug));
      expect(officer.slug).toBe(officerSlug);
    }

    const boluo = counties.find((c) => c.slug === "boluo")!;
    const roster = await withActor({ type: "public", properties: { countyId: boluo.countyId } }, () => County.roster());
    const xiqu = roster.villages.find((v) => v.nameZh === "西区社区");
    const xu = roster.officers.find((o) => o.nameZh === "徐洁珊");
    expect(xiqu?.officerId).toBe(xu?.officerId);
    expect(roster.precincts.map((p) => p.nameZh)).toContain("城镇派出所");
  });

  it("refuses to run against anything but DynamoDB Local on this machine", () => {
    expect(() => assertLocalEndpoint("https://dynamodb.ap-east-1.amazonaws.com")).toThrow(/only runs against DynamoDB Local/);
    expect(() => assertLocalEndpoint(undefined)).toThrow(/unset/);
    expect(() => assertLocalEndpoint("http://10.0.0.5:8000")).toThrow();
    expect(() => assertLocalEndpoint("http://127.0.0.1:8000")).not.toThrow();
  });
});
