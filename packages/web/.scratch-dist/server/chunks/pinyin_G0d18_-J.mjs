import * as z from 'zod';
import { a as assertRole, u as useCounty, c as createId, d as db } from './id_CvCQQS6k.mjs';
import { a as assertCommitted } from './transaction_BNauezNn.mjs';
import { U as Unique } from './index_--kPpFx1.mjs';
import { s as setAndRemove } from './defined_BlfC88gd.mjs';
import { C as ConflictError, N as NotFoundError } from './errors_MfzDXNyI.mjs';
import { f as fn, i as id, n as nameZh, s as slug, a as imageUrl, p as publicPhone, c as nameEn } from './schemas_Cu4Pp2P7.mjs';
import { pinyin } from 'pinyin-pro';

const clearable = (schema) => z.union([schema, z.literal("")]).optional();
const badge = z.string().trim().regex(/^[0-9A-Za-z]{4,12}$/, "Use 4 to 12 letters or digits");
var Officer;
((Officer2) => {
  const notFound = () => new NotFoundError("officer.not_found", "No such officer");
  const precinctNotFound = () => new NotFoundError("precinct.not_found", "No such precinct");
  Officer2.badgeTaken = () => new ConflictError("officer.badge_taken", "This badge number is in use", {
    badge: ["This badge number is in use"]
  });
  Officer2.slugTaken = () => new ConflictError("officer.slug_taken", "This address is taken", {
    slug: ["This address is taken"]
  });
  const changed = () => new ConflictError("officer.changed", "The officer's record changed meanwhile; reload and try again");
  const profile = {
    rank: z.string().trim().max(40, "Use at most 40 characters"),
    bio: z.string().trim().max(500, "Use at most 500 characters"),
    officePhone: publicPhone,
    deskHours: z.string().trim().max(200, "Use at most 200 characters"),
    photoUrl: imageUrl,
    wechatQrUrl: imageUrl
  };
  Officer2.create = fn(z.object({
    officerId: id.optional(),
    slug,
    nameZh,
    nameEn: nameEn.min(1, "Required"),
    badge,
    precinctId: id,
    rank: profile.rank.optional(),
    bio: profile.bio.optional(),
    officePhone: profile.officePhone.optional(),
    deskHours: profile.deskHours.optional(),
    photoUrl: profile.photoUrl.optional(),
    wechatQrUrl: profile.wechatQrUrl.optional()
  }), async (input) => {
    assertRole("county_admin");
    const countyId = useCounty();
    const officerId = input.officerId ?? createId();
    const result = await db.transaction.write(({
      precinct,
      unique,
      officer
    }) => [precinct.check({
      countyId,
      precinctId: input.precinctId
    }).where((a, op) => op.eq(a.status, "active")).commit(), unique.create({
      scope: countyId,
      kind: Unique.kinds.officerSlug,
      value: input.slug,
      ownerId: officerId
    }).commit(), unique.create({
      scope: countyId,
      kind: Unique.kinds.officerBadge,
      value: input.badge,
      ownerId: officerId
    }).commit(), officer.create({
      ...input,
      countyId,
      officerId
    }).commit()]).go();
    assertCommitted(result, (index) => [precinctNotFound(), (0, Officer2.slugTaken)(), (0, Officer2.badgeTaken)(), new ConflictError("officer.exists", "This officer exists")][index]);
    return officerId;
  });
  Officer2.get = fn(id, async (officerId) => {
    const {
      data
    } = await db.entities.officer.get({
      countyId: useCounty(),
      officerId
    }).go();
    if (!data) throw notFound();
    return data;
  });
  Officer2.bySlug = fn(slug, async (value) => {
    const {
      data
    } = await db.entities.officer.query.bySlug({
      countyId: useCounty(),
      slug: value
    }).go({
      limit: 1
    });
    const officer = data[0];
    if (!officer) throw notFound();
    return officer;
  });
  Officer2.byBadge = fn(badge, async (value) => {
    assertRole("county_admin");
    const {
      data
    } = await db.entities.unique.get({
      scope: useCounty(),
      kind: Unique.kinds.officerBadge,
      value
    }).go();
    if (!data) throw notFound();
    return (0, Officer2.get)(data.ownerId);
  });
  Officer2.list = fn(z.object({
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
    } = precinctId ? await db.entities.officer.query.byPrecinct({
      countyId,
      precinctId
    }).go({
      pages: "all"
    }) : await db.entities.officer.query.byId({
      countyId
    }).go({
      pages: "all"
    });
    return data.filter((officer) => input.includeArchived || officer.status === "active").sort((a, b) => a.nameZh.localeCompare(b.nameZh, "zh-Hans-CN"));
  });
  Officer2.update = fn(z.object({
    officerId: id,
    nameZh: nameZh.optional(),
    nameEn: nameEn.min(1, "Required").optional(),
    badge: badge.optional(),
    precinctId: id.optional(),
    rank: clearable(profile.rank),
    bio: clearable(profile.bio),
    officePhone: clearable(profile.officePhone),
    deskHours: clearable(profile.deskHours),
    photoUrl: clearable(profile.photoUrl),
    wechatQrUrl: clearable(profile.wechatQrUrl)
  }), async (input) => {
    assertRole("county_admin");
    const countyId = useCounty();
    const current = await (0, Officer2.get)(input.officerId);
    const {
      officerId,
      ...changes
    } = input;
    const {
      set,
      remove
    } = setAndRemove(changes);
    const newBadge = set.badge && set.badge.toLowerCase() !== current.badge.toLowerCase() ? set.badge : void 0;
    const newPrecinct = set.precinctId && set.precinctId !== current.precinctId ? set.precinctId : void 0;
    const result = await db.transaction.write(({
      officer,
      precinct,
      unique
    }) => [officer.patch({
      countyId,
      officerId
    }).set(set).remove(remove).where((a, op) => op.eq(a.updatedAt, current.updatedAt)).commit(), ...newPrecinct ? [precinct.check({
      countyId,
      precinctId: newPrecinct
    }).where((a, op) => op.eq(a.status, "active")).commit()] : [], ...newBadge ? [unique.create({
      scope: countyId,
      kind: Unique.kinds.officerBadge,
      value: newBadge,
      ownerId: officerId
    }).commit(), unique.delete({
      scope: countyId,
      kind: Unique.kinds.officerBadge,
      value: current.badge
    }).commit()] : []]).go();
    assertCommitted(result, (index) => index === 0 ? changed() : index === 1 && newPrecinct ? precinctNotFound() : (0, Officer2.badgeTaken)());
  });
  Officer2.archive = fn(z.object({
    officerId: id
  }), async ({
    officerId
  }) => {
    assertRole("county_admin");
    const countyId = useCounty();
    const current = await (0, Officer2.get)(officerId);
    if (current.villageIds?.length) {
      throw new ConflictError("officer.serves_villages", "This officer still serves villages; assign them to someone else first");
    }
    const result = await db.transaction.write(({
      officer
    }) => [officer.patch({
      countyId,
      officerId
    }).set({
      status: "inactive"
    }).where((a, op) => op.notExists(a.villageIds)).commit()]).go();
    assertCommitted(result, () => changed());
  });
  Officer2.restore = fn(z.object({
    officerId: id
  }), async ({
    officerId
  }) => {
    assertRole("county_admin");
    const countyId = useCounty();
    const current = await (0, Officer2.get)(officerId);
    const result = await db.transaction.write(({
      officer,
      precinct
    }) => [precinct.check({
      countyId,
      precinctId: current.precinctId
    }).where((a, op) => op.eq(a.status, "active")).commit(), officer.patch({
      countyId,
      officerId
    }).set({
      status: "active"
    }).commit()]).go();
    assertCommitted(result, (index) => index === 0 ? precinctNotFound() : changed());
  });
})(Officer || (Officer = {}));

function pinyinSyllables(name, options = {}) {
  const personal = options.personal ? {
    surname: "head",
    v: true
  } : {};
  return pinyin(name, {
    toneType: "none",
    type: "array",
    nonZh: "consecutive",
    ...personal
  }).map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, "")).filter(Boolean);
}
function pinyinKeys(name) {
  const syllables = pinyinSyllables(name);
  return {
    pinyin: syllables.join(""),
    initials: syllables.map((s) => s[0]).join("")
  };
}

export { Officer as O, pinyinSyllables as a, pinyinKeys as p };
