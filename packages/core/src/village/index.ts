import type { EntityItem } from "electrodb";
import * as z from "zod";
import { assertReaches, useScope, type Access } from "../access";
import { useActor, useCounty } from "../actor";
import { db } from "../db/service";
import { assertCommitted } from "../db/transaction";
import { Unique } from "../unique/index";
import { ConflictError, NotFoundError } from "../util/errors";
import { fn } from "../util/fn";
import { setAndRemove } from "../util/defined";
import { createId } from "../util/id";
import { id, nameEn, nameZh } from "../util/schemas";
import type { AssignmentEntity } from "./assignment.entity";
import { loadPinyin } from "./pinyin";
import { markCountyOpen } from "../county/open";
import { villageKinds, type VillageEntity } from "./village.entity";

type WriteEntities = Parameters<Parameters<typeof db.transaction.write>[0]>[0];

export namespace Village {
  export type Info = EntityItem<typeof VillageEntity>;
  export type Assignment = EntityItem<typeof AssignmentEntity>;

  const notFound = () => new NotFoundError("village.not_found", "No such village");
  const precinctNotFound = () => new NotFoundError("precinct.not_found", "No such precinct");
  export const nameTaken = () =>
    new ConflictError("village.name_taken", "This precinct has a village of this name", {
      nameZh: ["This precinct has a village of this name"],
    });
  const changed = () => new ConflictError("village.changed", "The village changed meanwhile; reload and try again");

  const admin: Access = { county_admin: "county" };
  /** A supervisor reads the villages of their own precinct. */
  const readers: Access = { county_admin: "county", precinct_supervisor: "precinct" };

  const fields = {
    precinctId: id,
    kind: z.enum(villageKinds),
    nameZh,
    nameEn: nameEn.default(""),
    address: z.string().trim().max(200, "Use at most 200 characters").optional(),
    deskHours: z.string().trim().max(200, "Use at most 200 characters").optional(),
  };

  /** A village or community of an active precinct; its name is unique within the precinct. */
  export const create = fn(admin, z.object({ villageId: id.optional(), ...fields }), async (input) => {
    const countyId = useCounty();
    const villageId = input.villageId ?? createId();
    const pinyin = await loadPinyin();
    const result = await db.transaction
      .write(({ precinct, village, unique }) => [
        precinct
          .check({ countyId, precinctId: input.precinctId })
          .where((a, op) => op.eq(a.status, "active"))
          .commit(),
        unique
          .create({
            scope: countyId,
            kind: Unique.kinds.villageName,
            value: Unique.villageNameValue(input.precinctId, input.nameZh),
            ownerId: villageId,
          })
          .commit(),
        village.create({ ...input, ...pinyin.keys(input.nameZh), countyId, villageId }).commit(),
      ])
      .go();
    assertCommitted(
      result,
      (index) => [precinctNotFound(), nameTaken(), new ConflictError("village.exists", "This village exists")][index],
    );
    await markCountyOpen(countyId);
    return villageId;
  });

  /** A village by id; a supervisor reaches only their own precinct's. */
  export const get = fn(readers, id, async (villageId) => {
    const { data } = await db.entities.village.get({ countyId: useCounty(), villageId }).go();
    if (!data) throw notFound();
    assertReaches(data, notFound);
    return data;
  });

  /**
   * The county's villages (one Query of the roster partition, villages only), or one precinct's
   * (one Query of its index). Supervisors see their own precinct's only.
   */
  export const list = fn(
    readers,
    z
      .object({ precinctId: id.optional(), includeArchived: z.boolean().default(false) })
      .default({ includeArchived: false }),
    async (input) => {
      const countyId = useCounty();
      const actor = useActor();
      const own = useScope() === "precinct" ? (actor.type === "user" && actor.properties.precinctId) || "-" : undefined;
      if (own && input.precinctId && input.precinctId !== own) return [];
      const precinctId = own ?? input.precinctId;
      const { data } = precinctId
        ? await db.entities.village.query.byPrecinct({ countyId, precinctId }).go({ pages: "all" })
        : await db.entities.village.query.byId({ countyId }).go({ pages: "all" });
      return data
        .filter((village) => input.includeArchived || village.status === "active")
        .sort((a, b) => a.nameZh.localeCompare(b.nameZh, "zh-Hans-CN"));
    },
  );

  /** Active villages without an officer, for the county dashboard (supervisors: own precinct). */
  export const withoutOfficer = fn(readers, z.void(), async () => {
    const villages = await list({ includeArchived: false });
    return villages.filter((village) => !village.officerId);
  });

  /**
   * Edits a village: absent fields stay, an empty string clears an optional one; a new name or
   * precinct moves its name claim.
   */
  export const update = fn(
    admin,
    z.object({
      villageId: id,
      precinctId: id.optional(),
      kind: fields.kind.optional(),
      nameZh: nameZh.optional(),
      nameEn: nameEn.optional(),
      address: fields.address,
      deskHours: fields.deskHours,
    }),
    async (input) => {
      const countyId = useCounty();
      const current = await get(input.villageId);
      const { villageId, ...changes } = input;
      const { set, remove } = setAndRemove(changes, ["nameEn"]);
      const precinctId = set.precinctId ?? current.precinctId;
      const name = set.nameZh ?? current.nameZh;
      const oldClaim = Unique.villageNameValue(current.precinctId, current.nameZh);
      const newClaim = Unique.villageNameValue(precinctId, name);
      const precinctMoved = precinctId !== current.precinctId;
      const pinyin = await loadPinyin();
      const result = await db.transaction
        .write(({ precinct, village, unique }) => [
          village
            .patch({ countyId, villageId })
            .set({ ...set, ...(set.nameZh ? pinyin.keys(set.nameZh) : {}) })
            .remove(remove)
            .where((a, op) => op.eq(a.updatedAt, current.updatedAt))
            .commit(),
          ...(precinctMoved
            ? [
                precinct
                  .check({ countyId, precinctId })
                  .where((a, op) => op.eq(a.status, "active"))
                  .commit(),
              ]
            : []),
          ...(oldClaim !== newClaim
            ? [
                unique
                  .create({ scope: countyId, kind: Unique.kinds.villageName, value: newClaim, ownerId: villageId })
                  .commit(),
                unique.delete({ scope: countyId, kind: Unique.kinds.villageName, value: oldClaim }).commit(),
              ]
            : []),
        ])
        .go();
      assertCommitted(result, (index) =>
        index === 0 ? changed() : index === 1 && precinctMoved ? precinctNotFound() : nameTaken(),
      );
    },
  );

  /**
   * Makes the officer the village's one officer, ending the previous assignment, and records it in
   * the village's history. The officer must be active in the same county; the village's officer
   * must not have changed since it was read.
   */
  export const assignOfficer = fn(admin, z.object({ villageId: id, officerId: id }), async (input) => {
    const countyId = useCounty();
    const current = await get(input.villageId);
    if (current.status !== "active") throw notFound();
    const previousOfficerId = current.officerId;
    if (previousOfficerId === input.officerId) return;
    const result = await db.transaction
      .write(({ officer, village, assignment }) => [
        officer
          .update({ countyId, officerId: input.officerId })
          .add({ villageIds: [input.villageId] })
          .where((a, op) => `${op.exists(a.officerId)} AND ${op.eq(a.status, "active")}`)
          .commit(),
        village
          .patch({ countyId, villageId: input.villageId })
          .set({ officerId: input.officerId })
          .where((a, op) => (previousOfficerId ? op.eq(a.officerId, previousOfficerId) : op.notExists(a.officerId)))
          .commit(),
        assignment
          .create(historyEvent(countyId, input.villageId, "assigned", input.officerId, previousOfficerId))
          .commit(),
        ...(previousOfficerId
          ? [
              officer
                .update({ countyId, officerId: previousOfficerId })
                .delete({ villageIds: [input.villageId] })
                .commit(),
            ]
          : []),
      ])
      .go();
    assertCommitted(result, (index) =>
      index === 0 ? new NotFoundError("officer.not_found", "No such officer") : changed(),
    );
  });

  /** Ends the village's assignment; the village is then flagged as without an officer. */
  export const unassignOfficer = fn(admin, z.object({ villageId: id }), async ({ villageId }) => {
    const countyId = useCounty();
    const current = await get(villageId);
    if (!current.officerId) return;
    const result = await db.transaction
      .write((entities) => unassignment(entities, countyId, villageId, current.officerId!))
      .go();
    assertCommitted(result, () => changed());
  });

  /** Archives a village (ending its assignment); its name stays reserved in its precinct. */
  export const archive = fn(admin, z.object({ villageId: id }), async ({ villageId }) => {
    const countyId = useCounty();
    const current = await get(villageId);
    const result = await db.transaction
      .write((entities) =>
        current.officerId
          ? unassignment(entities, countyId, villageId, current.officerId, "archived")
          : [
              entities.village
                .patch({ countyId, villageId })
                .set({ status: "archived" })
                .where((a, op) => op.eq(a.updatedAt, current.updatedAt))
                .commit(),
            ],
      )
      .go();
    assertCommitted(result, () => changed());
  });

  export const restore = fn(admin, z.object({ villageId: id }), async ({ villageId }) => {
    const countyId = useCounty();
    const current = await get(villageId);
    const result = await db.transaction
      .write(({ precinct, village }) => [
        precinct
          .check({ countyId, precinctId: current.precinctId })
          .where((a, op) => op.eq(a.status, "active"))
          .commit(),
        village.patch({ countyId, villageId }).set({ status: "active" }).commit(),
      ])
      .go();
    assertCommitted(result, (index) => (index === 0 ? precinctNotFound() : changed()));
  });

  /**
   * The village's assignment history, newest first, as periods: who served from when to when
   * (`until` is absent for the current officer).
   */
  export const history = fn(readers, z.object({ villageId: id }), async ({ villageId }) => {
    const countyId = useCounty();
    await get(villageId);
    const { data } = await db.entities.assignment.query.byVillage({ countyId, villageId }).go({ pages: "all" });
    return periodsOf(data);
  });

  export type Period = {
    officerId: string;
    from: string;
    until?: string;
    source: Assignment["source"];
    actorId: string;
  };

  /** Folds assignment events (any order) into periods of service, newest first. */
  export function periodsOf(events: Assignment[]): Period[] {
    const periods: Period[] = [];
    let open: Period | undefined;
    for (const event of [...events].sort((a, b) => a.at.localeCompare(b.at) || a.eventId.localeCompare(b.eventId))) {
      if (open) open.until = event.at;
      open = undefined;
      if (event.action === "assigned") {
        open = { officerId: event.officerId, from: event.at, source: event.source, actorId: event.actorId };
        periods.push(open);
      }
    }
    return periods.reverse();
  }

  /** The history item of one change; written in the same transaction as the change. */
  export function historyEvent(
    countyId: string,
    villageId: string,
    action: Assignment["action"],
    officerId: string,
    previousOfficerId?: string,
    source: Assignment["source"] = "console",
  ) {
    const actor = useActor();
    return {
      countyId,
      villageId,
      at: new Date().toISOString(),
      eventId: createId(),
      action,
      officerId,
      previousOfficerId,
      actorId: actor.type === "user" ? actor.properties.userId : actor.type,
      source,
    };
  }

  /** Ends a village's assignment (and archives the village when asked): three items, one transaction. */
  function unassignment(
    entities: WriteEntities,
    countyId: string,
    villageId: string,
    officerId: string,
    status?: "archived",
  ) {
    return [
      entities.village
        .patch({ countyId, villageId })
        .set(status ? { status } : {})
        .remove(["officerId"])
        .where((a, op) => op.eq(a.officerId, officerId))
        .commit(),
      entities.officer
        .update({ countyId, officerId })
        .delete({ villageIds: [villageId] })
        .commit(),
      entities.assignment.create(historyEvent(countyId, villageId, "unassigned", officerId)).commit(),
    ];
  }
}
