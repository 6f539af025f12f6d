import * as z from 'zod';
import { d as db, a as assertRole, u as useCounty, c as createId } from './id_CvCQQS6k.mjs';
import { a as assertCommitted } from './transaction_BNauezNn.mjs';
import { s as setAndRemove } from './defined_BlfC88gd.mjs';
import { C as ConflictError, N as NotFoundError } from './errors_MfzDXNyI.mjs';
import { p as publicPhone, c as nameEn, f as fn, n as nameZh, i as id } from './schemas_Cu4Pp2P7.mjs';

var Unique;
((Unique2) => {
  Unique2.kinds = {
    precinctName: "precinct.name",
    villageName: "village.name",
    officerBadge: "officer.badge",
    officerSlug: "officer.slug"
  };
  function nameKey(name) {
    return name.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
  }
  Unique2.nameKey = nameKey;
  function villageNameValue(precinctId, nameZh) {
    return `${precinctId}/${nameKey(nameZh)}`;
  }
  Unique2.villageNameValue = villageNameValue;
  function claim(countyId, kind, value, ownerId) {
    return db.entities.unique.create({
      scope: countyId,
      kind,
      value,
      ownerId
    });
  }
  Unique2.claim = claim;
  function release(countyId, kind, value) {
    return db.entities.unique.delete({
      scope: countyId,
      kind,
      value
    });
  }
  Unique2.release = release;
})(Unique || (Unique = {}));

var Precinct;
((Precinct2) => {
  Precinct2.nameTaken = () => new ConflictError("precinct.name_taken", "A precinct of this name exists", {
    nameZh: ["A precinct of this name exists"]
  });
  const notFound = () => new NotFoundError("precinct.not_found", "No such precinct");
  const changed = () => new ConflictError("precinct.changed", "The precinct changed meanwhile; reload and try again");
  const fields = {
    nameZh,
    nameEn: nameEn.default(""),
    address: z.string().trim().max(200, "Use at most 200 characters").optional(),
    phone: publicPhone.optional()
  };
  Precinct2.create = fn(z.object({
    precinctId: id.optional(),
    ...fields
  }), async (input) => {
    assertRole("county_admin");
    const countyId = useCounty();
    const precinctId = input.precinctId ?? createId();
    const result = await db.transaction.write(({
      unique,
      precinct
    }) => [unique.create({
      scope: countyId,
      kind: Unique.kinds.precinctName,
      value: Unique.nameKey(input.nameZh),
      ownerId: precinctId
    }).commit(), precinct.create({
      ...input,
      precinctId,
      countyId
    }).commit()]).go();
    assertCommitted(result, (index) => index === 0 ? (0, Precinct2.nameTaken)() : new ConflictError("precinct.exists", "This precinct exists"));
    return precinctId;
  });
  Precinct2.get = fn(id, async (precinctId) => {
    const {
      data
    } = await db.entities.precinct.get({
      countyId: useCounty(),
      precinctId
    }).go();
    if (!data) throw notFound();
    return data;
  });
  Precinct2.list = fn(z.void(), async () => {
    assertRole("county_admin", "precinct_supervisor");
    const {
      data
    } = await db.entities.precinct.query.byId({
      countyId: useCounty()
    }).go({
      pages: "all"
    });
    return data.sort((a, b) => a.status === b.status ? a.nameZh.localeCompare(b.nameZh, "zh-Hans-CN") : a.status === "active" ? -1 : 1);
  });
  Precinct2.update = fn(z.object({
    precinctId: id,
    nameZh: nameZh.optional(),
    nameEn: fields.nameEn.optional(),
    address: z.union([fields.address.unwrap(), z.literal("")]).optional(),
    phone: z.union([publicPhone, z.literal("")]).optional()
  }), async (input) => {
    assertRole("county_admin");
    const countyId = useCounty();
    const current = await (0, Precinct2.get)(input.precinctId);
    const {
      precinctId,
      ...changes
    } = input;
    const {
      set,
      remove
    } = setAndRemove(changes, ["nameEn"]);
    const renamed = set.nameZh !== void 0 && Unique.nameKey(set.nameZh) !== Unique.nameKey(current.nameZh);
    const result = await db.transaction.write(({
      unique,
      precinct
    }) => [precinct.patch({
      countyId,
      precinctId
    }).set(set).remove(remove).where((a, op) => op.eq(a.updatedAt, current.updatedAt)).commit(), ...renamed ? [unique.create({
      scope: countyId,
      kind: Unique.kinds.precinctName,
      value: Unique.nameKey(set.nameZh),
      ownerId: precinctId
    }).commit(), unique.delete({
      scope: countyId,
      kind: Unique.kinds.precinctName,
      value: Unique.nameKey(current.nameZh)
    }).commit()] : []]).go();
    assertCommitted(result, (index) => index === 0 ? changed() : (0, Precinct2.nameTaken)());
  });
  Precinct2.archive = fn(z.object({
    precinctId: id
  }), async ({
    precinctId
  }) => {
    assertRole("county_admin");
    const countyId = useCounty();
    await (0, Precinct2.get)(precinctId);
    const {
      data
    } = await db.collections.precinctRoster({
      countyId,
      precinctId
    }).go({
      pages: "all"
    });
    const members = [...data.village, ...data.officer].filter((item) => item.status === "active").length;
    if (members > 0) {
      throw new ConflictError("precinct.not_empty", "Move or archive this precinct's villages and officers first");
    }
    await db.entities.precinct.patch({
      countyId,
      precinctId
    }).set({
      status: "archived"
    }).go();
  });
  Precinct2.restore = fn(z.object({
    precinctId: id
  }), async ({
    precinctId
  }) => {
    assertRole("county_admin");
    await (0, Precinct2.get)(precinctId);
    await db.entities.precinct.patch({
      countyId: useCounty(),
      precinctId
    }).set({
      status: "active"
    }).go();
  });
  Precinct2.supervisors = fn(z.object({
    precinctId: id
  }), async ({
    precinctId
  }) => {
    assertRole("county_admin");
    await (0, Precinct2.get)(precinctId);
    const {
      data
    } = await db.entities.user.query.byId({
      countyId: useCounty()
    }).go({
      pages: "all"
    });
    return data.filter((user) => user.role === "precinct_supervisor" && user.precinctId === precinctId).map(({
      userId,
      username,
      displayName,
      status
    }) => ({
      userId,
      username,
      displayName,
      status
    }));
  });
})(Precinct || (Precinct = {}));

export { Precinct as P, Unique as U };
