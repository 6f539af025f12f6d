import { first, intents, type FormDoor } from "./types";
import type { Target } from "../targets";

const text = { title: "attack", summary: "attack", body: "attack" };

function publication(kind: "stories" | "brands"): FormDoor[] {
  const ids = (t: Target) => (kind === "stories" ? t.storyIds : t.brandIds);
  const route = `/console/${kind}/[id]`;
  return [
    ...intents(`/console/${kind}/new`, () => `/console/${kind}/new`, {
      draft: (t) => ({ ...text, officerIds: [first(t.officerIds)], villageIds: [first(t.villageIds)] }),
    }),
    ...intents(route, (t) => `/console/${kind}/${first(ids(t))}`, {
      update: (t) => ({ ...text, version: "1", officerIds: [first(t.officerIds)] }),
      submit: () => ({ version: "1" }),
      review: () => ({ version: "2", decision: "reject", comment: "attack" }),
      publish: () => ({ version: "3" }),
      unpublish: () => ({ version: "4", reason: "attack" }),
    }),
  ];
}

/** Stories, brands and excellent villages. */
export const recognitionForms: FormDoor[] = [
  ...publication("stories"),
  ...publication("brands"),
  ...intents("/console/excellence", () => "/console/excellence", {
    criteria: () => ({
      minSatisfaction: "4",
      minVerifiedRatings: "3",
      minCoverage: "80",
      maxHazardDays: "30",
      period: "2026-h1",
    }),
    evaluate: () => ({ period: "2026-h1" }),
    confirm: (t) => ({ period: "2026-h1", villageId: first(t.villageIds) }),
    override: (t) => ({
      period: "2026-h1",
      villageId: first(t.villageIds),
      excellent: "true",
      reason: "attack reason",
    }),
  }),
];
