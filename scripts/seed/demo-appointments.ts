import { db } from "@cunjing/core/db/service";

/** Desk hours the demo's officers keep, so `npm start` shows bookable slots (徐洁珊 at 西区社区). */
const demoDeskHours = [
  {
    county: "boluo",
    officer: "xu-jieshan",
    village: "xiqu",
    slotMinutes: 20,
    weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: "09:00", end: "12:00" })),
  },
];

/** Writes missing desk hours; existing ones (maybe edited in the console) are left as they are. */
export async function seedDemoAppointments(demoId: (...parts: string[]) => string): Promise<number> {
  let written = 0;
  for (const desk of demoDeskHours) {
    const key = {
      countyId: demoId("county", desk.county),
      officerId: demoId(desk.county, "officer", desk.officer),
      villageId: demoId(desk.county, "village", desk.village),
    };
    const { data } = await db.entities.deskHours.get(key).go();
    if (data) continue;
    await db.entities.deskHours.put({ ...key, slotMinutes: desk.slotMinutes, weekly: desk.weekly }).go();
    written++;
  }
  return written;
}
