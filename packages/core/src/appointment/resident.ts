import { fn } from "../util/fn";
import { residents } from "./access";
import { byReference, referenceInput } from "./book";
import { notify } from "./notify";
import { transition } from "./transition";
import type { Appointment } from "./types";

/** What a resident holding the reference code sees: no phone beyond its mask, no address. */
export function residentView(item: Appointment) {
  return {
    reference: item.appointmentId,
    officerId: item.officerId,
    villageId: item.villageId,
    purpose: item.purpose,
    mode: item.mode,
    startsAt: item.startsAt,
    endsAt: item.endsAt,
    day: item.day,
    window: item.window,
    status: item.status,
    reason: item.reason,
    phoneMasked: item.phoneMasked,
  };
}
export type ResidentView = ReturnType<typeof residentView>;

export const status = fn(residents, referenceInput, async ({ reference, ip }) =>
  residentView(await byReference(reference, ip)),
);

/** The resident cancels with the reference code; the slot is free again at once. */
export const cancel = fn(residents, referenceInput, async ({ reference, ip }) => {
  const next = await transition(await byReference(reference, ip), "cancel");
  await notify(next, "cancelled");
  return residentView(next);
});

/** The resident takes the time the officer proposed. */
export const accept = fn(residents, referenceInput, async ({ reference, ip }) => {
  const next = await transition(await byReference(reference, ip), "accept");
  await notify(next, "confirmed");
  return residentView(next);
});
