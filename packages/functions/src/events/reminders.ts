import { withActor } from "@cunjing/core/actor";
import { Appointment } from "@cunjing/core/appointment/index";

/**
 * Housekeeping: the SMS the day before each confirmed appointment (run hourly by a schedule, or by
 * the local worker in `scripts/start.ts`). Running it twice reminds nobody twice.
 */
export async function handler() {
  const result = await withActor({ type: "system", properties: {} }, () => Appointment.sendReminders());
  console.log(JSON.stringify({ level: "info", message: "appointment reminders", ...result }));
  return result;
}
