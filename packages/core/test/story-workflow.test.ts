import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { withActor, type Actor, type UserActor } from "../src/actor";
import { Audit } from "../src/audit/index";
import { Brand } from "../src/brand/index";
import { Counter } from "../src/counter/index";
import { County } from "../src/county/index";
import { Feature } from "../src/feature/index";
import { Officer } from "../src/officer/index";
import { Precinct } from "../src/precinct/index";
import { Story } from "../src/story/index";
import { VisibleError } from "../src/util/errors";
import { Village } from "../src/village/index";
import { WorkLog } from "../src/worklog/index";

type Place = { countyId: string; officerId: string; villageId: string; precinctId: string };

async function county(slug: string): Promise<Place> {
  const countyId = await withActor({ type: "system", properties: {} }, () =>
    County.create({
      slug,
      nameZh: "测试县",
      nameEn: "Test",
      cityZh: "惠州市",
      cityEn: "Huizhou",
      divisionCode: "441322",
      joinedOn: "2026-01-01",
    }),
  );
  return withActor({ type: "system", properties: { countyId } }, async () => {
    const precinctId = await Precinct.create({ nameZh: "派出所" });
    const officerId = await Officer.create({
      slug: "officer",
      nameZh: "徐洁珊",
      nameEn: "Xu",
      badge: `B${slug.replace(/[^a-z0-9]/g, "").slice(-8)}`,
      precinctId,
    });
    const villageId = await Village.create({ precinctId, kind: "community", nameZh: "西区社区" });
    await Village.assignOfficer({ villageId, officerId });
    return { countyId, officerId, villageId, precinctId };
  });
}

const user = (
  place: Place,
  role: UserActor["properties"]["role"],
  extra: Partial<UserActor["properties"]> = {},
): UserActor => ({
  type: "user",
  properties: { userId: `user-${randomUUID()}`, role, countyId: place.countyId, villageIds: [], ...extra },
});

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(VisibleError);
  return error as VisibleError;
}

const text = { title: "扫码登记", summary: "新警把登记搬到手机上", body: "正文 **加粗**" };

let a: Place;
let b: Place;
let officer: UserActor;
let otherOfficer: UserActor;
let admin: UserActor;
let resident: Actor;

beforeAll(async () => {
  a = await county("flow-a");
  b = await county("flow-b");
  officer = user(a, "officer", { precinctId: a.precinctId, officerId: a.officerId, villageIds: [a.villageId] });
  otherOfficer = user(a, "officer", { precinctId: a.precinctId });
  admin = user(a, "county_admin");
  resident = { type: "public", properties: { countyId: a.countyId } };
});

describe("story review workflow", () => {
  it("goes draft → review → changes requested → edited → approved → published → unpublished, keeping history and revisions", async () => {
    const { refId } = await withActor(officer, () =>
      Story.draft({ ...text, slug: "scan", officerIds: [a.officerId], villageIds: [a.villageId] }),
    );
    let detail = await withActor(officer, () => Story.detail(refId));
    expect(detail.item).toMatchObject({ status: "draft", version: 1, revision: 1 });
    expect(detail.steps).toMatchObject({ edit: true, submit: true, review: false, publish: false });

    // Publishing without approval is refused, and nothing reaches the portal.
    const early = await failure(withActor(admin, () => Story.publish({ refId, version: 1 })));
    expect(early.code).toBe("story.not_approved");
    await withActor(officer, () => Story.submit({ refId, version: 1 }));
    const stillEarly = await failure(withActor(admin, () => Story.publish({ refId, version: 2 })));
    expect(stillEarly.code).toBe("story.not_approved");
    // Only county admins review; a comment is required to send it back.
    expect(
      (await failure(withActor(officer, () => Story.review({ refId, version: 2, decision: "approve" })))).kind,
    ).toBe("forbidden");
    const noComment = await failure(
      withActor(admin, () => Story.review({ refId, version: 2, decision: "request_changes" })),
    );
    expect(noComment.fieldErrors).toHaveProperty("comment");
    await withActor(admin, () =>
      Story.review({ refId, version: 2, decision: "request_changes", comment: "请补充登记数字的来源" }),
    );

    // A stale version is refused; the author edits and resubmits.
    const stale = await failure(withActor(officer, () => Story.update({ ...text, refId, version: 2 })));
    expect(stale.code).toBe("story.changed");
    await withActor(officer, () =>
      Story.update({ ...text, body: "正文（数字来自县局通报）", refId, version: 3, officerIds: [a.officerId] }),
    );
    await withActor(officer, () => Story.submit({ refId, version: 4 }));
    await withActor(admin, () => Story.review({ refId, version: 5, decision: "approve" }));
    await withActor(admin, () => Story.publish({ refId, version: 6 }));

    const published = await withActor(resident, () => Story.get("scan"));
    expect(published.body).toBe("正文（数字来自县局通报）");
    expect((await withActor(resident, () => Story.list())).map((s) => s.slug)).toEqual(["scan"]);
    expect(
      (await withActor(resident, () => Feature.list({ scope: Counter.scope.officer(a.officerId) }))).map(
        (f) => f.refId,
      ),
    ).toEqual([refId]);

    await withActor(admin, () => Story.unpublish({ refId, version: 7, reason: "当事人要求撤下" }));
    expect((await failure(withActor(resident, () => Story.get("scan")))).code).toBe("story.not_found");
    expect(await withActor(resident, () => Story.list())).toEqual([]);
    expect(await withActor(resident, () => Feature.list({ scope: Counter.scope.officer(a.officerId) }))).toEqual([]);

    detail = await withActor(admin, () => Story.detail(refId));
    expect(detail.item.status).toBe("unpublished");
    expect(detail.item.history.map((h) => h.action)).toEqual([
      "drafted",
      "submitted",
      "changes_requested",
      "edited",
      "submitted",
      "approved",
      "published",
      "unpublished",
    ]);
    expect(detail.item.history[2]!.note).toBe("请补充登记数字的来源");
    expect(detail.steps.publish).toBe(true);
    const revisions = await withActor(admin, () => Story.revisions(refId));
    expect(revisions.map((r) => [r.revision, r.body])).toEqual([
      [2, "正文（数字来自县局通报）"],
      [1, "正文 **加粗**"],
    ]);
    const audit = await Audit.list(a.countyId, new Date().toISOString().slice(0, 7));
    expect(
      audit
        .filter((e) => e.subject === refId)
        .map((e) => e.action)
        .sort(),
    ).toEqual(["story.published", "story.unpublished"]);
  });

  it("refuses officers and villages of another county with a clear message, writing nothing", async () => {
    const foreignOfficer = await failure(
      withActor(officer, () => Story.draft({ ...text, slug: "foreign", officerIds: [b.officerId] })),
    );
    expect(foreignOfficer.code).toBe("story.officer_outside_county");
    expect(foreignOfficer.fieldErrors?.officerIds).toEqual(["Only officers of your county can be featured"]);
    const foreignVillage = await failure(
      withActor(officer, () => Brand.draft({ ...text, slug: "foreign", villageIds: [b.villageId] })),
    );
    expect(foreignVillage.code).toBe("brand.village_outside_county");
    // The address was not claimed by the failed attempt.
    await withActor(officer, () => Story.draft({ ...text, slug: "foreign" }));
  });

  it("keeps drafts to their author and the reviewers, and names markup readers will not see", async () => {
    const { refId, unsafe } = await withActor(officer, () =>
      Story.draft({
        ...text,
        body: 'Hi <script>window.pwned = 1</script><img src="x" onerror="alert(1)"> <iframe src="https://evil.example"></iframe>',
      }),
    );
    expect(unsafe).toEqual(["<script>", "<iframe>", "on…="]);
    expect((await failure(withActor(otherOfficer, () => Story.detail(refId)))).code).toBe("story.not_found");
    const board = await withActor(otherOfficer, () => Story.board({ status: "all" }));
    expect(board.map((s) => s.refId)).not.toContain(refId);
    expect((await withActor(admin, () => Story.board({ status: "all" }))).map((s) => s.refId)).toContain(refId);
    expect((await failure(withActor(otherOfficer, () => Story.submit({ refId, version: 1 })))).code).toBe(
      "story.not_found",
    );
    // Residents may not draft.
    expect((await failure(withActor(resident, () => Story.draft(text)))).kind).toBe("unauthorized");
  });

  it("shows reviewers the featured officer's record for the half-year", async () => {
    await withActor(officer, () =>
      WorkLog.record({
        idempotencyKey: randomUUID(),
        villageId: a.villageId,
        gridId: "g1",
        // Midnight of today (China time) is never in the future, whatever the hour the suite runs.
        occurredAt: `${Counter.dayOf(Date.now())}T00:00`,
        details: { category: "visit", household: "3号" },
      }),
    );
    const { refId } = await withActor(officer, () =>
      Brand.draft({ ...text, officerIds: [a.officerId], villageIds: [a.villageId] }),
    );
    const evidence = await withActor(admin, () => Brand.evidence(refId));
    expect(evidence.half).toEqual(Counter.halfYear());
    expect(evidence.officers).toHaveLength(1);
    expect(evidence.officers[0]).toMatchObject({
      officerId: a.officerId,
      nameZh: "徐洁珊",
      entries: 1,
      ratings: { count: 0, verified: 0 },
    });
    expect(evidence.officers[0]!.totals.visit).toBe(1);
    expect(evidence.villages[0]).toMatchObject({ villageId: a.villageId, nameZh: "西区社区" });
  });
});
