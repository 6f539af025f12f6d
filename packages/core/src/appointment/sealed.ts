import { Pii } from "../pii/index";
import { unseal } from "../resident/secret";

export type SealedField = "phone" | "address";

/** Seals a booking's phone or address under the county's data key (the PII envelope, like intake). */
export function sealField(countyId: string, appointmentId: string, field: SealedField, plain: string) {
  return Pii.sealField(countyId, appointmentId, field, plain);
}

/**
 * Opens a booking's phone or address: sealed under the county's data key, or, for bookings made
 * before appointments joined the PII envelope, under the earlier key derived from the phone secret
 * (`v1.…`), which key rotation moves to the data key.
 */
export function openField(
  item: { countyId: string; appointmentId: string },
  field: SealedField,
  sealed: string,
): Promise<string> {
  return isEarlierSeal(sealed)
    ? Promise.resolve(unseal(item.countyId, sealed))
    : Pii.openField(item.countyId, item.appointmentId, field, sealed);
}

export function isEarlierSeal(sealed: string): boolean {
  return sealed.startsWith("v1.");
}
