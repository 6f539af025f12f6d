import * as z from 'zod';
import { d as db, C as ConflictError, b as details, g as gridRequired, u as useCounty, c as createId, F as ForbiddenError, I as InputError, N as NotFoundError, a as assertRole, e as assertActor } from './id_Cl3H450s.mjs';
import { A as Audit } from './index_BPcvKWl5.mjs';
import { C as Counter } from './index_FxqlPmtn.mjs';
import { a as counterChanges } from './write_CQlM2TgY.mjs';
import { w as withConflictRetry } from './transaction_BNauezNn.mjs';
import { createHash } from 'node:crypto';
import { i as id, f as fn } from './schemas__-DFAqyU.mjs';

const lifetimeSeconds = 7 * 24 * 3600;
var Idempotency;
((Idempotency2) => {
  Idempotency2.keySchema = z.string().trim().regex(/^[A-Za-z0-9_-]{8,64}$/, "Not a valid idempotency key");
  function hashOf(request) {
    return createHash("sha256").update(stableJson(request)).digest("hex");
  }
  Idempotency2.hashOf = hashOf;
  function claim(idempotency, countyId, key, requestHash, resultId) {
    return idempotency.create({ countyId, key, requestHash, resultId, expiresAt: Math.floor(Date.now() / 1e3) + lifetimeSeconds }).commit();
  }
  Idempotency2.claim = claim;
  async function replay(countyId, key, requestHash) {
    const { data } = await db.entities.idempotency.get({ countyId, key }).go({ consistent: true });
    if (!data) throw new ConflictError("idempotency.retry", "Please submit again");
    if (data.requestHash !== requestHash) {
      throw new ConflictError("idempotency.mismatch", "This submission key was already used for different content");
    }
    return data.resultId;
  }
  Idempotency2.replay = replay;
})(Idempotency || (Idempotency = {}));
function stableJson(value) {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value).sort().filter((key) => value[key] !== void 0).map((key) => `${JSON.stringify(key)}:${stableJson(value[key])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

const shanghaiOffset = "+08:00";
const instantSchema = z.union([z.number(), z.string().trim().max(40)]).transform((value, context) => {
  const millis = typeof value === "number" ? value : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value) ? Date.parse(`${value.length === 16 ? `${value}:00` : value}${shanghaiOffset}`) : Date.parse(value);
  if (!Number.isFinite(millis) || millis < Date.UTC(2e3, 0, 1)) {
    context.addIssue({ code: "custom", message: "Not a valid date and time" });
    return z.NEVER;
  }
  return Math.trunc(millis);
});
const allowedClockSkewMs = 5 * 6e4;

var WorkLog;
((WorkLog2) => {
  WorkLog2.detailsSchema = details;
  const common = {
    villageId: id,
    gridId: id.optional(),
    occurredAt: instantSchema,
    notes: z.string().trim().max(1e3, "Use at most 1000 characters").optional(),
    photoUrl: z.string().trim().max(500).regex(/^(\/media\/|https:\/\/)[^\s"'<>]+$/, "Not a valid image address").optional()
  };
  WorkLog2.recordSchema = z.object({ idempotencyKey: Idempotency.keySchema, ...common, details }).superRefine((value, context) => {
    if (gridRequired.has(value.details.category) && !value.gridId) {
      context.addIssue({ code: "custom", path: ["gridId"], message: "Choose the grid cell" });
    }
  });
  WorkLog2.record = fn(WorkLog2.recordSchema, async (input) => {
    const officer = officerActor();
    const countyId = useCounty();
    const prepared = prepare(input, officer, countyId);
    const { result, layout } = await commit([prepared], officer, countyId);
    if (!result.canceled) return { entryId: prepared.entryId, replayed: false };
    const rejected = result.data.findIndex((reason) => reason.rejected);
    if (layout.claims.includes(rejected)) {
      return {
        entryId: await Idempotency.replay(countyId, input.idempotencyKey, prepared.requestHash),
        replayed: true
      };
    }
    throw await refusal(result, layout, countyId);
  });
  WorkLog2.batchLimit = 40;
  WorkLog2.recordBatch = fn(
    z.object({
      entries: z.array(WorkLog2.recordSchema).min(1).max(WorkLog2.batchLimit, `At most ${WorkLog2.batchLimit} entries at once`).refine(
        (entries) => new Set(entries.map((e) => e.idempotencyKey)).size === entries.length,
        "Each entry needs its own key"
      )
    }),
    async ({ entries }) => {
      const officer = officerActor();
      const countyId = useCounty();
      const prepared = entries.map((input) => prepare(input, officer, countyId));
      const { result, layout } = await commit(prepared, officer, countyId);
      if (!result.canceled) return prepared.map(({ entryId }) => ({ entryId, replayed: false }));
      const rejected = result.data.findIndex((reason) => reason.rejected);
      if (!layout.claims.includes(rejected)) throw await refusal(result, layout, countyId);
      const outcomes = [];
      for (const input of entries) outcomes.push(await (0, WorkLog2.record)(input));
      return outcomes;
    }
  );
  function prepare(input, officer, countyId) {
    assertNotFuture(input.occurredAt);
    const entry = {
      countyId,
      precinctId: officer.precinctId,
      villageId: input.villageId,
      officerId: officer.officerId,
      day: Counter.dayOf(input.occurredAt),
      category: input.details.category
    };
    const hazardState = input.details.category === "hazard" ? input.details.state : void 0;
    return {
      input,
      entry,
      hazardState,
      eliminatedOn: hazardState === "eliminated" ? entry.day : void 0,
      entryId: createId(),
      requestHash: Idempotency.hashOf({ ...input, officerId: officer.officerId })
    };
  }
  async function commit(prepared, officer, countyId) {
    const firstDay = prepared.map((p) => p.entry.day).sort()[0];
    const villages = [...new Set(prepared.map((p) => p.input.villageId))];
    const layout = {
      villages: villages.map((_, index) => 1 + index),
      claims: prepared.map((_, index) => 1 + villages.length + index)
    };
    const result = await withConflictRetry(
      () => db.transaction.write(({ county, village, idempotency, workLog, counter }) => [
        county.check({ countyId }).where(
          (a, op) => `${op.eq(a.status, "active")} AND (${op.notExists(a.joinedOn)} OR ${op.lte(a.joinedOn, firstDay)})`
        ).commit(),
        ...villages.map(
          (villageId) => village.check({ countyId, villageId }).where((a, op) => `${op.eq(a.officerId, officer.officerId)} AND ${op.eq(a.status, "active")}`).commit()
        ),
        ...prepared.map(
          (p) => Idempotency.claim(idempotency, countyId, p.input.idempotencyKey, p.requestHash, p.entryId)
        ),
        ...prepared.map(
          ({ input, entry, entryId, hazardState }) => workLog.create({
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
            eliminatedOn: hazardState === "eliminated" ? entry.day : void 0,
            notes: input.notes,
            photoUrl: input.photoUrl,
            createdBy: officer.userId
          }).commit()
        ),
        ...counterChanges(
          counter,
          prepared.flatMap(({ entry, eliminatedOn }) => [
            { entry, figure: entry.category, delta: 1 },
            ...eliminatedOn ? [
              {
                entry: { ...entry, day: eliminatedOn },
                figure: "hazard_eliminated",
                delta: 1,
                rank: false
              }
            ] : []
          ])
        )
      ]).go()
    );
    return { result, layout };
  }
  async function refusal(result, layout, countyId) {
    const reasons = result.data;
    const rejected = reasons.findIndex((reason) => reason.rejected);
    if (layout.villages.includes(rejected)) {
      return new ForbiddenError("worklog.not_your_village", "This village is not in your patch");
    }
    if (rejected === 0) return countyRefusal(countyId);
    return new Error(`Work-log transaction cancelled: ${reasons.map((r) => r.code).join(", ")}`);
  }
  WorkLog2.editSchema = z.object({
    entryId: id,
    version: z.coerce.number().int().min(1),
    ...common,
    details
  });
  WorkLog2.edit = fn(WorkLog2.editSchema, async (input) => {
    const officer = officerActor();
    const countyId = useCounty();
    assertNotFuture(input.occurredAt);
    const current = await ownEntry(input.entryId, officer);
    if (current.version !== input.version) throw staleVersion();
    if (input.details.category !== current.category) {
      throw new InputError("worklog.category_fixed", "The category of an entry cannot change", {
        "details.category": ["The category cannot change"]
      });
    }
    const before = current.hazardState;
    const after = input.details.category === "hazard" ? input.details.state : void 0;
    assertHazardMove(before, after);
    const oldEntry = { ...countedOf(current), category: current.category };
    const newEntry = { ...oldEntry, villageId: input.villageId, day: Counter.dayOf(input.occurredAt) };
    const eliminatedNow = before !== "eliminated" && after === "eliminated";
    const eliminatedOn = eliminatedNow ? Counter.dayOf(Date.now()) : current.eliminatedOn;
    const result = await withConflictRetry(
      () => db.transaction.write(({ village, workLog, counter }) => [
        ...input.villageId !== current.villageId ? [
          village.check({ countyId, villageId: input.villageId }).where((a, op) => op.eq(a.officerId, officer.officerId)).commit()
        ] : [],
        workLog.patch({ countyId, entryId: input.entryId }).set({
          villageId: input.villageId,
          gridId: input.gridId,
          occurredAt: input.occurredAt,
          day: newEntry.day,
          details: input.details,
          hazardState: after,
          notes: input.notes,
          photoUrl: input.photoUrl,
          version: input.version + 1,
          ...eliminatedOn ? { eliminatedOn } : {}
        }).where((a, op) => op.eq(a.version, input.version)).commit(),
        ...counterChanges(counter, [
          { entry: oldEntry, figure: oldEntry.category, delta: -1 },
          { entry: newEntry, figure: newEntry.category, delta: 1 },
          ...eliminatedNow ? [
            {
              entry: { ...newEntry, day: eliminatedOn },
              figure: "hazard_eliminated",
              delta: 1,
              rank: false
            }
          ] : []
        ])
      ]).go()
    );
    if (result.canceled) {
      const first = result.data.findIndex((reason) => reason.rejected);
      if (input.villageId !== current.villageId && first === 0) {
        throw new ForbiddenError("worklog.not_your_village", "This village is not in your patch");
      }
      throw staleVersion();
    }
    await Audit.record({ countyId, action: "worklog.edited", subject: input.entryId });
    return { entryId: input.entryId, version: input.version + 1 };
  });
  WorkLog2.remove = fn(z.object({ entryId: id, version: z.coerce.number().int().min(1) }), async (input) => {
    const officer = officerActor();
    const countyId = useCounty();
    const current = await ownEntry(input.entryId, officer);
    if (current.version !== input.version) throw staleVersion();
    const entry = countedOf(current);
    const result = await withConflictRetry(
      () => db.transaction.write(({ workLog, counter }) => [
        workLog.delete({ countyId, entryId: input.entryId }).where((a, op) => op.eq(a.version, input.version)).commit(),
        ...counterChanges(counter, [
          { entry, figure: current.category, delta: -1 },
          ...current.eliminatedOn ? [
            {
              entry: { ...entry, day: current.eliminatedOn },
              figure: "hazard_eliminated",
              delta: -1,
              rank: false
            }
          ] : []
        ])
      ]).go()
    );
    if (result.canceled) throw staleVersion();
    await Audit.record({
      countyId,
      action: "worklog.removed",
      subject: input.entryId,
      detail: { category: current.category, day: current.day }
    });
  });
  WorkLog2.get = fn(id, async (entryId) => {
    const { data } = await db.entities.workLog.get({ countyId: useCounty(), entryId }).go();
    if (!data || !canSee(data)) throw new NotFoundError("worklog.not_found", "No such entry");
    return data;
  });
  WorkLog2.byOfficer = fn(
    z.object({
      officerId: id.optional(),
      limit: z.number().int().min(1).max(200).default(50),
      cursor: z.string().max(2e3).optional()
    }),
    async (input) => {
      const actor = assertRole("officer", "precinct_supervisor", "county_admin");
      const officerId = input.officerId ?? (actor.type === "user" ? actor.properties.officerId : void 0);
      if (!officerId) throw new InputError("input.invalid", "Choose an officer", { officerId: ["Required"] });
      const page = await db.entities.workLog.query.byOfficer({ countyId: useCounty(), officerId }).go({ order: "desc", limit: input.limit, cursor: input.cursor ?? null });
      return { entries: page.data.filter(canSee), cursor: page.cursor };
    }
  );
  function officerActor() {
    const actor = assertActor("user");
    const { role, officerId, precinctId, userId } = actor.properties;
    if (role !== "officer" || !officerId || !precinctId) {
      throw new ForbiddenError("worklog.officers_only", "Only village officers record work");
    }
    return { officerId, precinctId, userId };
  }
  async function ownEntry(entryId, officer) {
    const { data } = await db.entities.workLog.get({ countyId: useCounty(), entryId }).go({ consistent: true });
    if (!data || data.officerId !== officer.officerId) throw new NotFoundError("worklog.not_found", "No such entry");
    return data;
  }
  function canSee(entry) {
    const actor = assertActor("user");
    const { role, officerId, precinctId } = actor.properties;
    if (role === "county_admin") return true;
    if (role === "precinct_supervisor") return entry.precinctId === precinctId;
    if (role === "officer") return entry.officerId === officerId;
    return false;
  }
  function countedOf(entry) {
    return {
      countyId: entry.countyId,
      precinctId: entry.precinctId,
      villageId: entry.villageId,
      officerId: entry.officerId,
      day: entry.day
    };
  }
  function assertNotFuture(occurredAt) {
    if (occurredAt > Date.now() + allowedClockSkewMs) {
      throw new InputError("worklog.future", "The time is in the future", {
        occurredAt: ["The time is in the future"]
      });
    }
  }
  const order = { found: 0, rectifying: 1, eliminated: 2 };
  function assertHazardMove(before, after) {
    if (before && after && order[after] < order[before]) {
      throw new InputError("worklog.hazard_backwards", "A hazard's state only moves forward", {
        "details.state": ["A hazard's state only moves forward"]
      });
    }
  }
  function staleVersion() {
    return new ConflictError("worklog.changed", "This entry was changed meanwhile; reload it and try again");
  }
  async function countyRefusal(countyId) {
    const { data } = await db.entities.county.get({ countyId }).go();
    if (data?.status === "suspended")
      return new ForbiddenError("auth.county_suspended", "This county's service is suspended");
    return new InputError(
      "worklog.before_joined",
      `Work can be recorded from ${data?.joinedOn ?? "the day the county joined"}`,
      {
        occurredAt: [`Work can be recorded from ${data?.joinedOn ?? "the day the county joined"}`]
      }
    );
  }
})(WorkLog || (WorkLog = {}));

export { WorkLog as W };
