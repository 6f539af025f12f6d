import * as z from "zod";
import { useScope } from "../access";
import { useActor, useCounty } from "../actor";
import { County } from "../county/index";
import { db } from "../db/service";
import { ForbiddenError } from "../util/errors";
import { fn } from "../util/fn";
import { id } from "../util/schemas";
import { managers } from "./access";
import { noPrecinct } from "./scope";

const byName = <T extends { nameZh: string }>(a: T, b: T) => a.nameZh.localeCompare(b.nameZh, "zh-Hans-CN");

/**
 * The precincts, officers and villages the caller may assign a task to and for: a precinct scope's
 * own precinct (its roster in one Query, and its record), the county (one Query) or one precinct of it.
 */
export const assignableFor = fn(managers, z.object({ precinctId: id.optional() }).prefault({}), async (input) => {
  const countyId = useCounty();
  let precinctId = input.precinctId;
  if (useScope() === "precinct") {
    const actor = useActor();
    const own = actor.type === "user" ? actor.properties.precinctId : undefined;
    if (!own) throw noPrecinct();
    if (precinctId && precinctId !== own) {
      throw new ForbiddenError("task.outside_precinct", "You may only see tasks of your own police station");
    }
    precinctId = own;
  }
  const roster = precinctId
    ? await Promise.all([
        db.collections.precinctRoster({ countyId, precinctId }).go({ pages: "all" }),
        db.entities.precinct.get({ countyId, precinctId }).go(),
      ]).then(([{ data }, precinct]) => ({
        precincts: precinct.data ? [precinct.data] : [],
        villages: data.village,
        officers: data.officer,
      }))
    : await County.roster();
  return {
    precincts: roster.precincts
      .filter((precinct) => precinct.status === "active")
      .map(({ precinctId, nameZh, nameEn }) => ({ precinctId, nameZh, nameEn }))
      .sort(byName),
    villages: roster.villages
      .filter((village) => village.status === "active")
      .map(({ villageId, precinctId, nameZh, nameEn, officerId }) => ({
        villageId,
        precinctId,
        nameZh,
        nameEn,
        officerId,
      }))
      .sort(byName),
    officers: roster.officers
      .filter((officer) => officer.status === "active")
      .map(({ officerId, precinctId, nameZh, nameEn, badge, villageIds }) => ({
        officerId,
        precinctId,
        nameZh,
        nameEn,
        badge,
        villageIds: [...(villageIds ?? [])],
      }))
      .sort(byName),
  };
});
