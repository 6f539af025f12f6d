import { describe, expect, it } from "vitest";
import { withActor, type Actor } from "../src/actor";
import { Audit } from "../src/audit/index";
import { County } from "../src/county/index";
import { Counter } from "../src/counter/index";

async function county(slug: string) {
  return withActor({ type: "system", properties: {} }, () =>
    County.create({
      slug,
      nameZh: `${slug}县`,
      nameEn: slug,
      cityZh: "惠州市",
      cityEn: "Huizhou",
      divisionCode: "441322",
      joinedOn: "2020-01-01",
    }),
  );
}
const user = (countyId: string, role: "county_admin" | "officer" | "precinct_supervisor", userId: string): Actor => ({
  type: "user",
  properties: { userId, role, countyId, villageIds: [], ...(role === "officer" ? { officerId: "o1" } : {}) },
});

describe("the audit log view", () => {
  it("shows the county admin this month's events, filtered by action and by actor, and nobody else", async () => {
    const countyId = await county("audit-a");
    const other = await county("audit-b");
    const admin = user(countyId, "county_admin", "u-admin");
    const officer = user(countyId, "officer", "u-officer");
    await withActor(officer, async () => {
      await Audit.record({ countyId, action: "intake.revealed", subject: "sub-1", detail: { reason: "核实身份" } });
      await Audit.record({ countyId, action: "worklog.edited", subject: "entry-1" });
    });
    await withActor(admin, () => Audit.record({ countyId, action: "county.settings_changed" }));
    await withActor(user(other, "officer", "u-b"), () =>
      Audit.record({ countyId: other, action: "intake.revealed", subject: "b-secret" }),
    );

    const month = Counter.dayOf(Date.now()).slice(0, 7);
    const all = await withActor(admin, () => Audit.browse({}));
    expect(all.month).toBe(month);
    expect(all.events.map((e) => e.action).sort()).toEqual(
      ["county.created", "county.settings_changed", "intake.revealed", "worklog.edited"].sort(),
    );
    expect(JSON.stringify(all)).not.toContain("b-secret");
    const reveals = await withActor(admin, () => Audit.browse({ action: "intake.revealed" }));
    expect(reveals.events).toHaveLength(1);
    expect(reveals.events[0]).toMatchObject({ actorId: "u-officer", actorRole: "officer", subject: "sub-1" });
    expect(reveals.events[0]!.detail).toEqual({ reason: "核实身份" });
    const byOfficer = await withActor(admin, () => Audit.browse({ actorId: "u-officer" }));
    expect(byOfficer.events.map((e) => e.action).sort()).toEqual(["intake.revealed", "worklog.edited"]);
    const byOfficerReveals = await withActor(admin, () =>
      Audit.browse({ actorId: "u-officer", action: "worklog.edited" }),
    );
    expect(byOfficerReveals.events.map((e) => e.subject)).toEqual(["entry-1"]);
    expect((await withActor(admin, () => Audit.browse({ month: "2020-01" }))).events).toEqual([]);

    for (const caller of [officer, user(countyId, "precinct_supervisor", "u-sup")]) {
      await expect(withActor(caller, () => Audit.browse({}))).rejects.toMatchObject({ kind: "forbidden" });
      await expect(withActor(caller, () => Audit.exportRows({}))).rejects.toMatchObject({ kind: "forbidden" });
    }
    await expect(withActor({ type: "public", properties: { countyId } }, () => Audit.browse({}))).rejects.toMatchObject(
      { kind: "unauthorized" },
    );
  });

  it("refuses a malformed month, action or page link with field errors", async () => {
    const countyId = await county("audit-c");
    const admin = user(countyId, "county_admin", "u-admin");
    await expect(withActor(admin, () => Audit.browse({ month: "2026-13" }))).rejects.toMatchObject({
      kind: "input",
      fieldErrors: { month: expect.any(Array) },
    });
    await expect(withActor(admin, () => Audit.browse({ action: "nope" as never }))).rejects.toMatchObject({
      kind: "input",
      fieldErrors: { action: expect.any(Array) },
    });
    await expect(withActor(admin, () => Audit.browse({ cursor: "bm90LWEtY3Vyc29y" }))).rejects.toMatchObject({
      kind: "input",
      fieldErrors: { cursor: expect.any(Array) },
    });
  });

  it("exports the month's matching events and records that it did", async () => {
    const countyId = await county("audit-d");
    const admin = user(countyId, "county_admin", "u-admin");
    await withActor(admin, async () => {
      for (let i = 0; i < 3; i++) await Audit.record({ countyId, action: "task.assigned", subject: `t-${i}` });
    });
    const exported = await withActor(admin, () => Audit.exportRows({ action: "task.assigned" }));
    expect(exported.events.map((e) => e.subject).sort()).toEqual(["t-0", "t-1", "t-2"]);
    const after = await withActor(admin, () => Audit.browse({ action: "audit.exported" }));
    expect(after.events).toHaveLength(1);
    expect(after.events[0]!.detail).toEqual({ rows: 3, filter: "task.assigned" });
  });
});
