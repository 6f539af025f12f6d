import * as z from 'zod';
import { p as publicationStatuses, u as useCounty, c as createId, d as db, a as assertRole } from './id_CvCQQS6k.mjs';
import { F as Feature } from './index_BAxULttS.mjs';
import { C as Counter } from './index_ByJNsHNY.mjs';
import { a as assertCommitted } from './transaction_BNauezNn.mjs';
import { C as ConflictError, N as NotFoundError } from './errors_MfzDXNyI.mjs';
import { s as slug, a as imageUrl, i as id, f as fn } from './schemas_Cu4Pp2P7.mjs';
import { C as County } from './index_BeLTUk0H.mjs';
import { f as forCounty, a as assertActive, b as activeRoster } from './outcome_D6FJZh7v.mjs';

const text = (max) => z.string().trim().min(1, "Required").max(max, `Use at most ${max} characters`);
const ids = (what) => z.array(id).max(10, `Feature at most 10 ${what}`).default([]).transform((values) => [...new Set(values)]);
const publicationSchema = z.object({
  slug,
  status: z.enum(publicationStatuses).default("draft"),
  title: text(80),
  titleEn: text(160).optional(),
  summary: text(200),
  summaryEn: text(400).optional(),
  body: text(2e4),
  bodyEn: text(4e4).optional(),
  coverUrl: imageUrl.optional(),
  officerIds: ids("officers"),
  villageIds: ids("villages"),
  publishedAt: z.number().int().positive().optional()
});
function featuresOf(kind, refId, countyId, item) {
  const scopes = [Counter.scope.county(), ...item.officerIds.map(Counter.scope.officer), ...item.villageIds.map(Counter.scope.village)];
  const {
    slug: slug2,
    title,
    titleEn,
    summary,
    summaryEn,
    coverUrl,
    publishedAt
  } = item;
  return scopes.map((scope) => ({
    countyId,
    scope,
    kind,
    refId,
    slug: slug2,
    title,
    titleEn,
    summary,
    summaryEn,
    coverUrl,
    publishedAt
  }));
}
async function createPublication(kind, input) {
  const countyId = useCounty();
  const refId = input.refId ?? createId();
  const publishedAt = input.status === "published" ? input.publishedAt ?? Date.now() : void 0;
  const {
    refId: _refId,
    ...fields
  } = input;
  const item = {
    ...fields,
    countyId,
    publishedAt
  };
  const result = await db.transaction.write(({
    unique,
    story,
    brand,
    officer,
    village,
    feature
  }) => [unique.create({
    scope: countyId,
    kind: `${kind}.slug`,
    value: input.slug,
    ownerId: refId
  }).commit(), kind === "story" ? story.create({
    ...item,
    storyId: refId
  }).commit() : brand.create({
    ...item,
    brandId: refId
  }).commit(), ...input.officerIds.map((officerId) => officer.check({
    countyId,
    officerId
  }).where((a, op) => op.exists(a.officerId)).commit()), ...input.villageIds.map((villageId) => village.check({
    countyId,
    villageId
  }).where((a, op) => op.exists(a.villageId)).commit()), ...(publishedAt ? featuresOf(kind, refId, countyId, {
    ...input,
    publishedAt
  }) : []).map((f) => feature.create(f).commit())]).go();
  const firstVillage = 2 + input.officerIds.length;
  assertCommitted(result, (index) => {
    if (index === 0) return new ConflictError(`${kind}.slug_taken`, "This address is taken", {
      slug: ["This address is taken"]
    });
    if (index === 1) return new ConflictError(`${kind}.exists`, `This ${kind} exists`);
    if (index < firstVillage) return new NotFoundError("officer.not_found", "No such officer");
    if (index < firstVillage + input.villageIds.length) return new NotFoundError("village.not_found", "No such village");
    return void 0;
  });
  return refId;
}

var Brand;
((Brand2) => {
  Brand2.create = fn(publicationSchema.extend({
    brandId: id.optional()
  }), async ({
    brandId,
    ...input
  }) => {
    assertRole("county_admin");
    return createPublication("brand", {
      ...input,
      refId: brandId
    });
  });
  Brand2.get = fn(slug, async (value) => {
    const {
      data
    } = await db.entities.brand.query.bySlug({
      countyId: useCounty(),
      slug: value
    }).go({
      limit: 1
    });
    const brand = data[0];
    if (!brand || brand.status !== "published") throw new NotFoundError("brand.not_found", "No such brand");
    return brand;
  });
  Brand2.list = fn(z.void(), () => Feature.list({
    scope: "county",
    kind: "brand"
  }));
})(Brand || (Brand = {}));

var Story;
((Story2) => {
  Story2.create = fn(publicationSchema.extend({
    storyId: id.optional()
  }), async ({
    storyId,
    ...input
  }) => {
    assertRole("county_admin");
    return createPublication("story", {
      ...input,
      refId: storyId
    });
  });
  Story2.get = fn(slug, async (value) => {
    const {
      data
    } = await db.entities.story.query.bySlug({
      countyId: useCounty(),
      slug: value
    }).go({
      limit: 1
    });
    const story = data[0];
    if (!story || story.status !== "published") throw new NotFoundError("story.not_found", "No such story");
    return story;
  });
  Story2.list = fn(z.void(), () => Feature.list({
    scope: "county",
    kind: "story"
  }));
})(Story || (Story = {}));

function loadPublicationList(kind, countySlug) {
  return forCounty(countySlug, async () => {
    const county = assertActive(await County.current());
    const items = kind === "story" ? await Story.list() : await Brand.list();
    return {
      county,
      kind,
      items
    };
  });
}
function loadPublication(kind, countySlug, slug) {
  return forCounty(countySlug, async () => {
    const roster = await activeRoster();
    const item = kind === "story" ? await Story.get(slug ?? "") : await Brand.get(slug ?? "");
    return {
      county: roster.county,
      kind,
      item,
      officers: roster.officers.filter((officer) => item.officerIds.includes(officer.officerId)),
      villages: roster.villages.filter((village) => item.villageIds.includes(village.villageId))
    };
  });
}

export { loadPublicationList as a, loadPublication as l };
