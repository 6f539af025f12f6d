import * as z from "zod";
import type { Access } from "../access";
import { useActor, useCounty } from "../actor";
import { Audit } from "../audit/index";
import { Counter } from "../counter/index";
import { db } from "../db/service";
import { loadRegions, Regions } from "../intake/regions";
import { NotFoundError } from "../util/errors";
import { fn } from "../util/fn";
import { createId } from "../util/id";
import { id } from "../util/schemas";

export type RiskRule = { ruleId: string; regionCode: string; from: string; to?: string };

/** Rules change rarely; a process re-reads a county's list at most every 15 seconds. */
const cacheMs = 15_000;
const cache = new Map<string, { at: number; rules: Promise<RiskRule[]> }>();

/** The county's active origin-region rules (one Query, cached briefly). */
export function activeRules(countyId: string): Promise<RiskRule[]> {
  const hit = cache.get(countyId);
  if (hit && Date.now() - hit.at < cacheMs) return hit.rules;
  const rules = db.entities.alertRule.query
    .byKind({ countyId, kind: "origin_region" })
    .go({ pages: "all" })
    .then(({ data }) =>
      data
        .filter((rule) => rule.status === "active")
        .map(({ ruleId, regionCode, from, to }) => ({ ruleId, regionCode, from, to })),
    );
  cache.set(countyId, { at: Date.now(), rules });
  rules.catch(() => cache.delete(countyId));
  return rules;
}

/** The first rule an origin and arrival day match, if any. */
export function matchRule(rules: RiskRule[], originCode: string, arrivalDate: string): RiskRule | undefined {
  return rules.find(
    (rule) =>
      originCode.startsWith(rule.regionCode) && arrivalDate >= rule.from && (!rule.to || arrivalDate <= rule.to),
  );
}

/** The county's risk list: kept by the county admin and the health liaison. */
const keepers: Access = { county_admin: "county", health_liaison: "alerts" };

export const addRuleSchema = z
  .object({
    regionCode: z.string().trim().refine(Regions.isKnown, "Choose a province, city or county from the list"),
    from: Counter.daySchema,
    to: Counter.daySchema.optional().or(z.literal("").transform(() => undefined)),
    note: z.string().trim().max(200, "Use at most 200 characters").optional(),
  })
  .refine((rule) => !rule.to || rule.from <= rule.to, { message: "The period ends before it starts", path: ["to"] });

/** Puts a region on the county's risk list (county admin or health liaison). */
export const addRule = fn(
  keepers,
  addRuleSchema,
  async (input) => {
    const countyId = useCounty();
    const ruleId = createId();
    const by = actorId();
    await db.entities.alertRule.create({ countyId, kind: "origin_region", ruleId, ...input, createdBy: by }).go();
    cache.delete(countyId);
    await Audit.record({
      countyId,
      action: "alert.rule_changed",
      subject: ruleId,
      detail: { change: "added", regionCode: input.regionCode, from: input.from, to: input.to ?? "" },
    });
    return ruleId;
  },
  { before: loadRegions },
);

export const retireRule = fn(keepers, z.object({ ruleId: id }), async ({ ruleId }) => {
  const countyId = useCounty();
  const { data } = await db.entities.alertRule.get({ countyId, kind: "origin_region", ruleId }).go();
  if (!data) throw new NotFoundError("alert.rule_not_found", "No such rule");
  await db.entities.alertRule.patch({ countyId, kind: "origin_region", ruleId }).set({ status: "retired" }).go();
  cache.delete(countyId);
  await Audit.record({ countyId, action: "alert.rule_changed", subject: ruleId, detail: { change: "retired" } });
  return { ruleId, status: "retired" as const };
});

export const listRules = fn(
  keepers,
  z.void(),
  async () => {
    const { data } = await db.entities.alertRule.query
      .byKind({ countyId: useCounty(), kind: "origin_region" })
      .go({ pages: "all" });
    return data
      .map((rule) => ({ ...rule, regionLabel: Regions.label(rule.regionCode) }))
      .sort((a, b) => (a.status === b.status ? b.createdAt - a.createdAt : a.status === "active" ? -1 : 1));
  },
  { before: loadRegions },
);

export function actorId(): string {
  const actor = useActor();
  return actor.type === "user" ? actor.properties.userId : actor.type;
}
