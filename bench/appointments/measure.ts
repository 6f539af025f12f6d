// Runs in its own process (core binds its table when loaded): on an in-memory DynamoDB Local, N
// residents (each with a checked phone) try to book S slots of one officer at once. Passes when
// exactly S bookings exist, one per slot, and every other attempt heard "just taken". Prints one
// JSON line on stdout.
import { startDynamoDBLocal } from "../../scripts/dynamodb-local";
import { ensureTable, localClient } from "../../scripts/table";
import { oneOfficerCounty } from "../one-officer-county";

const attempts = Number(process.env.BENCH_BOOKINGS ?? 400);
const slotCount = Number(process.env.BENCH_SLOTS ?? 40);
const dynamodb = await startDynamoDBLocal();
process.env.DYNAMODB_ENDPOINT = dynamodb.endpoint;
process.env.TABLE_NAME = "cunjing-bench-appointments";
const client = localClient(dynamodb.endpoint);
await ensureTable(client, process.env.TABLE_NAME);
client.destroy();

try {
  const { randomUUID } = await import("node:crypto");
  const { withActor } = await import("@cunjing/core/actor");
  const { Appointment } = await import("@cunjing/core/appointment/index");
  const { Outbox } = await import("@cunjing/core/outbox/index");
  const { db } = await import("@cunjing/core/db/service");

  const { countyId, officerId, villageId, officer } = await oneOfficerCounty({
    slug: "bench-appointments",
    nameZh: "预约县",
    nameEn: "Appointments",
  });
  await withActor(officer, () =>
    Appointment.setDeskHours({
      villageId,
      weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: "08:00", end: "18:00" })),
    }),
  );
  const resident = { type: "public", properties: { countyId } } as const;
  const slots = (await withActor(resident, () => Appointment.freeSlots({ officerId }))).slice(0, slotCount);
  const residents = [];
  for (let i = 0; i < attempts; i++) {
    const phone = `139${String(10_000_000 + i).slice(-8)}`;
    const ip = `10.${Math.floor(i / 250)}.${i % 250}.1`;
    const { otpId } = await withActor(resident, () => Appointment.requestOtp({ officerId, phone, ip }));
    residents.push({ phone, ip, otpId });
  }
  const codes = new Map(
    (await Outbox.list(countyId, attempts + 10)).map((m) => [m.to, /(\d{6})/.exec(m.body)?.[1] ?? ""]),
  );
  const started = performance.now();
  const results = await Promise.allSettled(
    residents.map((r, i) =>
      withActor(resident, () =>
        Appointment.book({
          officerId,
          idempotencyKey: randomUUID(),
          purpose: "certificate",
          mode: "desk",
          villageId,
          startsAt: slots[i % slots.length]!.startsAt,
          phone: r.phone,
          otp: { otpId: r.otpId, value: codes.get(r.phone)! },
          ip: r.ip,
        }),
      ),
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  const booked = results.filter((r) => r.status === "fulfilled").length;
  const taken = results.filter(
    (r) => r.status === "rejected" && (r.reason as { code?: string }).code === "appointment.slot_taken",
  ).length;
  const { data } = await db.entities.appointment.query.byOfficer({ countyId, officerId }).go({ pages: "all" });
  const distinct = new Set(data.map((a) => a.startsAt)).size;
  const exact = booked === slots.length && taken === attempts - slots.length && distinct === data.length;
  console.log(JSON.stringify({ attempts, slots: slots.length, booked, taken, seconds, exact }));
} finally {
  await dynamodb.stop();
}
