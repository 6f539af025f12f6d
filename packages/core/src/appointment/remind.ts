import { withActor } from "../actor";
import { Counter } from "../counter/index";
import { db } from "../db/service";
import { notify } from "./notify";
import { addDays } from "./zone";

/**
 * Housekeeping, run by the local worker or a daily schedule: an SMS the day before to every
 * confirmed booking of tomorrow (Asia/Shanghai) not reminded since it was last decided. The mark is
 * a conditional write, so two runs never remind twice.
 */
export async function sendReminders(now = Date.now()) {
  const tomorrow = addDays(Counter.dayOf(now), 1);
  const { data: counties } = await db.entities.county.query.all({}).go({ pages: "all" });
  let sent = 0;
  for (const county of counties.filter((c) => c.status === "active")) {
    const { countyId } = county;
    await withActor({ type: "system", properties: { countyId } }, async () => {
      const { data } = await db.entities.appointment.query.byDay({ countyId, day: tomorrow }).go({ pages: "all" });
      for (const item of data) {
        if (item.status !== "confirmed" || (item.remindedAt && item.remindedAt >= (item.decidedAt ?? 0))) continue;
        try {
          await db.entities.appointment
            .patch({ countyId, appointmentId: item.appointmentId })
            .set({ remindedAt: now })
            .where(
              (a, op) =>
                `${op.eq(a.status, "confirmed")} AND (${op.notExists(a.remindedAt)} OR ${op.lt(a.remindedAt, item.decidedAt ?? 0)})`,
            )
            .go();
        } catch {
          continue; // changed or reminded meanwhile
        }
        await notify(item, "reminder");
        sent++;
      }
    });
  }
  return { day: tomorrow, sent };
}
