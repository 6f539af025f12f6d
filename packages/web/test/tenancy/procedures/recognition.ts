import type { Target } from "./attacks";

const text = { title: "attack", summary: "attack", body: "attack" };

/** Stories and brands: county A's roles with county B's drafts, officers and villages. */
function publicationAttacks(kind: "story" | "brand") {
  const ids = (b: Target) => (kind === "story" ? b.storyIds : b.brandIds);
  return {
    [`${kind}.board`]: () => [{ status: "all" }, { status: "in_review" }],
    [`${kind}.detail`]: (b: Target) => [ids(b)[0]],
    [`${kind}.evidence`]: (b: Target) => [ids(b)[0]],
    [`${kind}.revisions`]: (b: Target) => [ids(b)[0]],
    [`${kind}.draft`]: (b: Target) => [
      { ...text, officerIds: [b.officerIds[0]] },
      { ...text, villageIds: [b.villageIds[0]] },
    ],
    [`${kind}.update`]: (b: Target) => [{ ...text, refId: ids(b)[0], version: 1 }],
    [`${kind}.submit`]: (b: Target) => [{ refId: ids(b)[0], version: 1 }],
    [`${kind}.review`]: (b: Target) => [
      { refId: ids(b)[0], version: 2, decision: "approve" },
      { refId: ids(b)[0], version: 2, decision: "reject", comment: "attack" },
    ],
    [`${kind}.publish`]: (b: Target) => [{ refId: ids(b)[0], version: 3 }],
    [`${kind}.unpublish`]: (b: Target) => [{ refId: ids(b)[0], version: 4, reason: "attack" }],
  } as Record<string, (b: Target) => unknown[]>;
}

export const recognitionAttacks: Record<string, (b: Target) => unknown[]> = {
  ...publicationAttacks("story"),
  ...publicationAttacks("brand"),
  "excellence.criteria": () => [undefined],
  "excellence.board": () => [{ period: "2026-h1" }],
  "excellence.setCriteria": () => [{ minSatisfaction: 4, minVerifiedRatings: 3, minCoverage: 80, maxHazardDays: 30 }],
  "excellence.evaluate": () => [{ period: "2026-h1" }],
  "excellence.decide": (b) => [
    { decision: "confirm", period: "2026-h1", villageId: b.villageIds[0] },
    { decision: "override", period: "2026-h1", villageId: b.villageIds[0], excellent: true, reason: "attack reason" },
  ],
};
