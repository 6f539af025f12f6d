import * as z from "zod";
import { calendarDay } from "../util/day";

/**
 * The fields each category of the programme's work needs. One schema per category, joined in a
 * discriminated union on `category`; the counters count entries per category.
 */
const text = (max: number) => z.string().trim().max(max, `Use at most ${max} characters`);
const required = (max: number) => text(max).min(1, "Required");
const count = (min: number, max: number) =>
  z.coerce.number().int("Use a whole number").min(min, `At least ${min}`).max(max, `At most ${max}`);

export const hazardStates = ["found", "rectifying", "eliminated"] as const;
export type HazardState = (typeof hazardStates)[number];

export const opinion = z.object({
  category: z.literal("opinion"),
  topic: z.enum(["safety", "traffic", "neighbourhood", "environment", "services", "other"]),
  summary: required(500),
  residents: count(1, 500).default(1),
});

export const hazard = z
  .object({
    category: z.literal("hazard"),
    hazardKind: z.enum(["fire", "electrical", "gas", "traffic", "building", "water", "other"]),
    state: z.enum(hazardStates).default("found"),
    description: required(500),
    /** What is being done; required once rectification starts. */
    measures: text(500).optional(),
    /** How it was eliminated; required to mark it eliminated. */
    resolution: text(500).optional(),
    rectifyBy: calendarDay.optional(),
  })
  .superRefine((value, context) => {
    if (value.state !== "found" && !value.measures) {
      context.addIssue({ code: "custom", path: ["measures"], message: "Describe the measures taken" });
    }
    if (value.state === "eliminated" && !value.resolution) {
      context.addIssue({ code: "custom", path: ["resolution"], message: "Describe how the hazard was eliminated" });
    }
  });

export const patrolTeam = z.object({
  category: z.literal("patrol_team"),
  teamName: required(60),
  members: count(2, 200),
  area: text(200).optional(),
});

export const dispute = z.object({
  category: z.literal("dispute"),
  disputeKind: z.enum(["neighbour", "family", "land", "labour", "property", "traffic", "other"]),
  parties: count(2, 50),
  outcome: z.enum(["mediated", "partly", "referred", "unresolved"]),
  summary: required(500),
});

export const help = z.object({
  category: z.literal("help"),
  helpKind: z.enum(["elderly", "child", "disabled", "lost_item", "certificate", "other"]),
  residents: count(1, 100).default(1),
  summary: required(500),
});

export const visit = z.object({
  category: z.literal("visit"),
  /** A household as the officer notes it: house number, or surname of the head of household. */
  household: required(60),
  purpose: z.enum(["routine", "follow_up", "vulnerable", "rental", "other"]).default("routine"),
});

export const deed = z.object({
  category: z.literal("deed"),
  summary: required(500),
  beneficiaries: count(1, 1000).default(1),
});

export const gridCheck = z.object({
  category: z.literal("grid_check"),
  findings: text(500).optional(),
  issuesFound: count(0, 100).default(0),
});

export const publicity = z.object({
  category: z.literal("publicity"),
  topic: z.enum(["anti_fraud", "traffic", "fire", "drugs", "law", "other"]),
  audience: count(1, 100000),
  venue: text(100).optional(),
});

export const team = z.object({
  category: z.literal("team"),
  /** A three-person team: the officer plus two others (names or roles). */
  members: z.array(required(30)).length(2, "Name the two other members"),
  purpose: required(200),
});

export const details = z.discriminatedUnion("category", [
  opinion,
  hazard,
  patrolTeam,
  dispute,
  help,
  visit,
  deed,
  gridCheck,
  publicity,
  team,
]);
export type Details = z.output<typeof details>;

/** Categories whose entry must name a grid cell of the village. */
export const gridRequired = new Set<Details["category"]>(["visit", "grid_check"]);
