import { describe, expect, it } from "vitest";
import { withActor, type Actor } from "@cunjing/core/actor";
import { Counter } from "@cunjing/core/counter/index";
import { Village } from "@cunjing/core/village/index";
import { WorkLog } from "@cunjing/core/worklog/index";
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
    expect(counties.map((c) => c.slug).sort()).toEqual([
      "boluo",
      "dayawan",
      "huicheng",
      "huidong",
      "huiyang",
      "longmen",
      "zhongkai",
    ]);

    const named = { boluo: "xu-jieshan", huicheng: "liao-yanxia", zhongkai: "zhou-jiuwei" } as const;
    for (const [slug, officerSlug] of Object.entries(named)) {
      const county = counties.find((c) => c.slug === slug)!;
      const officer = await withActor({ type: "system", properties: { countyId: county.countyId } }, () =>
        Officer.bySlug(officerSlug),
      );
      expect(officer.slug).toBe(officerSlug);
    }

    const boluo = counties.find((c) => c.slug === "boluo")!;
    const roster = await withActor({ type: "public", properties: { countyId: boluo.countyId } }, () => County.roster());
    const xiqu = roster.villages.find((v) => v.nameZh === "西区社区");
    const xu = roster.officers.find((o) => o.nameZh === "徐洁珊");
    expect(xiqu?.officerId).toBe(xu?.officerId);
    expect(roster.precincts.map((p) => p.nameZh)).toContain("城镇派出所");
  });

  it("never writes into records it did not create: a restart leaves the admin's officers and the rankings alone", async () => {
    await seedDemo();
    const boluo = await withActor({ type: "public", properties: {} }, () => County.bySlug("boluo"));
    const asAdmin: Actor = {
      type: "user",
      properties: { userId: "u-admin", role: "county_admin", countyId: boluo.countyId, villageIds: [] },
    };
    // The admin adds an officer and a village of their own, and hands a demo village to the officer.
    const roster = await withActor(asAdmin, () => County.roster());
    const precinctId = roster.precincts[0]!.precinctId;
    const own = await withActor(asAdmin, async () => {
      const officerId = await Officer.create({
        slug: "own-officer",
        nameZh: "自建民警",
        nameEn: "Own",
        badge: "OWN0001",
        precinctId,
      });
      const villageId = await Village.create({ precinctId, kind: "village", nameZh: "自建村" });
      await Village.assignOfficer({ villageId, officerId });
      const demoVillage = roster.villages.find((v) => v.precinctId === precinctId && v.officerId)!;
      await Village.assignOfficer({ villageId: demoVillage.villageId, officerId });
      return { officerId, villageId };
    });
    const figures = () =>
      withActor({ type: "system", properties: { countyId: boluo.countyId } }, async () => ({
        county: await Counter.totals({ scope: "county", from: "2000-01-01", to: "2999-12-31" }),
        officer: await Counter.totals({
          scope: Counter.scope.officer(own.officerId),
          from: "2000-01-01",
          to: "2999-12-31",
        }),
        entries: (await WorkLog.byOfficer({ officerId: own.officerId })).entries.length,
      }));
    const before = await figures();
    expect(before.entries).toBe(0);

    expect((await seedDemo()).created).toBe(0); // a restart
    expect(await figures()).toEqual(before);
    const after = await withActor(asAdmin, () => County.roster());
    expect(after.villages.filter((v) => v.officerId === own.officerId).map((v) => v.villageId)).toContain(
      own.villageId,
    );
  });

  it("refuses to run against anything but DynamoDB Local on this machine", () => {
    expect(() => assertLocalEndpoint("https://dynamodb.ap-east-1.amazonaws.com")).toThrow(
      /only runs against DynamoDB Local/,
    );
    expect(() => assertLocalEndpoint(undefined)).toThrow(/unset/);
    expect(() => assertLocalEndpoint("http://10.0.0.5:8000")).toThrow();
    expect(() => assertLocalEndpoint("http://127.0.0.1:8000")).not.toThrow();
  });
});
