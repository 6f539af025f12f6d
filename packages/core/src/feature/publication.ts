import * as z from "zod";
import { useCounty } from "../actor";
import { Counter } from "../counter/index";
import { db } from "../db/service";
import { assertCommitted } from "../db/transaction";
import { ConflictError, NotFoundError } from "../util/errors";
import { createId } from "../util/id";
import { id, imageUrl, slug } from "../util/schemas";
import { publicationStatuses, type featureKinds } from "./feature.entity";

const text = (max: number) => z.string().trim().min(1, "Required").max(max, `Use at most ${max} characters`);
const ids = (what: string) =>
  z
    .array(id)
    .max(10, `Feature at most 10 ${what}`)
    .default([])
    .transform((values) => [...new Set(values)]);

/** What stories and brands have in common: Markdown text in Chinese (English optional) and who they feature. */
export const publicationSchema = z.object({
  slug,
  status: z.enum(publicationStatuses).default("draft"),
  title: text(80),
  titleEn: text(160).optional(),
  summary: text(200),
  summaryEn: text(400).optional(),
  body: text(20_000),
  bodyEn: text(40_000).optional(),
  coverUrl: imageUrl.optional(),
  officerIds: ids("officers"),
  villageIds: ids("villages"),
  publishedAt: z.number().int().positive().optional(),
});

type Publication = z.output<typeof publicationSchema>;
type Kind = (typeof featureKinds)[number];

/** The feature items of a published story or brand: one for the county and one per officer and village. */
export function featuresOf(
  kind: Kind,
  refId: string,
  countyId: string,
  item: Pick<
    Publication,
    "officerIds" | "villageIds" | "slug" | "title" | "titleEn" | "summary" | "summaryEn" | "coverUrl"
  > & {
    publishedAt: number;
  },
) {
  const scopes = [
    Counter.scope.county(),
    ...item.officerIds.map(Counter.scope.officer),
    ...item.villageIds.map(Counter.scope.village),
  ];
  const { slug, title, titleEn, summary, summaryEn, coverUrl, publishedAt } = item;
  return scopes.map((scope) => ({
    countyId,
    scope,
    kind,
    refId,
    slug,
    title,
    titleEn,
    summary,
    summaryEn,
    coverUrl,
    publishedAt,
  }));
}

/**
 * Writes a story or brand in one transaction: its slug claim, the item, a check that each featured
 * officer and village exists in the county and, when published, its feature items.
 */
export async function createPublication(kind: Kind, input: Publication & { refId?: string }): Promise<string> {
  const countyId = useCounty();
  const refId = input.refId ?? createId();
  const publishedAt = input.status === "published" ? (input.publishedAt ?? Date.now()) : undefined;
  const { refId: _refId, ...fields } = input;
  const item = { ...fields, countyId, publishedAt };
  const result = await db.transaction
    .write(({ unique, story, brand, officer, village, feature }) => [
      unique.create({ scope: countyId, kind: `${kind}.slug`, value: input.slug, ownerId: refId }).commit(),
      kind === "story"
        ? story.create({ ...item, storyId: refId }).commit()
        : brand.create({ ...item, brandId: refId }).commit(),
      ...input.officerIds.map((officerId) =>
        officer
          .check({ countyId, officerId })
          .where((a, op) => op.exists(a.officerId))
          .commit(),
      ),
      ...input.villageIds.map((villageId) =>
        village
          .check({ countyId, villageId })
          .where((a, op) => op.exists(a.villageId))
          .commit(),
      ),
      ...(publishedAt ? featuresOf(kind, refId, countyId, { ...input, publishedAt }) : []).map((f) =>
        feature.create(f).commit(),
      ),
    ])
    .go();
  const firstVillage = 2 + input.officerIds.length;
  assertCommitted(result, (index) => {
    if (index === 0)
      return new ConflictError(`${kind}.slug_taken`, "This address is taken", { slug: ["This address is taken"] });
    if (index === 1) return new ConflictError(`${kind}.exists`, `This ${kind} exists`);
    if (index < firstVillage) return new NotFoundError("officer.not_found", "No such officer");
    if (index < firstVillage + input.villageIds.length)
      return new NotFoundError("village.not_found", "No such village");
    return undefined;
  });
  return refId;
}
