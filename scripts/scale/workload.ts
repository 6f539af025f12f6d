import { randomUUID } from "node:crypto";
import { random, random as seededRandom } from "./random";
import type { WorkLog } from "@cunjing/core/worklog/index";

/**
 * The programme's half-year mix (PROGRAMME.md: one city, first half of 2020), used as weights so
 * generated work looks like the real thing: visits dominate, then opinions, hazards, deeds.
 */
export const programmeMix = {
  visit: 198_813,
  opinion: 9_744,
  hazard: 7_833,
  deed: 7_512,
  dispute: 5_972,
  help: 3_896,
  patrol_team: 3_532,
  grid_check: 3_223,
  publicity: 2_000,
  team: 1_293,
} as const;
export type MixCategory = keyof typeof programmeMix;

const weights = Object.entries(programmeMix) as Array<[MixCategory, number]>;
const weightTotal = weights.reduce((sum, [, weight]) => sum + weight, 0);

export function pickCategory(random: () => number = seededRandom): MixCategory {
  let roll = random() * weightTotal;
  for (const [category, weight] of weights) {
    roll -= weight;
    if (roll < 0) return category;
  }
  return "visit";
}

const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
const surnames = [
  "王",
  "李",
  "张",
  "刘",
  "陈",
  "杨",
  "黄",
  "赵",
  "吴",
  "周",
  "徐",
  "孙",
  "马",
  "朱",
  "胡",
  "郭",
  "何",
  "林",
];

/** Details of one generated entry, valid for its category's schema. */
export function detailsFor(category: MixCategory): WorkLog.Info["details"] {
  switch (category) {
    case "visit":
      return {
        category,
        household: `${1 + Math.floor(random() * 300)}号 ${pick(surnames)}家`,
        purpose: pick(["routine", "follow_up", "vulnerable", "rental"]),
      };
    case "opinion":
      return {
        category,
        topic: pick(["safety", "traffic", "neighbourhood", "environment", "services"]),
        summary: "群众反映情况",
        residents: 1 + Math.floor(random() * 5),
      };
    case "hazard":
      return random() < 0.8
        ? {
            category,
            hazardKind: pick(["fire", "electrical", "gas", "traffic", "building"]),
            state: "eliminated",
            description: "排查发现隐患",
            measures: "现场整改",
            resolution: "已整改完毕",
          }
        : { category, hazardKind: pick(["fire", "electrical", "water"]), state: "found", description: "排查发现隐患" };
    case "deed":
      return { category, summary: "为群众办实事", beneficiaries: 1 + Math.floor(random() * 10) };
    case "dispute":
      return {
        category,
        disputeKind: pick(["neighbour", "family", "land", "labour", "property"]),
        parties: 2 + Math.floor(random() * 3),
        outcome: pick(["mediated", "mediated", "mediated", "partly", "referred"]),
        summary: "调处纠纷",
      };
    case "help":
      return {
        category,
        helpKind: pick(["elderly", "child", "disabled", "lost_item", "certificate"]),
        residents: 1,
        summary: "帮助群众",
      };
    case "patrol_team":
      return { category, teamName: "义务巡逻队", members: 5 + Math.floor(random() * 20) };
    case "grid_check":
      return { category, findings: "网格巡查", issuesFound: Math.floor(random() * 3) };
    case "publicity":
      return {
        category,
        topic: pick(["anti_fraud", "traffic", "fire", "drugs", "law"]),
        audience: 20 + Math.floor(random() * 200),
      };
    case "team":
      return { category, members: ["辅警", "网格员"], purpose: "三人小组巡防" };
  }
}

export function newKey() {
  return randomUUID();
}
