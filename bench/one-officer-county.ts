import type { Actor } from "@cunjing/core/actor";

/**
 * A county with one precinct, one community and its one officer, made through the real verbs, for a
 * bench that loads one officer. Call it after DYNAMODB_ENDPOINT and TABLE_NAME are set (core binds
 * its table when first loaded).
 */
export async function oneOfficerCounty(county: { slug: string; nameZh: string; nameEn: string }) {
  const { withActor } = await import("@cunjing/core/actor");
  const { County } = await import("@cunjing/core/county/index");
  const { Precinct } = await import("@cunjing/core/precinct/index");
  const { Officer } = await import("@cunjing/core/officer/index");
  const { Village } = await import("@cunjing/core/village/index");

  const countyId = await withActor({ type: "system", properties: {} }, () =>
    County.create({ ...county, cityZh: "惠州市", cityEn: "Huizhou", divisionCode: "441322", joinedOn: "2026-01-01" }),
  );
  const system = { type: "system", properties: { countyId } } as const;
  const { precinctId, officerId, villageId } = await withActor(system, async () => {
    const precinctId = await Precinct.create({ nameZh: "城镇派出所" });
    const officerId = await Officer.create({
      slug: "bench",
      nameZh: "徐洁珊",
      nameEn: "Xu",
      badge: "100001",
      precinctId,
    });
    const villageId = await Village.create({ precinctId, kind: "community", nameZh: "西区社区" });
    await Village.assignOfficer({ villageId, officerId });
    return { precinctId, officerId, villageId };
  });
  const officer: Actor = {
    type: "user",
    properties: { userId: "bench", role: "officer", countyId, precinctId, officerId, villageIds: [villageId] },
  };
  return { countyId, officerId, villageId, officer };
}
