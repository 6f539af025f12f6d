import { db } from "../db/service";
import { assertCommitted, withConflictRetry } from "../db/transaction";
import { ConflictError } from "../util/errors";
import { openStatuses, type Status } from "./appointment.entity";
import { justTaken } from "./book";
import { appointmentCounters, outcomeFigures } from "./figures";
import type { Appointment } from "./types";
import { dayOf } from "./zone";

/** Who may move a booking from which states to which. */
export const moves = {
  confirm: { from: ["requested", "proposed"], to: "confirmed" },
  propose: { from: ["requested", "confirmed", "proposed"], to: "proposed" },
  decline: { from: ["requested", "proposed", "confirmed"], to: "declined" },
  done: { from: ["confirmed"], to: "done" },
  no_show: { from: ["confirmed"], to: "no_show" },
  cancel: { from: ["requested", "proposed", "confirmed"], to: "cancelled" },
  accept: { from: ["proposed"], to: "confirmed" },
} as const satisfies Record<string, { from: readonly Status[]; to: Status }>;
export type Move = keyof typeof moves;

type Changes = Partial<Pick<Appointment, "reason" | "workLogId" | "startsAt" | "endsAt" | "day" | "villageId">>;

/**
 * Moves a booking in one transaction: its state (only from the states the move allows, so racing
 * moves never both apply), the phone's open count and the slot's claim when it closes, a new slot's
 * claim when another time is proposed, and the day's outcome counters.
 */
export async function transition(current: Appointment, move: Move, changes: Changes = {}) {
  const { countyId, appointmentId } = current;
  const { from, to } = moves[move] as { from: readonly Status[]; to: Status };
  if (!from.includes(current.status)) throw notNow(current.status);
  const now = Date.now();
  const closes = !openStatuses.includes(to);
  const releases = current.mode === "desk" && (to === "declined" || to === "cancelled");
  const moves_ = changes.startsAt !== undefined && changes.startsAt !== current.startsAt;
  const figure = closes ? outcomeFigures[to as keyof typeof outcomeFigures] : undefined;
  const layout = { appointment: 0, claim: moves_ && current.mode === "desk" ? 1 : -1 };

  const result = await withConflictRetry(() =>
    db.transaction
      .write(({ appointment, slotClaim, bookingPhone, counter }) => [
        appointment
          .patch({ countyId, appointmentId })
          .set({
            status: to,
            ...changes,
            ...(to === "confirmed" || to === "proposed" || to === "declined" ? { decidedAt: now } : {}),
            ...(closes ? { closedAt: now } : {}),
          })
          .where((a, op) =>
            from.map((state) => (op.eq as (attribute: unknown, value: string) => string)(a.status, state)).join(" OR "),
          )
          .commit(),
        ...(moves_ && current.mode === "desk"
          ? [
              slotClaim
                .create({
                  countyId,
                  officerId: current.officerId,
                  startsAt: changes.startsAt!,
                  appointmentId,
                  expiresAt: current.expiresAt,
                })
                .commit(),
              slotClaim
                .delete({ countyId, officerId: current.officerId, startsAt: current.startsAt })
                .where((a, op) => op.eq(a.appointmentId, appointmentId))
                .commit(),
            ]
          : []),
        ...(releases
          ? [
              slotClaim
                .delete({ countyId, officerId: current.officerId, startsAt: current.startsAt })
                .where((a, op) => op.eq(a.appointmentId, appointmentId))
                .commit(),
            ]
          : []),
        ...(closes
          ? [
              bookingPhone
                .update({ countyId, phoneHash: current.phoneHash })
                .add({ open: -1 })
                .where((a, op) => op.gt(a.open, 0))
                .commit(),
            ]
          : []),
        ...(figure ? appointmentCounters(counter, current, dayOf(now), { [figure]: 1 }) : []),
      ])
      .go(),
  );
  assertCommitted(result, (index) => {
    if (index === layout.appointment)
      return new ConflictError("appointment.changed", "This booking was changed meanwhile: reload it");
    if (index === layout.claim) return justTaken();
    return undefined;
  });
  const { data } = await db.entities.appointment.get({ countyId, appointmentId }).go({ consistent: true });
  return data!;
}

function notNow(status: Status) {
  return new ConflictError(
    "appointment.not_now",
    `This booking is ${status.replace("_", " ")} and cannot be changed so`,
  );
}
