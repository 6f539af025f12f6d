import { assertReaches, useScope, type Access } from "../access";
import { useActor, useCounty } from "../actor";
import { db } from "../db/service";
import { ForbiddenError, NotFoundError } from "../util/errors";

/** Officers run their own agenda and desk hours; precinct supervisors those of their precinct's officers. */
export const staff: Access = { officer: "own", precinct_supervisor: "precinct" };
/** Marking a visit done or a no-show: the officer who went, only. */
export const attending: Access = { officer: "own" };
/** Residents on the public portal (signed in or not), with a phone check or a reference code. */
export const residents: Access = { public: true };

/**
 * The officer whose desk hours or agenda the caller manages: an own scope (an officer) manages their
 * own, a precinct scope (a supervisor) those of the precinct. Anyone else, or another county's or
 * precinct's officer, is refused.
 */
export async function manageableOfficer(officerId: string | undefined) {
  const actor = useActor();
  const scope = useScope();
  if (actor.type !== "user") throw staffOnly();
  const { officerId: own, precinctId } = actor.properties;
  let target: string;
  if (scope === "own" && own) {
    if (officerId && officerId !== own)
      throw new ForbiddenError("appointment.own_only", "Officers manage their own agenda");
    target = own;
  } else if (scope === "precinct" && precinctId) {
    if (!officerId)
      throw new ForbiddenError("appointment.choose_officer", "Supervisors act for one of their officers: choose one");
    target = officerId;
  } else {
    throw staffOnly();
  }
  const notFound = () => new NotFoundError("officer.not_found", "No such officer");
  const { data: officer } = await db.entities.officer.get({ countyId: useCounty(), officerId: target }).go();
  if (!officer) throw notFound();
  assertReaches(officer, notFound);
  return { officer, scope, userId: actor.properties.userId };
}

function staffOnly() {
  return new ForbiddenError("appointment.staff_only", "Only officers and their supervisors manage appointments");
}

/** The officer's availability partition: desk hours per village and exceptions, one Query. */
export async function availabilityOf(countyId: string, officerId: string) {
  const { data } = await db.collections.availability({ countyId, officerId }).go({ pages: "all" });
  return { hours: data.deskHours, exceptions: data.deskException.sort((a, b) => a.from.localeCompare(b.from)) };
}

/** Taken slots of an officer between two instants. */
export async function claimsBetween(countyId: string, officerId: string, from: number, to: number) {
  const { data } = await db.entities.slotClaim.query
    .byOfficer({ countyId, officerId })
    .between({ startsAt: from }, { startsAt: to })
    .go({ pages: "all" });
  return new Set(data.map((claim) => claim.startsAt));
}
