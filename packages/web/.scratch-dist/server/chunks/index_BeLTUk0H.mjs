import * as z from 'zod';
import { a as assertRole, c as createId, d as db, h as platformScope, u as useCounty } from './id_CvCQQS6k.mjs';
import { A as Audit } from './index_IgvBWgW0.mjs';
import { l as lucia } from './lucia_gBqdNxa5.mjs';
import { a as assertCommitted } from './transaction_BNauezNn.mjs';
import { C as ConflictError, N as NotFoundError } from './errors_MfzDXNyI.mjs';
import { f as fn, n as nameZh, c as nameEn, s as slug, r as reservedSlugs } from './schemas_Cu4Pp2P7.mjs';

const provinces = /* @__PURE__ */ new Set(["11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65"]);
function isCountyDivisionCode(code) {
  return /^\d{6}$/.test(code) && provinces.has(code.slice(0, 2)) && code.slice(2, 4) !== "00" && code.slice(4) !== "00";
}
const divisionCode = z.string().trim().regex(/^\d{6}$/, "Use the 6-digit administrative division code").refine(isCountyDivisionCode, "Not a county-level division code");

var County;
((County2) => {
  County2.create = fn(z.object({
    countyId: z.string().regex(/^[a-z0-9]{4,40}$/).optional(),
    slug: slug.refine((value) => !reservedSlugs.has(value), "This address is reserved"),
    nameZh,
    nameEn: nameEn.min(1, "Required"),
    cityZh: nameZh,
    cityEn: nameEn.min(1, "Required"),
    divisionCode,
    timeZone: z.string().default("Asia/Shanghai").refine(isTimeZone, "Unknown time zone"),
    joinedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use YYYY-MM-DD").optional()
  }), async (input) => {
    assertRole("platform_admin");
    const countyId = input.countyId ?? createId();
    const result = await db.transaction.write(({
      unique,
      county
    }) => [unique.create({
      scope: platformScope,
      kind: "county.slug",
      value: input.slug,
      ownerId: countyId
    }).commit(), county.create({
      ...input,
      countyId
    }).commit()]).go();
    assertCommitted(result, (index) => index === 0 ? new ConflictError("county.slug_taken", "This address is taken", {
      slug: ["This address is taken"]
    }) : new ConflictError("county.exists", "This county exists"));
    await Audit.record({
      countyId,
      action: "county.created",
      subject: input.slug
    });
    return countyId;
  });
  County2.bySlug = fn(slug, async (value) => {
    const {
      data
    } = await db.entities.county.query.bySlug({
      slug: value
    }).go({
      limit: 1
    });
    const county = data[0];
    if (!county) throw new NotFoundError("county.not_found", "No such county");
    return county;
  });
  County2.list = fn(z.void(), async () => {
    const {
      data
    } = await db.entities.county.query.all({}).go({
      pages: "all"
    });
    return data;
  });
  County2.current = fn(z.void(), async () => {
    const {
      data
    } = await db.entities.county.get({
      countyId: useCounty()
    }).go();
    if (!data) throw new NotFoundError("county.not_found", "No such county");
    return data;
  });
  County2.roster = fn(z.void(), async () => {
    const {
      data
    } = await db.collections.roster({
      countyId: useCounty()
    }).go({
      pages: "all"
    });
    const county = data.county[0];
    if (!county) throw new NotFoundError("county.not_found", "No such county");
    const byName = (a, b) => a.nameZh.localeCompare(b.nameZh, "zh-Hans-CN");
    return {
      county,
      precincts: data.precinct.filter((p) => p.status === "active").sort(byName),
      villages: data.village.filter((v) => v.status === "active").sort(byName),
      officers: data.officer.filter((o) => o.status === "active").sort(byName),
      /** The county-wide rating aggregate: the prior of officers' public scores. */
      ratings: data.ratingCounty[0]
    };
  });
  County2.suspend = fn(z.object({
    slug,
    reason: z.string().trim().max(200, "Use at most 200 characters").optional()
  }), async (input) => {
    assertRole("platform_admin");
    const county = await (0, County2.bySlug)(input.slug);
    await db.entities.county.patch({
      countyId: county.countyId
    }).set({
      status: "suspended"
    }).go();
    const {
      data: users
    } = await db.entities.user.query.byId({
      countyId: county.countyId
    }).go({
      pages: "all"
    });
    for (const user of users) await lucia.invalidateUserSessions(user.userId);
    await Audit.record({
      countyId: county.countyId,
      action: "county.suspended",
      subject: county.slug,
      detail: input.reason ? {
        reason: input.reason
      } : {}
    });
  });
  County2.reactivate = fn(z.object({
    slug
  }), async (input) => {
    assertRole("platform_admin");
    const county = await (0, County2.bySlug)(input.slug);
    await db.entities.county.patch({
      countyId: county.countyId
    }).set({
      status: "active"
    }).go();
    await Audit.record({
      countyId: county.countyId,
      action: "county.reactivated",
      subject: county.slug
    });
  });
})(County || (County = {}));
function isTimeZone(value) {
  try {
    new Intl.DateTimeFormat("en", {
      timeZone: value
    });
    return true;
  } catch {
    return false;
  }
}

export { County as C };
