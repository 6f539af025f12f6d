import { describe, expect, it } from "vitest";
import { Auth } from "../src/auth/index";
import { withActor, type Actor } from "../src/actor";
import { Audit } from "../src/audit/index";
import { County } from "../src/county/index";
import { isCountyDivisionCode, loadDivisions } from "../src/county/division";
import { Grid } from "../src/grid/index";
import { Officer } from "../src/officer/index";
import { Precinct } from "../src/precinct/index";
import { Settings } from "../src/settings/index";
import { Village } from "../src/village/index";
import { countyAdmin, newCounty, platformAdmin, rejection, supervisor, system } from "./onboarding/fixtures";

describe("county tenants", () => {
  it("validates the 6-digit county-level division code against the GB/T 2260 list", async () => {
    await loadDivisions();
    expect(isCountyDivisionCode("441322")).toBe(true); // 博罗县
    expect(isCountyDivisionCode("441371")).toBe(true); // 仲恺高新区, a functional zone of Huizhou
    expect(isCountyDivisionCode("441399")).toBe(false); // made up
    expect(isCountyDivisionCode("441325")).toBe(false); // made up
    expect(isCountyDivisionCode("449971")).toBe(false); // a zone under no listed prefecture
    expect(isCountyDivisionCode("110101")).toBe(true); // 东城区
    expect(isCountyDivisionCode("441300")).toBe(false); // a prefecture, not a county
    expect(isCountyDivisionCode("440000")).toBe(false);
    expect(isCountyDivisionCode("991322")).toBe(false); // no such province
    expect(isCountyDivisionCode("44132")).toBe(false);
  });

  it("creates a county with Asia/Shanghai by default and refuses a prefecture code", async () => {
    const { countyId, slug } = await newCounty();
    const county = await withActor(system(countyId), () => County.current());
    expect(county).toMatchObject({ slug, timeZone: "Asia/Shanghai", status: "active" });
    const bad = await rejection(
      withActor(platformAdmin, () =>
        County.create({
          slug: "prefecture",
          nameZh: "惠州市",
          nameEn: "Huizhou",
          cityZh: "惠州市",
          cityEn: "Huizhou",
          divisionCode: "441300",
        }),
      ),
    );
    expect(bad.fieldErrors).toEqual({ divisionCode: ["Not a county-level division code"] });
  });

  it("suspends a county: its users cannot sign in and their sessions end; reactivating restores sign-in; nothing is deleted", async () => {
    const { countyId, slug } = await newCounty();
    const precinctId = await withActor(countyAdmin(countyId), () => Precinct.create({ nameZh: "城镇派出所" }));
    await Auth.createUser({
      countyId,
      username: "admin.x",
      displayName: "管理员",
      password: "a-long-password-1",
      role: "county_admin",
    });
    const signIn = () =>
      withActor({ type: "public", properties: {} }, () =>
        Auth.signIn({ county: slug, username: "admin.x", password: "a-long-password-1" }),
      );
    const { sessionId } = await signIn();

    await rejection(withActor(countyAdmin(countyId), () => County.suspend({ slug })));
    await withActor(platformAdmin, () => County.suspend({ slug, reason: "合同到期" }));
    expect((await rejection(signIn())).code).toBe("auth.county_suspended");
    const { Session } = await import("../src/auth/session");
    expect(await withActor({ type: "public", properties: {} }, () => Session.actorOf(sessionId))).toBeUndefined();
    const county = await withActor({ type: "public", properties: {} }, () => County.bySlug(slug));
    expect(county.status).toBe("suspended");
    expect(JSON.stringify(county)).not.toContain("合同到期"); // the reason is in the audit log only
    expect(await withActor(system(countyId), () => Precinct.get(precinctId))).toMatchObject({ nameZh: "城镇派出所" });
    const events = await Audit.list(countyId, new Date().toISOString().slice(0, 7));
    expect(events.find((e) => e.action === "county.suspended")?.detail).toEqual({ reason: "合同到期" });

    await withActor(platformAdmin, () => County.reactivate({ slug }));
    await expect(signIn()).resolves.toHaveProperty("sessionId");
  });
});

describe("precincts", () => {
  it("keeps names unique per county (ignoring width and spaces), renames and archives only empty precincts", async () => {
    const { countyId, admin } = await newCounty();
    const other = await newCounty();
    await withActor(admin, async () => {
      const precinctId = await Precinct.create({ nameZh: "城镇派出所（一）", phone: "0752-6123456" });
      expect((await rejection(Precinct.create({ nameZh: "城镇派出所(一) " }))).code).toBe("precinct.name_taken");
      await Precinct.update({ precinctId, nameZh: "城镇派出所", phone: "" });
      expect(await Precinct.get(precinctId)).toMatchObject({ nameZh: "城镇派出所" });
      expect((await Precinct.get(precinctId)).phone).toBeUndefined();
      // The old name is free again, the new one is taken.
      await Precinct.create({ nameZh: "城镇派出所（一）" });
      expect((await rejection(Precinct.create({ nameZh: "城镇派出所" }))).code).toBe("precinct.name_taken");

      await Village.create({ precinctId, kind: "community", nameZh: "西区社区" });
      expect((await rejection(Precinct.archive({ precinctId }))).code).toBe("precinct.not_empty");
      const empty = await Precinct.create({ nameZh: "石湾派出所" });
      await Precinct.archive({ precinctId: empty });
      expect((await Precinct.list()).map((p) => [p.nameZh, p.status])).toEqual([
        ["城镇派出所", "active"],
        ["城镇派出所（一）", "active"],
        ["石湾派出所", "archived"],
      ]);
      expect((await rejection(Village.create({ precinctId: empty, kind: "village", nameZh: "新村" }))).code).toBe(
        "precinct.not_found",
      );
      await Precinct.restore({ precinctId: empty });
    });
    // The same name is free in another county; county A's precinct is not found from county B.
    await withActor(other.admin, async () => {
      await expect(Precinct.create({ nameZh: "城镇派出所" })).resolves.toBeTypeOf("string");
      expect((await Precinct.list()).length).toBe(1);
    });
    const [precinct] = await withActor(admin, () => Precinct.list());
    expect(
      (
        await rejection(
          withActor(other.admin, () => Precinct.update({ precinctId: precinct!.precinctId, nameZh: "x" })),
        )
      ).code,
    ).toBe("precinct.not_found");
    expect(countyId).toBeTruthy();
  });

  it("lists a precinct's supervisors", async () => {
    const { countyId, admin } = await newCounty();
    const precinctId = await withActor(admin, () => Precinct.create({ nameZh: "城镇派出所" }));
    await Auth.createUser({
      countyId,
      username: "sup.a",
      displayName: "所长",
      password: "a-long-password-1",
      role: "precinct_supervisor",
      precinctId,
    });
    await Auth.createUser({
      countyId,
      username: "sup.b",
      displayName: "别所",
      password: "a-long-password-1",
      role: "precinct_supervisor",
      precinctId: "other",
    });
    const supervisors = await withActor(admin, () => Precinct.supervisors({ precinctId }));
    expect(supervisors.map((s) => s.username)).toEqual(["sup.a"]);
    expect(JSON.stringify(supervisors)).not.toContain("passwordHash");
  });
});

describe("villages, grids and officers", () => {
  async function county() {
    const { countyId, admin } = await newCounty();
    return withActor(admin, async () => {
      const precinctId = await Precinct.create({ nameZh: "城镇派出所" });
      const otherPrecinctId = await Precinct.create({ nameZh: "石湾派出所" });
      const villageId = await Village.create({
        precinctId,
        kind: "community",
        nameZh: "西区社区",
        deskHours: "周一 9:00–12:00",
      });
      const officer = (badge: string, nameZh: string, slug: string) =>
        Officer.create({ slug, nameZh, nameEn: slug, badge, precinctId, rank: "一级警长" });
      const xu = await officer("441322001", "徐洁珊", "xu-jieshan");
      const li = await officer("441322002", "李明", "li-ming");
      return { countyId, admin, precinctId, otherPrecinctId, villageId, xu, li };
    });
  }

  it("keeps village names unique within a precinct, and moves the claim with an edit", async () => {
    const c = await county();
    await withActor(c.admin, async () => {
      expect(
        (await rejection(Village.create({ precinctId: c.precinctId, kind: "village", nameZh: "西区社区" }))).code,
      ).toBe("village.name_taken");
      // The same name under another precinct is fine.
      const twin = await Village.create({ precinctId: c.otherPrecinctId, kind: "village", nameZh: "西区社区" });
      expect((await rejection(Village.update({ villageId: twin, precinctId: c.precinctId }))).code).toBe(
        "village.name_taken",
      );
      await Village.update({ villageId: twin, nameZh: "东区村", address: "东区一路 1 号" });
      await Village.update({ villageId: twin, precinctId: c.precinctId });
      expect(await Village.get(twin)).toMatchObject({
        nameZh: "东区村",
        pinyin: "dongqucun",
        precinctId: c.precinctId,
        address: "东区一路 1 号",
      });
      await Village.create({ precinctId: c.otherPrecinctId, kind: "village", nameZh: "西区社区" });
      const inPrecinct = await Village.list({ precinctId: c.precinctId });
      expect(inPrecinct.map((v) => v.nameZh)).toEqual(["东区村", "西区社区"]);
    });
  });

  it("assigns one officer per village, ends the previous assignment, keeps the history and flags villages without one", async () => {
    const c = await county();
    await withActor(c.admin, async () => {
      const second = await Village.create({ precinctId: c.precinctId, kind: "village", nameZh: "水口村" });
      expect((await Village.withoutOfficer()).map((v) => v.nameZh).sort()).toEqual(["水口村", "西区社区"]);

      await Village.assignOfficer({ villageId: c.villageId, officerId: c.xu });
      await Village.assignOfficer({ villageId: second, officerId: c.xu }); // one officer, several villages
      await Village.assignOfficer({ villageId: c.villageId, officerId: c.li });
      expect((await Officer.get(c.xu)).villageIds).toEqual([second]);
      expect((await Officer.get(c.li)).villageIds).toEqual([c.villageId]);
      expect((await Village.get(c.villageId)).officerId).toBe(c.li);

      await Village.unassignOfficer({ villageId: c.villageId });
      expect((await Officer.get(c.li)).villageIds).toBeUndefined();
      expect((await Village.withoutOfficer()).map((v) => v.nameZh)).toEqual(["西区社区"]);

      const history = await Village.history({ villageId: c.villageId });
      expect(history.map((p) => [p.officerId, Boolean(p.until)])).toEqual([
        [c.li, true],
        [c.xu, true],
      ]);
      expect(history[1]!.until).toBe(history[0]!.from);
      await Village.assignOfficer({ villageId: c.villageId, officerId: c.xu });
      const [current] = await Village.history({ villageId: c.villageId });
      expect(current).toMatchObject({ officerId: c.xu, actorId: "admin-1", source: "console" });
      expect(current!.until).toBeUndefined();

      // Archiving the village ends its assignment and records it.
      await Village.archive({ villageId: c.villageId });
      expect((await Officer.get(c.xu)).villageIds).toEqual([second]);
      expect((await Village.history({ villageId: c.villageId }))[0]!.until).toBeDefined();
      expect((await Village.withoutOfficer()).length).toBe(0);
      expect((await rejection(Village.assignOfficer({ villageId: c.villageId, officerId: c.xu }))).code).toBe(
        "village.not_found",
      );
    });
  });

  it("refuses an officer or village of another county, and archived officers", async () => {
    const a = await county();
    const b = await county();
    await withActor(a.admin, async () => {
      expect((await rejection(Village.assignOfficer({ villageId: a.villageId, officerId: b.xu }))).code).toBe(
        "officer.not_found",
      );
      expect((await rejection(Village.assignOfficer({ villageId: b.villageId, officerId: a.xu }))).code).toBe(
        "village.not_found",
      );
      expect((await rejection(Village.history({ villageId: b.villageId }))).code).toBe("village.not_found");
      expect((await rejection(Grid.list({ villageId: b.villageId }))).code).toBe("village.not_found");
      expect(
        (await rejection(Village.create({ precinctId: b.precinctId, kind: "village", nameZh: "越界村" }))).code,
      ).toBe("precinct.not_found");
      await Officer.archive({ officerId: a.li });
      expect((await rejection(Village.assignOfficer({ villageId: a.villageId, officerId: a.li }))).code).toBe(
        "officer.not_found",
      );
      await Village.assignOfficer({ villageId: a.villageId, officerId: a.xu });
      expect((await rejection(Officer.archive({ officerId: a.xu }))).code).toBe("officer.serves_villages");
    });
    expect((await withActor(b.admin, () => Village.get(b.villageId))).officerId).toBeUndefined();
  });

  it("edits officers: a new badge moves its claim, an empty field is cleared, the public address stays", async () => {
    const c = await county();
    await withActor(c.admin, async () => {
      expect((await rejection(Officer.update({ officerId: c.li, badge: "441322001" }))).code).toBe(
        "officer.badge_taken",
      );
      await Officer.update({
        officerId: c.li,
        badge: "441322099",
        rank: "",
        bio: "调解能手",
        precinctId: c.otherPrecinctId,
        officePhone: "0752-6123456",
      });
      const li = await Officer.get(c.li);
      expect(li).toMatchObject({ badge: "441322099", bio: "调解能手", precinctId: c.otherPrecinctId, slug: "li-ming" });
      expect(li.rank).toBeUndefined();
      // The old badge is free again.
      await expect(
        Officer.create({
          slug: "wang-fang",
          nameZh: "王芳",
          nameEn: "Wang Fang",
          badge: "441322002",
          precinctId: c.precinctId,
        }),
      ).resolves.toBeTypeOf("string");
      expect((await Officer.list({ precinctId: c.otherPrecinctId })).map((o) => o.nameZh)).toEqual(["李明"]);
      expect((await rejection(Officer.update({ officerId: c.li, photoUrl: "javascript:alert(1)" }))).code).toBe(
        "input.invalid",
      );
    });
  });

  it("keeps grid cells under their village, unique by code", async () => {
    const c = await county();
    await withActor(c.admin, async () => {
      await Grid.create({ villageId: c.villageId, code: "G01", nameZh: "第一网格" });
      await Grid.create({ villageId: c.villageId, code: "G10" });
      await Grid.create({ villageId: c.villageId, code: "G2" });
      expect((await rejection(Grid.create({ villageId: c.villageId, code: "g01" }))).code).toBe("grid.code_taken");
      expect((await rejection(Grid.create({ villageId: "nowhere", code: "G01" }))).code).toBe("village.not_found");
      await Grid.update({ villageId: c.villageId, code: "G01", nameZh: "", note: "含工业园" });
      await Grid.archive({ villageId: c.villageId, code: "G10" });
      expect((await Grid.list({ villageId: c.villageId })).map((g) => [g.code, g.nameZh, g.note])).toEqual([
        ["G01", undefined, "含工业园"],
        ["G2", undefined, undefined],
      ]);
      expect((await Grid.countsByVillage()).get(c.villageId)).toBe(2);
      expect((await rejection(Grid.update({ villageId: c.villageId, code: "G99", note: "x" }))).code).toBe(
        "grid.not_found",
      );
      // Grids are not in the roster partition: the county's roster reads none of them.
      const roster = await County.roster();
      expect(JSON.stringify(roster)).not.toContain("G01");
    });
  });

  it("narrows supervisors to their own precinct", async () => {
    const c = await county();
    const other = await withActor(c.admin, () =>
      Village.create({ precinctId: c.otherPrecinctId, kind: "village", nameZh: "石湾村" }),
    );
    await withActor(supervisor(c.countyId, c.otherPrecinctId), async () => {
      expect((await Village.withoutOfficer()).map((v) => v.villageId)).toEqual([other]);
      expect(await Village.list({ precinctId: c.precinctId })).toEqual([]);
      expect((await rejection(Village.history({ villageId: c.villageId }))).code).toBe("village.not_found");
      expect((await rejection(Precinct.create({ nameZh: "x" }))).kind).toBe("forbidden");
    });
  });
});

describe("county settings", () => {
  it("has defaults, validates branding and records changes", async () => {
    const { countyId, admin } = await newCounty();
    await withActor(admin, async () => {
      expect(await Settings.get()).toEqual({ excellenceTarget: 30, intakeRetentionDays: 90 });
      const bad = await rejection(
        Settings.update({ excellenceTarget: 0, accentColour: "#ffff00", logoUrl: "http://x/y.png" }),
      );
      expect(Object.keys(bad.fieldErrors!).sort()).toEqual(["accentColour", "excellenceTarget", "logoUrl"]);
      expect(bad.fieldErrors!.accentColour).toEqual(["Too light for white text; choose a darker colour"]);
      const saved = await Settings.update({
        excellenceTarget: 35,
        displayName: "博罗平安",
        accentColour: "#0B4AA2",
        contactLine: "县公安局服务热线 0752-6123456",
      });
      expect(saved).toMatchObject({ excellenceTarget: 35, displayName: "博罗平安", accentColour: "#0b4aa2" });
      expect(await Settings.update({ displayName: "" })).not.toHaveProperty("displayName", "博罗平安");
    });
    const officer: Actor = { type: "user", properties: { userId: "o1", role: "officer", countyId, villageIds: [] } };
    expect((await rejection(withActor(officer, () => Settings.get()))).kind).toBe("forbidden");
  });
});
