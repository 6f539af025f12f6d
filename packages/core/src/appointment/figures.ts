import type { TransactionEntities } from "../counter/write";
import { daysFrom } from "./zone";

/** The appointment figures kept in the daily counters of the county, precinct, village and officer. */
export const outcomeFigures = {
  done: "appt_done",
  no_show: "appt_no_show",
  declined: "appt_declined",
  cancelled: "appt_cancelled",
} as const;

/** Wait buckets: bookings by days from the request to the appointment, with each bucket's upper bound. */
export const waitBuckets = [
  { figure: "appt_wait_0", upTo: 0 },
  { figure: "appt_wait_1", upTo: 1 },
  { figure: "appt_wait_2", upTo: 2 },
  { figure: "appt_wait_4", upTo: 4 },
  { figure: "appt_wait_7", upTo: 7 },
  { figure: "appt_wait_14", upTo: 14 },
  { figure: "appt_wait_more", upTo: Number.POSITIVE_INFINITY },
] as const;

export function waitFigure(requestDay: string, appointmentDay: string): (typeof waitBuckets)[number]["figure"] {
  const days = Math.max(0, daysFrom(requestDay, appointmentDay));
  return waitBuckets.find((bucket) => days <= bucket.upTo)!.figure;
}

type Scoped = { countyId: string; precinctId: string; villageId: string; officerId: string };

/** `ADD`s for one day's figures in every scope of an appointment, for the appointment's own transaction. */
export function appointmentCounters(
  counter: TransactionEntities["counter"],
  appointment: Scoped,
  day: string,
  figures: Record<string, number>,
) {
  const { countyId } = appointment;
  const booked = figures.appt_booked ?? 0;
  return [
    "county",
    `precinct:${appointment.precinctId}`,
    `village:${appointment.villageId}`,
    `officer:${appointment.officerId}`,
  ].map((scope) => {
    const item = counter
      .update({ countyId, scope, day })
      .add(figures as never)
      .commit();
    // County and precinct items also tally bookings per village (`apptv_<villageId>`).
    if (booked && (scope === "county" || scope.startsWith("precinct:"))) {
      addTally(item as unknown as { Update: UpdateParams }, `${villagePrefix}${appointment.villageId}`, booked);
    }
    return item;
  });
}

export const villagePrefix = "apptv_";

type UpdateParams = {
  UpdateExpression: string;
  ExpressionAttributeNames: Record<string, string>;
  ExpressionAttributeValues: Record<string, unknown>;
};

/** ElectroDB only adds declared attributes; a tally has an id in its name. */
function addTally({ Update }: { Update: UpdateParams }, attribute: string, delta: number) {
  Update.UpdateExpression = Update.UpdateExpression.includes(" ADD ")
    ? Update.UpdateExpression.replace(" ADD ", " ADD #appt_village :appt_village, ")
    : `${Update.UpdateExpression} ADD #appt_village :appt_village`;
  Update.ExpressionAttributeNames["#appt_village"] = attribute;
  Update.ExpressionAttributeValues[":appt_village"] = delta;
}

/** Bookings per village from the tallies of a county or precinct scope's daily items. */
export function bookingsByVillage(days: Array<Record<string, unknown>>): Map<string, number> {
  const byVillage = new Map<string, number>();
  for (const day of days) {
    for (const [attribute, value] of Object.entries(day)) {
      if (attribute.startsWith(villagePrefix)) {
        const villageId = attribute.slice(villagePrefix.length);
        byVillage.set(villageId, (byVillage.get(villageId) ?? 0) + Number(value));
      }
    }
  }
  return byVillage;
}

export type AppointmentFigures = {
  booked: number;
  done: number;
  noShow: number;
  declined: number;
  cancelled: number;
  /** Done of those closed (done, no-show, declined, cancelled), 0–1; undefined before any closed. */
  shareDone: number | undefined;
  /** Upper bound, in days, of the bucket holding the median wait; undefined without bookings. */
  medianWaitDays: number | undefined;
};

/** The appointment figures of a scope from the daily counter items the dashboard already read. */
export function appointmentFigures(days: Array<Record<string, unknown>>): AppointmentFigures {
  const sum = (figure: string) => days.reduce((total, day) => total + Number(day[figure] ?? 0), 0);
  const booked = sum("appt_booked");
  const done = sum(outcomeFigures.done);
  const noShow = sum(outcomeFigures.no_show);
  const declined = sum(outcomeFigures.declined);
  const cancelled = sum(outcomeFigures.cancelled);
  const closed = done + noShow + declined + cancelled;
  const waits = waitBuckets.map((bucket) => ({ upTo: bucket.upTo, count: sum(bucket.figure) }));
  const total = waits.reduce((all, bucket) => all + bucket.count, 0);
  let medianWaitDays: number | undefined;
  let seen = 0;
  for (const bucket of waits) {
    seen += bucket.count;
    if (total && seen * 2 >= total) {
      medianWaitDays = bucket.upTo;
      break;
    }
  }
  return { booked, done, noShow, declined, cancelled, shareDone: closed ? done / closed : undefined, medianWaitDays };
}
