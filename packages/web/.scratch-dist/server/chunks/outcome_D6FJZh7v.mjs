import { w as withActor } from './id_CvCQQS6k.mjs';
import { C as County } from './index_BeLTUk0H.mjs';
import { V as VisibleError, N as NotFoundError } from './errors_MfzDXNyI.mjs';
import { s as slug } from './schemas_Cu4Pp2P7.mjs';

const notFound = {
  kind: "not_found"
};
class CountySuspended extends Error {
  constructor(county) {
    super("County suspended");
    this.county = county;
  }
}
function assertActive(county) {
  if (county.status !== "active") throw new CountySuspended(county);
  return county;
}
async function activeRoster() {
  const roster = await County.roster();
  assertActive(roster.county);
  return roster;
}
let countyIds = /* @__PURE__ */ new Map();
function rememberCounties(counties) {
  countyIds = new Map(counties.map((county) => [county.slug, county.countyId]));
}
async function countyIdOf(slug$1) {
  const cached = countyIds.get(slug$1);
  if (cached) return cached;
  if (!slug.safeParse(slug$1).success) throw new NotFoundError("county.not_found", "No such county");
  const counties = await withActor({
    type: "public",
    properties: {}
  }, () => County.list());
  rememberCounties(counties);
  const countyId = countyIds.get(slug$1);
  if (!countyId) throw new NotFoundError("county.not_found", "No such county");
  return countyId;
}
async function forCounty(slug, load) {
  try {
    const countyId = await countyIdOf(slug ?? "");
    const data = await withActor({
      type: "public",
      properties: {
        countyId
      }
    }, load);
    return data === void 0 ? notFound : {
      kind: "ok",
      data
    };
  } catch (error) {
    if (error instanceof CountySuspended) return {
      kind: "suspended",
      county: error.county
    };
    if (error instanceof VisibleError && (error.kind === "not_found" || error.kind === "input")) return notFound;
    throw error;
  }
}

export { assertActive as a, activeRoster as b, forCounty as f, rememberCounties as r };
