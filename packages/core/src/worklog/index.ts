import type { EntityItem } from "electrodb";
import * as z from "zod";
import { reaches, useScope, type Access } from "../access";
import { useActor, useCounty } from "../actor";
import { Audit } from "../audit/index";
import { Counter } from "../counter/index";
import { Grid } from "../grid/index";
import { counterChanges, type CountedEntry, type CounterChange } from "../counter/write";
import { checkCursor } from "../db/cursor";
import { withConflictRetry } from "../db/transaction";
import { db } from "../db/service";
import { Idempotency } from "../idempotency/index";
import { ConflictError, ForbiddenError, InputError, NotFoundError, VisibleError } from "../util/errors";
import { fn } from "../util/fn";
import { createId } from "../util/id";
import { id } from "../util/schemas";
import { details, gridRequired, type Details, type HazardState } from "./kinds";
import { allowedClockSkewMs, instantSchema } from "./time";
import type { WorkLogEntity } from "./worklog.entity";

export namespace WorkLog {
  export type Info = EntityItem<typeof WorkLogEntity>;
  export const detailsSchema = details;

  /** Officers write their own log, in the villages assigned to them. */
  const author: Access = { officer: "own" };
  /** Officers read their own entries, supervisors their precinct's, county admins the county's. */
  const readers: Access = { county_admin: "county", precinct_supervisor: "precinct", officer: "own" };

  const common = {
    villageId: id,
    gridId: id.optional(),
    occurredAt: instantSchema,
    notes: z.string().trim().max(1000, "Use at most 1000 characters").optional(),
    photoUrl: z
      .string()
      .trim()
      .max(500)
      .regex(/^(\/media\/|https:\/\/)[^\s"'<>]+$/, "Not a valid image address")
      .optional(),
  };

  export const recordSchema = z
    .object({ idempotencyKey: Idempotency.keySchema, ...common, details })
    .superRefine((value, context) => {
      if (gridRequired.has(value.details.category) && !value.gridId) {
        context.addIssue({ code: "custom", path: ["gridId"], message: "Choose the grid cell" });
      }
    });

  /**
   * Records an entry for the signed-in officer in one transaction: the county must be active and
   * joined by that day, the village must be the officer's, the idempotency key must be new (or a
   * replay of the same request), and the day's counters of every scope move with the entry.
   */
  export const record = fn(author, recordSchema, async (input) => {
    const officer = officerActor();
    const countyId = useCounty();
    const prepared = prepare(input, officer, countyId);
    await Grid.assertInVillage([input]);
    const { result, layout } = await commit([prepared], officer, countyId);
    if (!result.canceled) return { entryId: prepared.entryId, replayed: false };
    const rejected = (result.data as Array<{ rejected: boolean }>).findIndex((reason) => reason.rejected);
    if (layout.claims.includes(rejected)) {
      return {
        entryId: await Idempotency.replay(countyId, input.idempotencyKey, prepared.requestHash),
        replayed: true,
      };
    }
    throw await refusal(result, layout, countyId);
  });

  export const batchLimit = 40;

  /**
   * Records several entries of the signed-in officer at once (a device sending what it kept
   * offline, an import), in as few transactions as DynamoDB's 100-item limit allows, counters
   * merged per day and scope. Each transaction is all or nothing and every entry carries its own
   * idempotency key, so sending the whole batch again applies each entry exactly once. If a key
   * was seen before, that chunk's entries are recorded one by one so each replay resolves alone.
   */
  export const recordBatch = fn(
    author,
    z.object({
      entries: z
        .array(recordSchema)
        .min(1)
        .max(batchLimit, `At most ${batchLimit} entries at once`)
        .refine(
          (entries) => new Set(entries.map((e) => e.idempotencyKey)).size === entries.length,
          "Each entry needs its own key",
        ),
    }),
    async ({ entries }) => {
      const officer = officerActor();
      const countyId = useCounty();
      await Grid.assertInVillage(entries);
      const outcomes: Array<{ entryId: string; replayed: boolean }> = [];
      for (const chunk of chunksWithinLimit(entries.map((input) => prepare(input, officer, countyId)))) {
        const { result, layout } = await commit(chunk, officer, countyId);
        if (!result.canceled) {
          outcomes.push(...chunk.map(({ entryId }) => ({ entryId, replayed: false })));
          continue;
        }
        const rejected = (result.data as Array<{ rejected: boolean }>).findIndex((reason) => reason.rejected);
        if (!layout.claims.includes(rejected)) throw await refusal(result, layout, countyId);
        for (const { input } of chunk) outcomes.push(await record(input));
      }
      return outcomes;
    },
  );

  /** Splits prepared entries so each transaction stays within DynamoDB's 100 items. */
  function chunksWithinLimit(prepared: Prepared[]): Prepared[][] {
    const chunks: Prepared[][] = [];
    let chunk: Prepared[] = [];
    const size = (entries: Prepared[]) => {
      const villages = new Set(entries.map((p) => p.input.villageId));
      const counterItems = new Set(
        entries.flatMap((p) =>
          [p.entry.day, p.eliminatedOn]
            .filter(Boolean)
            .flatMap((day) => Counter.scopesOf(p.entry).map((scope) => `${scope}|${day}`)),
        ),
      );
      return 1 + villages.size + 2 * entries.length + counterItems.size;
    };
    for (const entry of prepared) {
      if (chunk.length && size([...chunk, entry]) > 100) {
        chunks.push(chunk);
        chunk = [];
      }
      chunk.push(entry);
    }
    if (chunk.length) chunks.push(chunk);
    return chunks;
  }

  type RecordInput = z.output<typeof recordSchema>;
  type Officer = ReturnType<typeof officerActor>;
  type Prepared = ReturnType<typeof prepare>;

  function prepare(input: RecordInput, officer: Officer, countyId: string) {
    assertNotFuture(input.occurredAt);
    const entry: CountedEntry & { category: Details["category"] } = {
      countyId,
      precinctId: officer.precinctId,
      villageId: input.villageId,
      officerId: officer.officerId,
      day: Counter.dayOf(input.occurredAt),
      category: input.details.category,
    };
    const hazardState = input.details.category === "hazard" ? input.details.state : undefined;
    return {
      input,
      entry,
      hazardState,
      eliminatedOn: hazardState === "eliminated" ? entry.day : undefined,
      entryId: createId(),
      requestHash: Idempotency.hashOf({ ...input, officerId: officer.officerId }),
    };
  }

  /** One transaction: [county check, village checks…, claims…, entries…, counters…]. */
  async function commit(prepared: Prepared[], officer: Officer, countyId: string) {
    const firstDay = prepared.map((p) => p.entry.day).sort()[0]!;
    const villages = [...new Set(prepared.map((p) => p.input.villageId))];
    const layout = {
      villages: villages.map((_, index) => 1 + index),
      claims: prepared.map((_, index) => 1 + villages.length + index),
    };
    const result = await withConflictRetry(() =>
      db.transaction
        .write(({ county, village, idempotency, workLog, counter }) => [
          county
            .check({ countyId })
            .where(
              (a, op) =>
                `${op.eq(a.status, "active")} AND (${op.notExists(a.joinedOn)} OR ${op.lte(a.joinedOn, firstDay)})`,
            )
            .commit(),
          ...villages.map((villageId) =>
            village
              .check({ countyId, villageId })
              .where((a, op) => `${op.eq(a.officerId, officer.officerId)} AND ${op.eq(a.status, "active")}`)
              .commit(),
          ),
          ...prepared.map((p) =>
            Idempotency.claim(idempotency, countyId, p.input.idempotencyKey, p.requestHash, p.entryId),
          ),
          ...prepared.map(({ input, entry, entryId, hazardState }) =>
            workLog
              .create({
                countyId,
                entryId,
                officerId: officer.officerId,
                precinctId: officer.precinctId,
                villageId: input.villageId,
                gridId: input.gridId,
                category: entry.category,
                occurredAt: input.occurredAt,
                day: entry.day,
                details: input.details,
                hazardState,
                eliminatedOn: hazardState === "eliminated" ? entry.day : undefined,
                notes: input.notes,
                photoUrl: input.photoUrl,
                createdBy: officer.userId,
              })
              .commit(),
          ),
          ...counterChanges(
            counter,
            prepared.flatMap(({ entry, eliminatedOn }) => figuresOf(entry, eliminatedOn, 1)),
          ),
        ])
        .go(),
    );
    return { result, layout };
  }

  async function refusal(
    result: { data: unknown },
    layout: { villages: number[] },
    countyId: string,
  ): Promise<VisibleError | Error> {
    const reasons = result.data as Array<{ rejected: boolean; code: string }>;
    const rejected = reasons.findIndex((reason) => reason.rejected);
    if (layout.villages.includes(rejected)) {
      return new ForbiddenError("worklog.not_your_village", "This village is not in your patch");
    }
    if (rejected === 0) return countyRefusal(countyId);
    return new Error(`Work-log transaction cancelled: ${reasons.map((r) => r.code).join(", ")}`);
  }

  export const editSchema = z.object({
    entryId: id,
    version: z.coerce.number().int().min(1),
    ...common,
    details,
  });

  /**
   * Edits an entry the officer recorded; the counters of the old and new day, village and
   * category move in the same transaction. A stale version is refused, so racing edits never
   * both apply. A hazard moves only forward: found → rectifying → eliminated.
   */
  export const edit = fn(author, editSchema, async (input) => {
    const officer = officerActor();
    const countyId = useCounty();
    assertNotFuture(input.occurredAt);
    const current = await ownEntry(input.entryId, officer);
    if (current.version !== input.version) throw staleVersion();
    if (input.details.category !== current.category) {
      throw new InputError("worklog.category_fixed", "The category of an entry cannot change", {
        "details.category": ["The category cannot change"],
      });
    }
    const before = current.hazardState;
    const after = input.details.category === "hazard" ? input.details.state : undefined;
    assertHazardMove(before, after);
    if (input.gridId !== current.gridId || input.villageId !== current.villageId) {
      await Grid.assertInVillage([input]);
    }

    const oldEntry = { ...countedOf(current), category: current.category };
    const newEntry = { ...oldEntry, villageId: input.villageId, day: Counter.dayOf(input.occurredAt) };
    const wasEliminatedOn = eliminatedDayOf(current);
    const eliminatedNow = before !== "eliminated" && after === "eliminated";
    const eliminatedOn = eliminatedNow ? Counter.dayOf(Date.now()) : wasEliminatedOn;

    const result = await withConflictRetry(() =>
      db.transaction
        .write(({ village, workLog, counter }) => [
          ...(input.villageId !== current.villageId
            ? [
                village
                  .check({ countyId, villageId: input.villageId })
                  .where((a, op) => op.eq(a.officerId, officer.officerId))
                  .commit(),
              ]
            : []),
          workLog
            .patch({ countyId, entryId: input.entryId })
            .set({
              villageId: input.villageId,
              gridId: input.gridId,
              occurredAt: input.occurredAt,
              day: newEntry.day,
              details: input.details,
              hazardState: after,
              notes: input.notes,
              photoUrl: input.photoUrl,
              version: input.version + 1,
              ...(eliminatedOn ? { eliminatedOn } : {}),
            })
            .where((a, op) => op.eq(a.version, input.version))
            .commit(),
          // Every figure the entry counted leaves its old village and day, and every figure it counts
          // now arrives at the new ones; what stays in place nets to zero and is left out.
          ...counterChanges(counter, [
            ...figuresOf(oldEntry, wasEliminatedOn, -1),
            ...figuresOf(newEntry, eliminatedOn, 1),
          ]),
        ])
        .go(),
    );
    if (result.canceled) {
      const first = (result.data as Array<{ rejected: boolean }>).findIndex((reason) => reason.rejected);
      if (input.villageId !== current.villageId && first === 0) {
        throw new ForbiddenError("worklog.not_your_village", "This village is not in your patch");
      }
      throw staleVersion();
    }
    await Audit.record({ countyId, action: "worklog.edited", subject: input.entryId });
    return { entryId: input.entryId, version: input.version + 1 };
  });

  /** Removes an entry the officer recorded, taking it out of every counter. */
  export const remove = fn(
    author,
    z.object({ entryId: id, version: z.coerce.number().int().min(1) }),
    async (input) => {
      const officer = officerActor();
      const countyId = useCounty();
      const current = await ownEntry(input.entryId, officer);
      if (current.version !== input.version) throw staleVersion();
      const entry = { ...countedOf(current), category: current.category };
      const result = await withConflictRetry(() =>
        db.transaction
          .write(({ workLog, counter }) => [
            workLog
              .delete({ countyId, entryId: input.entryId })
              .where((a, op) => op.eq(a.version, input.version))
              .commit(),
            ...counterChanges(counter, figuresOf(entry, eliminatedDayOf(current), -1)),
          ])
          .go(),
      );
      if (result.canceled) throw staleVersion();
      await Audit.record({
        countyId,
        action: "worklog.removed",
        subject: input.entryId,
        detail: { category: current.category, day: current.day },
      });
    },
  );

  /** An entry the caller reaches (beyond it: "not found"). */
  export const get = fn(readers, id, async (entryId) => {
    const { data } = await db.entities.workLog.get({ countyId: useCounty(), entryId }).go();
    if (!data || !reaches(data)) throw new NotFoundError("worklog.not_found", "No such entry");
    return data;
  });

  /** An officer's entries, newest first (the officer's own, or any officer of the reader's patch). */
  export const byOfficer = fn(
    readers,
    z.object({
      officerId: id.optional(),
      limit: z.number().int().min(1).max(200).default(50),
      cursor: z.string().max(2000).optional(),
    }),
    async (input) => {
      const actor = useActor();
      const officerId = input.officerId ?? (actor.type === "user" ? actor.properties.officerId : undefined);
      if (!officerId) throw new InputError("input.invalid", "Choose an officer", { officerId: ["Required"] });
      const query = db.entities.workLog.query.byOfficer({ countyId: useCounty(), officerId });
      const cursor = checkCursor(input.cursor, query.params());
      const page = await query.go({ order: "desc", limit: input.limit, cursor: cursor ?? null });
      return { entries: page.data.filter(reaches), cursor: page.cursor };
    },
  );

  /** The officer writing their own log; the system actor has no log of its own to write. */
  function officerActor() {
    const actor = useActor();
    if (useScope() !== "own" || actor.type !== "user") {
      throw new ForbiddenError("worklog.officers_only", "Only village officers record work");
    }
    const { officerId, precinctId, userId } = actor.properties;
    if (!officerId || !precinctId)
      throw new ForbiddenError("worklog.officers_only", "Only village officers record work");
    return { officerId, precinctId, userId };
  }

  async function ownEntry(entryId: string, officer: { officerId: string }) {
    const { data } = await db.entities.workLog.get({ countyId: useCounty(), entryId }).go({ consistent: true });
    if (!data || data.officerId !== officer.officerId) throw new NotFoundError("worklog.not_found", "No such entry");
    return data;
  }

  function countedOf(entry: Info): CountedEntry {
    return {
      countyId: entry.countyId,
      precinctId: entry.precinctId,
      villageId: entry.villageId,
      officerId: entry.officerId,
      day: entry.day,
    };
  }

  /** The day a hazard was marked eliminated; entries recorded as eliminated carry their own day. */
  function eliminatedDayOf(entry: Info): string | undefined {
    return entry.eliminatedOn ?? (entry.hazardState === "eliminated" ? entry.day : undefined);
  }

  /** The counter changes an entry makes: its category on its day, and a hazard eliminated on that day. */
  function figuresOf(
    entry: CountedEntry & { category: Details["category"] },
    eliminatedOn: string | undefined,
    delta: 1 | -1,
  ): CounterChange[] {
    return [
      { entry, figure: entry.category, delta },
      ...(eliminatedOn
        ? [{ entry: { ...entry, day: eliminatedOn }, figure: "hazard_eliminated" as const, delta, rank: false }]
        : []),
    ];
  }

  function assertNotFuture(occurredAt: number) {
    if (occurredAt > Date.now() + allowedClockSkewMs) {
      throw new InputError("worklog.future", "The time is in the future", {
        occurredAt: ["The time is in the future"],
      });
    }
  }

  const order: Record<HazardState, number> = { found: 0, rectifying: 1, eliminated: 2 };
  function assertHazardMove(before: HazardState | undefined, after: HazardState | undefined) {
    if (before && after && order[after] < order[before]) {
      throw new InputError("worklog.hazard_backwards", "A hazard's state only moves forward", {
        "details.state": ["A hazard's state only moves forward"],
      });
    }
  }

  function staleVersion() {
    return new ConflictError("worklog.changed", "This entry was changed meanwhile; reload it and try again");
  }

  async function countyRefusal(countyId: string): Promise<VisibleError> {
    const { data } = await db.entities.county.get({ countyId }).go();
    if (data?.status === "suspended")
      return new ForbiddenError("auth.county_suspended", "This county's service is suspended");
    return new InputError(
      "worklog.before_joined",
      `Work can be recorded from ${data?.joinedOn ?? "the day the county joined"}`,
      {
        occurredAt: [`Work can be recorded from ${data?.joinedOn ?? "the day the county joined"}`],
      },
    );
  }
}
