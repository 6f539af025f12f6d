import * as change from "./change";
import * as records from "./list";
import * as pass from "./pass";

export type { MyRecordsView } from "./list";

/**
 * 我的信息: a resident's own records in a county (PIPL arts. 44–47). After the shared phone check a
 * short pass shows the phone's registrations, bookings and ratings; the resident corrects a
 * registration's phone or address, deletes a registration, or withdraws a rating. Every step is audited.
 */
export namespace MyRecords {
  export const passMinutes = pass.passValidMs / 60_000;
  export const requestCode = pass.requestCode;
  export const open = pass.open;
  export const close = pass.close;
  export const list = records.list;
  export const correct = change.correctRegistration;
  export const remove = change.deleteRegistration;
  export const withdraw = change.withdrawRating;
}
