import * as z from 'zod';
import { v as villageKinds, a as assertRole, u as useCounty, c as createId, d as db, k as useActor } from './id_CvCQQS6k.mjs';
import { a as assertCommitted } from './transaction_BNauezNn.mjs';
import { U as Unique } from './index_--kPpFx1.mjs';
import { C as ConflictError, N as NotFoundError } from './errors_MfzDXNyI.mjs';
import { c as nameEn, f as fn, n as nameZh, i as id } from './schemas_Cu4Pp2P7.mjs';
import { s as setAndRemove } from './defined_BlfC88gd.mjs';
import { p as pinyinKeys } from './pinyin_G0d18_-J.mjs';

var Village;
((Village2) => {
  const notFound = () => new NotFoundError("village.not_found", "No such village");
  const precinctNotFound = () => new NotFoundError("precinct.not_found", "No such precinct");
  Village2.nameTaken = () => new ConflictError("village.name_taken", "This precinct has a village of this name", {
    nameZh: ["This precinct has a village of this name"]
  });
  const changed = () => new ConflictError("village.changed", "The village changed meanwhile; reload and try again");
  const fields = {
    precinctId: id,
    kind: z.enum(villageKinds),
    nameZh,
    nameEn: nameEn.default(""),
    address: z.string().trim().max(200, "Use at most 200 characters").optional(),
    deskHours: z.string().trim().max(200, "Use at most 200 characters").optional()
  };
  Village2.create = fn(z.object({
    villageId: id.optional(),
    ...fields
  }), async (input) => {
    assertRole("county_admin");
    const countyId = useCounty();
    const villageId = input.villageId ?? createId();
    const result = await db.transaction.write(({
      precinct,
      village,
      unique
    }) => [precinct.check({
      countyId,
      precinctId: input.precinctId
    }).where((a, op) => op.eq(a.status, "active")).commit(), unique.create({
      scope: countyId,
      kind: Unique.kinds.villageName,
      value: Unique.villageNameValue(input.precinctId, input.nameZh),
      ownerId: villageId
    }).commit(), village.create({
      ...input,
      ...pinyinKeys(input.nameZh),
      countyId,
      villageId
    }).commit()]).go();
    assertCommitted(result, (index) => [precinctNotFound(), (0, Village2.nameTaken)(), new ConflictError("village.exists", "This village exists")][index]);
    return villageId;
  });
  Village2.get = fn(id, async (villageId) => {
    const {
      data
    } = await db.entities.village.get({
      countyId: useCounty(),
      villageId
    }).go();
    if (!data) throw notFound();
    return data;
  });
  Village2.list = fn(z.object({
    precinctId: id.optional(),
    includeArchived: z.boolean().default(false)
  }).default({
    includeArchived: false
  }), async (input) => {
    const actor = assertRole("county_admin", "precinct_supervisor");
    const countyId = useCounty();
    const own = actor.type === "user" && actor.properties.role === "precinct_supervisor" ? actor.properties.precinctId ?? "-" : void 0;
    if (own && input.precinctId && input.precinctId !== own) return [];
    const precinctId = own ?? input.precinctId;
    const {
      data
    } = precinctId ? await db.entities.village.query.byPrecinct({
      countyId,
      precinctId
    }).go({
      pages: "all"
    }) : await db.entities.village.query.byId({
      countyId
    }).go({
      pages: "all"
    });
    return data.filter((village) => input.includeArchived || village.status === "active").sort((a, b) => a.nameZh.localeCompare(b.nameZh, "zh-Hans-CN"));
  });
  Village2.withoutOfficer = fn(z.void(), async () => {
    const villages = await (0, Village2.list)({
      includeArchived: false
    });
    return villages.filter((village) => !village.officerId);
  });
  Village2.update = fn(z.object({
    villageId: id,
    precinctId: id.optional(),
    kind: fields.kind.optional(),
    nameZh: nameZh.optional(),
    nameEn: nameEn.optional(),
    address: fields.address,
    deskHours: fields.deskHours
  }), async (input) => {
    assertRole("county_admin");
    const countyId = useCounty();
    const current = await (0, Village2.get)(input.villageId);
    const {
      villageId,
      ...changes
    } = input;
    const {
      set,
      remove
    } = setAndRemove(changes, ["nameEn"]);
    const precinctId = set.precinctId ?? current.precinctId;
    const name = set.nameZh ?? current.nameZh;
    const oldClaim = Unique.villageNameValue(current.precinctId, current.nameZh);
    const newClaim = Unique.villageNameValue(precinctId, name);
    const precinctMoved = precinctId !== current.precinctId;
    const result = await db.transaction.write(({
      precinct,
      village,
      unique
    }) => [village.patch({
      countyId,
      villageId
    }).set({
      ...set,
      ...set.nameZh ? pinyinKeys(set.nameZh) : {}
    }).remove(remove).where((a, op) => op.eq(a.updatedAt, current.updatedAt)).commit(), ...precinctMoved ? [precinct.check({
      countyId,
      precinctId
    }).where((a, op) => op.eq(a.status, "active")).commit()] : [], ...oldClaim !== newClaim ? [unique.create({
      scope: countyId,
      kind: Unique.kinds.villageName,
      value: newClaim,
      ownerId: villageId
    }).commit(), unique.delete({
      scope: countyId,
      kind: Unique.kinds.villageName,
      value: oldClaim
    }).commit()] : []]).go();
    assertCommitted(result, (index) => index === 0 ? changed() : index === 1 && precinctMoved ? precinctNotFound() : (0, Village2.nameTaken)());
  });
  Village2.assignOfficer = fn(z.object({
    villageId: id,
    officerId: id
  }), async (input) => {
    assertRole("county_admin");
    const countyId = useCounty();
    const current = await (0, Village2.get)(input.villageId);
    if (current.status !== "active") throw notFound();
    const previousOfficerId = current.officerId;
    if (previousOfficerId === input.officerId) return;
    const result = await db.transaction.write(({
      officer,
      village,
      assignment
    }) => [officer.update({
      countyId,
      officerId: input.officerId
    }).add({
      villageIds: [input.villageId]
    }).where((a, op) => `${op.exists(a.officerId)} AND ${op.eq(a.status, "active")}`).commit(), village.patch({
      countyId,
      villageId: input.villageId
    }).set({
      officerId: input.officerId
    }).where((a, op) => previousOfficerId ? op.eq(a.officerId, previousOfficerId) : op.notExists(a.officerId)).commit(), assignment.create(historyEvent(countyId, input.villageId, "assigned", input.officerId, previousOfficerId)).commit(), ...previousOfficerId ? [officer.update({
      countyId,
      officerId: previousOfficerId
    }).delete({
      villageIds: [input.villageId]
    }).commit()] : []]).go();
    assertCommitted(result, (index) => index === 0 ? new NotFoundError("officer.not_found", "No such officer") : changed());
  });
  Village2.unassignOfficer = fn(z.object({
    villageId: id
  }), async ({
    villageId
  }) => {
    assertRole("county_admin");
    const countyId = useCounty();
    const current = await (0, Village2.get)(villageId);
    if (!current.officerId) return;
    const result = await db.transaction.write((entities) => unassignment(entities, countyId, villageId, current.officerId)).go();
    assertCommitted(result, () => changed());
  });
  Village2.archive = fn(z.object({
    villageId: id
  }), async ({
    villageId
  }) => {
    assertRole("county_admin");
    const countyId = useCounty();
    const current = await (0, Village2.get)(villageId);
    const result = await db.transaction.write((entities) => current.officerId ? unassignment(entities, countyId, villageId, current.officerId, "archived") : [entities.village.patch({
      countyId,
      villageId
    }).set({
      status: "archived"
    }).where((a, op) => op.eq(a.updatedAt, current.updatedAt)).commit()]).go();
    assertCommitted(result, () => changed());
  });
  Village2.restore = fn(z.object({
    villageId: id
  }), async ({
    villageId
  }) => {
    assertRole("county_admin");
    const countyId = useCounty();
    const current = await (0, Village2.get)(villageId);
    const result = await db.transaction.write(({
      precinct,
      village
    }) => [precinct.check({
      countyId,
      precinctId: current.precinctId
    }).where((a, op) => op.eq(a.status, "active")).commit(), village.patch({
      countyId,
      villageId
    }).set({
      status: "active"
    }).commit()]).go();
    assertCommitted(result, (index) => index === 0 ? precinctNotFound() : changed());
  });
  Village2.history = fn(z.object({
    villageId: id
  }), async ({
    villageId
  }) => {
    assertRole("county_admin", "precinct_supervisor");
    const countyId = useCounty();
    const village = await (0, Village2.get)(villageId);
    const actor = useActor();
    if (actor.type === "user" && actor.properties.role === "precinct_supervisor" && actor.properties.precinctId !== village.precinctId) {
      throw notFound();
    }
    const {
      data
    } = await db.entities.assignment.query.byVillage({
      countyId,
      villageId
    }).go({
      pages: "all"
    });
    return periodsOf(data);
  });
  function periodsOf(events) {
    const periods = [];
    let open;
    for (const event of [...events].sort((a, b) => a.at.localeCompare(b.at) || a.eventId.localeCompare(b.eventId))) {
      if (open) open.until = event.at;
      open = void 0;
      if (event.action === "assigned") {
        open = {
          officerId: event.officerId,
          from: event.at,
          source: event.source,
          actorId: event.actorId
        };
        periods.push(open);
      }
    }
    return periods.reverse();
  }
  Village2.periodsOf = periodsOf;
  function historyEvent(countyId, villageId, action, officerId, previousOfficerId, source = "console") {
    const actor = useActor();
    return {
      countyId,
      villageId,
      at: (/* @__PURE__ */ new Date()).toISOString(),
      eventId: createId(),
      action,
      officerId,
      previousOfficerId,
      actorId: actor.type === "user" ? actor.properties.userId : actor.type,
      source
    };
  }
  Village2.historyEvent = historyEvent;
  function unassignment(entities, countyId, villageId, officerId, status) {
    return [entities.village.patch({
      countyId,
      villageId
    }).set(status ? {
      status
    } : {}).remove(["officerId"]).where((a, op) => op.eq(a.officerId, officerId)).commit(), entities.officer.update({
      countyId,
      officerId
    }).delete({
      villageIds: [villageId]
    }).commit(), entities.assignment.create(historyEvent(countyId, villageId, "unassigned", officerId)).commit()];
  }
})(Village || (Village = {}));

export { Village as V };
