import { describe, expect, it } from "vitest";
import { withActor, type Actor } from "../src/actor";
import { Brand } from "../src/brand/index";
import { Counter } from "../src/counter/index";
import { County } from "../src/county/index";
import { Feature } from "../src/feature/index";
import { Officer } from "../src/officer/index";
import { Precinct } from "../src/precinct/index";
import { Story } from "../src/story/index";
import { VisibleError } from "../src/util/errors";
import { Village } from "../src/village/index";

const system = (countyId?: string): Actor => ({ type: "system", properties: { countyId } });
const resident = (countyId: string): Actor => ({ type: "public", properties: { countyId } });

async function county(slug: string) {
  const countyId = await withActor(system(), () =>
    County.create({
      slug,
      nameZh: "测试县",
      nameEn: "Test",
      cityZh: "惠州市",
      cityEn: "Huizhou",
      divisionCode: "441322",
    }),
  );
  return withActor(system(countyId), async () => {
    const precinctId = await Precinct.create({ nameZh: "派出所" });
    const officerId = await Officer.create({
      slug: "officer",
      nameZh: "民警",
      nameEn: "Officer",
      badge: `B${slug.replace(/[^a-z0-9]/g, "").slice(-8)}`,
      precinctId,
    });
    const villageId = await Village.create({ precinctId, kind: "village", nameZh: "村" });
    return { countyId, officerId, villageId };
  });
}

const story = { title: "标题", summary: "摘要", body: "正文 **加粗**" };

async function rejection(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(VisibleError);
  return error as VisibleError;
}

describe("Story and Brand", () => {
  it("publishes a story that residents find by address, in the list, and on the pages it features", async () => {
    const a = await county("story-a");
    const storyId = await withActor(system(a.countyId), () =>
      Story.create({
        ...story,
        slug: "first",
        status: "published",
        officerIds: [a.officerId, a.officerId],
        villageIds: [a.villageId],
      }),
    );
    const found = await withActor(resident(a.countyId), () => Story.get("first"));
    expect(found).toMatchObject({ storyId, status: "published", officerIds: [a.officerId] });
    expect(found.publishedAt).toBeGreaterThan(0);

    const list = await withActor(resident(a.countyId), () => Story.list());
    expect(list.map((card) => card.slug)).toEqual(["first"]);
    expect(list[0]).not.toHaveProperty("body");
    for (const scope of [Counter.scope.officer(a.officerId), Counter.scope.village(a.villageId)]) {
      const features = await withActor(resident(a.countyId), () => Feature.list({ scope }));
      expect(features.map((f) => [f.kind, f.refId])).toEqual([["story", storyId]]);
    }
  });

  it("keeps drafts out of public reads", async () => {
    const a = await county("story-b");
    await withActor(system(a.countyId), () => Story.create({ ...story, slug: "draft" }));
    const error = await rejection(withActor(resident(a.countyId), () => Story.get("draft")));
    expect(error.code).toBe("story.not_found");
    expect(await withActor(resident(a.countyId), () => Story.list())).toEqual([]);
  });

  it("refuses a taken address, and officers or villages of another county, writing nothing", async () => {
    const a = await county("story-c");
    const b = await county("story-d");
    await withActor(system(a.countyId), () => Brand.create({ ...story, slug: "taken", status: "published" }));
    const taken = await rejection(withActor(system(a.countyId), () => Brand.create({ ...story, slug: "taken" })));
    expect(taken.code).toBe("brand.slug_taken");

    const foreignOfficer = await rejection(
      withActor(system(a.countyId), () =>
        Story.create({ ...story, slug: "xx", status: "published", officerIds: [b.officerId] }),
      ),
    );
    expect(foreignOfficer.code).toBe("officer.not_found");
    const foreignVillage = await rejection(
      withActor(system(a.countyId), () =>
        Story.create({ ...story, slug: "xx", status: "published", villageIds: [b.villageId] }),
      ),
    );
    expect(foreignVillage.code).toBe("village.not_found");
    expect(await withActor(resident(a.countyId), () => Story.list())).toEqual([]);
    // The address was not claimed by the failed attempts.
    await withActor(system(a.countyId), () => Story.create({ ...story, slug: "xx" }));
  });

  it("lets only county admins and the system write, and validates the input", async () => {
    const a = await county("story-e");
    const officer: Actor = {
      type: "user",
      properties: { userId: "u", role: "officer", countyId: a.countyId, villageIds: [] },
    };
    expect((await rejection(withActor(officer, () => Story.create({ ...story, slug: "yy" })))).kind).toBe("forbidden");
    const invalid = await rejection(
      withActor(system(a.countyId), () =>
        Story.create({ ...story, slug: "Bad Slug", title: "", coverUrl: "javascript:alert(1)" }),
      ),
    );
    expect(Object.keys(invalid.fieldErrors ?? {}).sort()).toEqual(["coverUrl", "slug", "title"]);
  });
});
