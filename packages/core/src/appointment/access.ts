import { assertActor, useCounty } from "../actor";
import { db } from "../db/service";
import { ForbiddenError, NotFoundError } from "../util/errors";

/**
 * The officer whose desk hours or agenda the signed-in user manages: an officer manages their own,
 * a precinct supervisor those of the precinct. Anyone else, or another county's officer, is refused.
 */
export async function manageableOfficer(officerId: string | undefined) {
  const actor = assertActor("user");
  const { role, officerId: own, precinctId } = actor.properties;
  let target: string;
  if (role === "officer" && own) {
    if (officerId && officerId !== own)
      throw new ForbiddenError("appointment.own_only", "Officers manage their own agenda");
    target = own;
  } else if (role === "precinct_supervisor" && precinctId) {
    if (!officerId)
      throw new ForbiddenError("appointment.choose_officer", "Supervisors act for one of their officers: choose one");
    target = officerId;
  } else {
    throw new ForbiddenError("appointment.staff_only", "Only officers and their supervisors manage appointments");
  }
  const { data: officer } = await db.entities.officer.get({ countyId: useCounty(), officerId: target }).go();
  if (!officer || (role === "precinct_supervisor" && officer.precinctId !== precinctId)) {
    throw new NotFoundError("officer.not_found", "No such officer");
  }
  return { officer, role, userId: actor.properties.userId };
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
