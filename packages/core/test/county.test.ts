import { describe, expect, it } from "vitest";
import { withActor, type Actor } from "../src/actor";
import { County } from "../src/county/index";
import { Officer } from "../src/officer/index";
import { Precinct } from "../src/precinct/index";
import { Village } from "../src/village/index";
import { VisibleError } from "../src/util/errors";

const system = (countyId?: string): Actor => ({ type: "system", properties: { countyId } });
const admin = (countyId: string): Actor => ({
  type: "user",
  properties: { userId: "u1", role: "county_admin", countyId, villageIds: [] },
});
const officerActor = (countyId: string): Actor => ({
  type: "user",
  properties: { userId: "u2", role: "officer", countyId, villageIds: [] },
});

const boluo = {
  slug: "boluo",
  nameZh: "博罗县",
  nameEn: "Boluo County",
  cityZh: "惠州市",
  cityEn: "Huizhou",
  divisionCode: "441322",
};

async function rejection(promise: Promise<unknown>): Promise<VisibleError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(VisibleError);
  return error as VisibleError;
}

describe("County", () => {
  it("creates a county, finds it by slug and lists it", async () => {
    const countyId = await withActor(system(), () => County.create(boluo));
    const found = await withActor({ type: "public", properties: {} }, () => County.bySlug("boluo"));
    expect(found).toMatchObject({ countyId, nameZh: "博罗县", timeZone: "Asia/Shanghai", status: "active" });
    const all = await withActor(system(), () => County.list());
    expect(all.map((c) => c.slug)).toContain("boluo");
  });

  it("refuses a taken slug, a reserved slug and a bad division code, with field errors", async () => {
    await withActor(system(), () => County.create({ ...boluo, slug: "taken" }));
    const taken = await rejection(withActor(system(), () => County.create({ ...boluo, slug: "taken" })));
    expect(taken).toMatchObject({ kind: "conflict", code: "county.slug_taken" });

    const invalid = await rejection(
      withActor(system(), () => County.create({ ...boluo, slug: "en", divisionCode: "12345" })),
    );
    expect(invalid.code).toBe("input.invalid");
    expect(Object.keys(invalid.fieldErrors ?? {}).sort()).toEqual(["divisionCode", "slug"]);
  });

  it("lets only platform admins and the system create counties", async () => {
    const denied = await rejection(withActor(admin("x"), () => County.create({ ...boluo, slug: "other" })));
    expect(denied.kind).toBe("forbidden");
    const anonymous = await rejection(
      withActor({ type: "public", properties: {} }, () => County.create({ ...boluo, slug: "other" })),
    );
    expect(anonymous.kind).toBe("unauthorized");
  });

  it("answers an unknown slug with county.not_found", async () => {
    const missing = await rejection(withActor({ type: "public", properties: {} }, () => County.bySlug("nowhere")));
    expect(missing).toMatchObject({ kind: "not_found", code: "county.not_found" });
  });
});

describe("a county's roster", () => {
  it("returns precincts, villages with pinyin keys and officers in one query, scoped to the actor's county", async () => {
    const countyA = await withActor(system(), () => County.create({ ...boluo, slug: "roster-a" }));
    const countyB = await withActor(system(), () => County.create({ ...boluo, slug: "roster-b", nameZh: "惠东县" }));

    const ids = await withActor(admin(countyA), async () => {
      const precinctId = await Precinct.create({ nameZh: "城镇派出所", nameEn: "Chengzhen Police Station" });
      const villageId = await Village.create({
        precinctId,
        kind: "community",
        nameZh: "西区社区",
        nameEn: "Xiqu Community",
      });
      const officerId = await Officer.create({
        slug: "xu-jieshan",
        nameZh: "徐洁珊",
        nameEn: "Xu Jieshan",
        badge: "441322001",
        precinctId,
      });
      await Village.assignOfficer({ villageId, officerId });
      return { precinctId, villageId, officerId };
    });

    const roster = await withActor(system(countyA), () => County.roster());
    expect(roster.county.nameZh).toBe("博罗县");
    expect(roster.precincts.map((p) => p.nameZh)).toEqual(["城镇派出所"]);
    expect(roster.villages[0]).toMatchObject({
      nameZh: "西区社区",
      pinyin: "xiqushequ",
      initials: "xqsq",
      officerId: ids.officerId,
    });
    expect(roster.officers.map((o) => o.slug)).toEqual(["xu-jieshan"]);

    // County B sees none of county A, even when asking for A's ids.
    const rosterB = await withActor(system(countyB), () => County.roster());
    expect(rosterB.precincts).toEqual([]);
    await rejection(withActor(system(countyB), () => Village.get(ids.villageId)));
    await rejection(withActor(system(countyB), () => Officer.get(ids.officerId)));
    await rejection(withActor(system(countyB), () => Officer.bySlug("xu-jieshan")));
  });

  it("keeps slugs and badges unique per county, and refuses an unknown precinct", async () => {
    const countyId = await withActor(system(), () => County.create({ ...boluo, slug: "unique-a" }));
    const otherId = await withActor(system(), () => County.create({ ...boluo, slug: "unique-b" }));
    await withActor(admin(countyId), async () => {
      const precinctId = await Precinct.create({ nameZh: "石湾派出所" });
      const officer = { slug: "li-ming", nameZh: "李明", nameEn: "Li Ming", badge: "100200", precinctId };
      await Officer.create(officer);
      expect(await rejection(Officer.create(officer))).toMatchObject({ code: "officer.slug_taken" });
      expect(await rejection(Officer.create({ ...officer, slug: "li-ming-2" }))).toMatchObject({
        code: "officer.badge_taken",
        fieldErrors: { badge: ["This badge number is in use"] },
      });
      expect(
        await rejection(Officer.create({ ...officer, slug: "x-y", badge: "999999", precinctId: "missing" })),
      ).toMatchObject({
        code: "precinct.not_found",
      });
      expect(await rejection(Village.create({ precinctId: "missing", kind: "village", nameZh: "新村" }))).toMatchObject(
        { code: "precinct.not_found" },
      );
    });
    // The same slug and badge are free in another county.
    await withActor(admin(otherId), async () => {
      const precinctId = await Precinct.create({ nameZh: "石湾派出所" });
      await expect(
        Officer.create({ slug: "li-ming", nameZh: "李明", nameEn: "Li Ming", badge: "100200", precinctId }),
      ).resolves.toBeTypeOf("string");
    });
  });

  it("refuses onboarding to officers and to actors without a county", async () => {
    const countyId = await withActor(system(), () => County.create({ ...boluo, slug: "roles-a" }));
    expect((await rejection(withActor(officerActor(countyId), () => Precinct.create({ nameZh: "某所" })))).kind).toBe(
      "forbidden",
    );
    expect((await rejection(withActor(system(), () => Precinct.create({ nameZh: "某所" })))).code).toBe(
      "actor.no_county",
    );
  });
});
