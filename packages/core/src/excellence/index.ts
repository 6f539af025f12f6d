import type { EntityItem } from "electrodb";
import * as z from "zod";
import { reaches, type Access } from "../access";
import { useCounty } from "../actor";
import { Audit } from "../audit/index";
import { County } from "../county/index";
import { Counter } from "../counter/index";
import { db } from "../db/service";
import { periodOf } from "../rating/half.entity";
import { Settings, settingsDefaults } from "../settings/index";
import { currentPerson } from "../task/access";
import { ConflictError, NotFoundError } from "../util/errors";
import { fn } from "../util/fn";
import { id } from "../util/schemas";
import { daysFrom, halfOf, judge, type Criteria } from "./evaluate";
import { defaultCriteria, type ExcellenceResultEntity } from "./excellence.entity";

const periodSchema = z.string().regex(/^20\d{2}-h[12]$/, "Use a half-year such as 2026-h1");

export namespace Excellence {
  export type Result = EntityItem<typeof ExcellenceResultEntity>;
  export const defaults = defaultCriteria;
  export const period = periodSchema;
  /** The half-year key of an instant: `2026-h2`. */
  export const periodAt = (instant: number = Date.now()) => periodOf(Counter.halfYear(instant));

  /** Criteria, evaluations and decisions are the county admin's. */
  const admin: Access = { county_admin: "county" };
  /** Supervisors read the county's criteria and their own precinct's results. */
  const readers: Access = { county_admin: "county", precinct_supervisor: "precinct" };
  /** The excellent villages the county decided on: the portal's. */
  const portal: Access = { public: true };

  /** The county's criteria (the defaults until it saves its own) and the latest evaluated half-year. */
  export const criteria = fn(readers, z.void(), async () => {
    const { data } = await db.entities.excellenceCriteria.get({ countyId: useCounty() }).go();
    return { ...defaultCriteria, ...(data ?? {}), lastPeriod: data?.lastPeriod };
  });

  const number = (min: number, max: number) =>
    z.coerce.number("Enter a number").min(min, `Use at least ${min}`).max(max, `Use at most ${max}`);

  /** Tenths are precise enough for a threshold (and DynamoDB numbers cannot hold 5e-324). */
  const tenths = (n: number) => Math.round(n * 10) / 10;

  export const criteriaSchema = z.object({
    minSatisfaction: number(1, 5).transform(tenths),
    minVerifiedRatings: number(1, 1000).int("Use a whole number"),
    minCoverage: number(0, 100).transform(tenths),
    maxHazardDays: number(1, 365).int("Use a whole number"),
  });

  /** A county admin declares the county's criteria (audited). */
  export const setCriteria = fn(admin, criteriaSchema, async (input) => {
    const countyId = useCounty();
    await db.entities.excellenceCriteria.upsert({ countyId, ...input }).go();
    await Audit.record({ countyId, action: "excellence.criteria_changed", detail: input });
    return input;
  });

  /**
   * Evaluates every active village of the county for a half-year from counters and ratings only:
   * the roster (one Query), each village's daily counters (one Query per village, ≤ 184 items),
   * the officers' half-year rating sums (one BatchGet) and the county's open-task queue (one
   * Query, for hazard follow-ups). No work-log entry is read. Decisions already taken stay when
   * the outcome is unchanged; a changed outcome goes back to pending.
   */
  export const evaluate = fn(admin, z.object({ period: periodSchema }), async ({ period }) => {
    const countyId = useCounty();
    const half = halfOf(period);
    const today = Counter.dayOf(Date.now());
    if (half.from > today) throw new ConflictError("excellence.future", "This half-year has not started");
    const until = half.to < today ? half.to : today;
    const [roster, rules, previous, open] = await Promise.all([
      County.roster(),
      criteria(),
      results(period),
      db.entities.taskOpen.query.byDue({ countyId, taskScope: "county" }).go({ pages: "all" }),
    ]);
    const officerIds = [...new Set(roster.villages.map((v) => v.officerId).filter((o): o is string => Boolean(o)))];
    const ratingSums = officerIds.length
      ? (
          await db.entities.ratingHalf
            .get(officerIds.map((o) => ({ countyId, scope: Counter.scope.officer(o), period })))
            .go()
        ).data
      : [];
    const ratingsOf = new Map(ratingSums.map((r) => [r.scope, r]));
    const hazardAges = new Map<string, number[]>();
    for (const task of open.data) {
      if (task.sourceKind !== "hazard") continue;
      const age = daysFrom(Counter.dayOf(task.assignedAt), until);
      hazardAges.set(task.villageId, [...(hazardAges.get(task.villageId) ?? []), age]);
    }
    const before = new Map(previous.map((r) => [r.villageId, r]));
    const now = Date.now();
    const written: Result[] = [];
    // Villages are judged eight at a time: one counter Query and one put each.
    const judgeVillage = async (village: (typeof roster.villages)[number]) => {
      const { data: days } = await db.entities.counter.query
        .byScope({ countyId, scope: Counter.scope.village(village.villageId) })
        .between({ day: half.from }, { day: until })
        .go({ pages: "all" });
      const verdict = judge(rules, half.from, until, {
        days,
        ratings: village.officerId ? ratingsOf.get(Counter.scope.officer(village.officerId)) : undefined,
        hasOfficer: Boolean(village.officerId),
        openHazardAges: hazardAges.get(village.villageId) ?? [],
      });
      const old = before.get(village.villageId);
      const kept = old && old.decision !== "pending" && old.meets === verdict.meets;
      const item = {
        countyId,
        period,
        villageId: village.villageId,
        precinctId: village.precinctId,
        nameZh: village.nameZh,
        nameEn: village.nameEn,
        officerId: village.officerId,
        ...verdict,
        decision: kept ? old.decision : ("pending" as const),
        excellent: kept ? old.excellent : verdict.meets,
        reason: kept ? old.reason : undefined,
        decidedBy: kept ? old.decidedBy : undefined,
        decidedAt: kept ? old.decidedAt : undefined,
        evaluatedAt: now,
      };
      await db.entities.excellenceResult.put(item).go();
      written.push(item as Result);
    };
    for (let i = 0; i < roster.villages.length; i += 8)
      await Promise.all(roster.villages.slice(i, i + 8).map(judgeVillage));
    const lastPeriod = latest(rules.lastPeriod, period);
    const shown = lastPeriod === period ? summarise(written, 0) : undefined;
    await db.entities.excellenceCriteria
      .upsert({
        countyId,
        ...pickCriteria(rules),
        lastPeriod,
        ...(shown ? { villages: shown.villages, decided: shown.decided, excellent: shown.excellent } : {}),
      })
      .go();
    return summarise(written, Settings.of(roster.county).excellenceTarget);
  });

  function pickCriteria(rules: Criteria): Criteria {
    const { minSatisfaction, minVerifiedRatings, minCoverage, maxHazardDays } = rules;
    return { minSatisfaction, minVerifiedRatings, minCoverage, maxHazardDays };
  }

  const latest = (a: string | undefined, b: string) => (a && a > b ? a : b);

  /** Keeps the progress of the latest evaluated half-year on the criteria item (read by the roster). */
  async function refreshProgress(period: string) {
    const countyId = useCounty();
    const { data: rules } = await db.entities.excellenceCriteria.get({ countyId }).go({ consistent: true });
    if (rules?.lastPeriod !== period) return;
    const { villages, decided, excellent } = summarise(await results(period), 0);
    await db.entities.excellenceCriteria.patch({ countyId }).set({ villages, decided, excellent }).go();
  }

  /** The county page's progress line, from the roster's criteria item: no extra request. */
  export function progressOf(
    county: { excellenceTarget?: number },
    rules: { lastPeriod?: string; villages?: number; decided?: number; excellent?: number } | undefined,
  ) {
    // Nothing to show until the county admin has decided at least one village of the half-year.
    if (!rules?.lastPeriod || !rules.villages || !rules.decided) return undefined;
    const excellent = rules.excellent ?? 0;
    return {
      period: rules.lastPeriod,
      villages: rules.villages,
      excellent,
      share: (100 * excellent) / rules.villages,
      target: county.excellenceTarget ?? settingsDefaults.excellenceTarget,
    };
  }

  async function results(period: string): Promise<Result[]> {
    const { data } = await db.entities.excellenceResult.query
      .byPeriod({ countyId: useCounty(), period })
      .go({ pages: "all" });
    return data;
  }

  /**
   * How far a half-year got toward the target: villages evaluated, proposed by the criteria,
   * decided, and excellent (decided so); the share is excellent ÷ evaluated, in percent.
   */
  export function summarise(items: Result[], target: number) {
    const excellent = items.filter((r) => r.decision !== "pending" && r.excellent).length;
    return {
      villages: items.length,
      proposed: items.filter((r) => r.meets).length,
      decided: items.filter((r) => r.decision !== "pending").length,
      excellent,
      share: items.length ? (100 * excellent) / items.length : 0,
      target,
    };
  }

  /**
   * A half-year's results for the console, with its progress: the county's for a county admin, the
   * villages of their own precinct for a supervisor.
   */
  export const board = fn(readers, z.object({ period: periodSchema }), async ({ period }) => {
    const [all, county] = await Promise.all([results(period), County.current()]);
    const items = all.filter(reaches);
    items.sort((a, b) => Number(b.meets) - Number(a.meets) || a.nameZh.localeCompare(b.nameZh, "zh-Hans-CN"));
    return { period, items, progress: summarise(items, Settings.of(county).excellenceTarget) };
  });

  const decideSchema = z.discriminatedUnion("decision", [
    z.object({ decision: z.literal("confirm"), period: periodSchema, villageId: id }),
    z.object({
      decision: z.literal("override"),
      period: periodSchema,
      villageId: id,
      excellent: z.boolean(),
      reason: z.string().trim().min(4, "Give a reason of at least 4 characters").max(500, "Use at most 500 characters"),
    }),
  ]);

  /** A county admin confirms the computed outcome, or overrides it with a reason; both are audited. */
  export const decide = fn(admin, decideSchema, async (input) => {
    const countyId = useCounty();
    const { data: current } = await db.entities.excellenceResult
      .get({ countyId, period: input.period, villageId: input.villageId })
      .go({ consistent: true });
    if (!current)
      throw new NotFoundError("excellence.not_found", "This village has not been evaluated for this half-year");
    const person = await currentPerson();
    const excellent = input.decision === "confirm" ? current.meets : input.excellent;
    const update = db.entities.excellenceResult
      .patch({ countyId, period: input.period, villageId: input.villageId })
      .set({
        decision: input.decision === "confirm" ? "confirmed" : "overridden",
        excellent,
        decidedBy: person.name,
        decidedAt: Date.now(),
        ...(input.decision === "override" ? { reason: input.reason } : {}),
      });
    await (input.decision === "confirm" ? update.remove(["reason"]) : update).go();
    await refreshProgress(input.period);
    await Audit.record({
      countyId,
      action: input.decision === "confirm" ? "excellence.confirmed" : "excellence.overridden",
      subject: `${input.period}:${input.villageId}`,
      detail: {
        excellent,
        computed: current.meets,
        ...(input.decision === "override" ? { reason: input.reason } : {}),
      },
    });
    return { excellent };
  });

  /**
   * The public list: the latest evaluated half-year's villages decided excellent, and the
   * progress toward the county's target. Three reads: the county and criteria items (GetItem)
   * and the half-year's results (one Query).
   */
  export const published = fn(portal, z.void(), async () => {
    const countyId = useCounty();
    const [{ data: rules }, county] = await Promise.all([
      db.entities.excellenceCriteria.get({ countyId }).go(),
      County.current(),
    ]);
    const target = Settings.of(county).excellenceTarget;
    if (!rules?.lastPeriod) return { county, period: undefined, villages: [], progress: summarise([], target) };
    const items = await results(rules.lastPeriod);
    return {
      county,
      period: rules.lastPeriod,
      villages: items
        .filter((r) => r.decision !== "pending" && r.excellent)
        .sort((a, b) => a.nameZh.localeCompare(b.nameZh, "zh-Hans-CN")),
      progress: summarise(items, target),
    };
  });
}
