import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { withActor, type Actor, type UserActor } from "../src/actor";
import { Appointment } from "../src/appointment/index";
import { County } from "../src/county/index";
import { Counter } from "../src/counter/index";
import { Dashboard } from "../src/dashboard/index";
import { db } from "../src/db/service";
import { Officer } from "../src/officer/index";
import { Outbox } from "../src/outbox/index";
import { Precinct } from "../src/precinct/index";
import { Rating } from "../src/rating/index";
import { UnavailableError } from "../src/db/unavailable";
import { VisibleError } from "../src/util/errors";
import { Village } from "../src/village/index";
import { addDays, instantOf } from "../src/appointment/zone";
import { randomIp } from "../../../scripts/vitest/random";
import { scale } from "../../../scripts/vitest/scale";

let countyId: string;
let otherCounty: string;
let officerId: string;
let villageId: string;
let otherVillage: string;
let asOfficer: UserActor;
let resident: Actor;
let foreignResident: Actor;
let phoneSeq = 0;

const everyDay = [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) => [
  { weekday, start: "08:00", end: "12:00" },
  { weekday, start: "14:00", end: "17:00" },
]);
const nextPhone = () => `139${String(10_000_000 + phoneSeq++).slice(-8)}`;

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(VisibleError);
  return error as VisibleError;
}

beforeAll(async () => {
  const system: Actor = { type: "system", properties: {} };
  const make = (slug: string) =>
    withActor(system, () =>
      County.create({
        slug,
        nameZh: "博罗县",
        nameEn: "Boluo",
        cityZh: "惠州市",
        cityEn: "Huizhou",
        divisionCode: "441322",
        joinedOn: "2020-01-01",
      }),
    );
  countyId = await make("appt-county");
  otherCounty = await make("appt-other");
  await withActor({ type: "system", properties: { countyId } }, async () => {
    const precinctId = await Precinct.create({ nameZh: "城镇派出所" });
    officerId = await Officer.create({ slug: "xu", nameZh: "徐洁珊", nameEn: "Xu", badge: "100001", precinctId });
    villageId = await Village.create({ precinctId, kind: "community", nameZh: "西区社区" });
    otherVillage = await Village.create({ precinctId, kind: "community", nameZh: "东区社区" });
    await Village.assignOfficer({ villageId, officerId });
    asOfficer = {
      type: "user",
      properties: { userId: "user-xu", countyId, role: "officer", precinctId, officerId, villageIds: [villageId] },
    };
  });
  resident = { type: "public", properties: { countyId } };
  foreignResident = { type: "public", properties: { countyId: otherCounty } };
  await withActor(asOfficer, () => Appointment.setDeskHours({ villageId, slotMinutes: 20, weekly: everyDay }));
});

/** Phone check for a new phone: the code is read from the outbox, as the SMS would bring it. */
async function checkedPhone(phone = nextPhone()) {
  const ip = randomIp();
  const { otpId } = await withActor(resident, () => Appointment.requestOtp({ officerId, phone, ip }));
  return { phone, ip, otp: { otpId, value: await otpSentTo(phone) } };
}

async function otpSentTo(phone: string) {
  const messages = await Outbox.list(countyId, 1000);
  const sms = messages.find((m) => m.to === phone && m.subject === "appointment-otp")!;
  return /(\d{6})/.exec(sms.body)![1]!;
}

const bookSlot = (checked: Awaited<ReturnType<typeof checkedPhone>>, startsAt: number, extra = {}) =>
  withActor(resident, () =>
    Appointment.book({
      officerId,
      idempotencyKey: randomUUID(),
      purpose: "certificate",
      mode: "desk",
      villageId,
      startsAt,
      ...checked,
      ...extra,
    }),
  );

const freeSlots = () => withActor(resident, () => Appointment.freeSlots({ officerId }));

describe("desk hours and slots", () => {
  it("makes 20-minute slots inside the weekly hours, in China time, none in the past", async () => {
    const slots = await freeSlots();
    expect(slots.length).toBeGreaterThan(100);
    for (const slot of slots.slice(0, 30)) {
      expect(slot.endsAt - slot.startsAt).toBe(20 * 60_000);
      expect((slot.time >= "08:00" && slot.time < "12:00") || (slot.time >= "14:00" && slot.time < "17:00")).toBe(true);
      expect(slot.startsAt).toBeGreaterThan(Date.now());
      expect(instantOf(slot.day, slot.time)).toBe(slot.startsAt);
    }
    // 08:00 in Shanghai is 00:00 UTC.
    expect(new Date(instantOf("2026-12-01", "08:00")).toISOString()).toBe("2026-12-01T00:00:00.000Z");
  });

  it("refuses hours in a village outside the officer's patch and overlapping hours", async () => {
    const foreign = await failure(
      withActor(asOfficer, () => Appointment.setDeskHours({ villageId: otherVillage, weekly: everyDay })),
    );
    expect(foreign.code).toBe("appointment.not_officers_village");
    const overlap = await failure(
      withActor(asOfficer, () =>
        Appointment.setDeskHours({
          villageId,
          weekly: [
            { weekday: 1, start: "08:00", end: "10:00" },
            { weekday: 1, start: "09:00", end: "11:00" },
          ],
        }),
      ),
    );
    expect(overlap.code).toBe("input.invalid");
  });
});

describe("no double booking", () => {
  const slotCount = scale(5, 20);
  const attempts = slotCount * 10;
  it(`gives ${attempts} concurrent attempts at ${slotCount} slots exactly ${slotCount} bookings; the rest hear 'just taken'`, async () => {
    const slots = (await freeSlots()).slice(0, slotCount);
    expect(slots).toHaveLength(slotCount);
    const residents = [];
    for (let index = 0; index < attempts; index++) residents.push(await checkedPhone());
    // A resident told "busy, try again" (503) sends the same booking again, as the page asks them to.
    const bookUntilAnswered = async (checked: Awaited<ReturnType<typeof checkedPhone>>, startsAt: number) => {
      const idempotencyKey = randomUUID();
      for (let attempt = 1; ; attempt++) {
        try {
          return await bookSlot(checked, startsAt, { idempotencyKey });
        } catch (error) {
          if (!(error instanceof UnavailableError) || attempt >= 5) throw error;
          await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
        }
      }
    };
    const outcomes = await Promise.allSettled(
      residents.map((checked, index) => bookUntilAnswered(checked, slots[index % slotCount]!.startsAt)),
    );
    const booked = outcomes.filter((o) => o.status === "fulfilled");
    const refused = outcomes.flatMap((o) => (o.status === "rejected" ? [o.reason as VisibleError] : []));
    console.log(
      `concurrent bookings: ${outcomes.length} attempts, ${booked.length} booked, ${refused.length} just taken`,
    );
    expect(booked).toHaveLength(slotCount);
    expect(refused.map((e) => e.code)).toEqual(Array(attempts - slotCount).fill("appointment.slot_taken"));
    expect(refused[0]!.message).toContain("just taken");

    const { data } = await db.entities.appointment.query.byOfficer({ countyId, officerId }).go({ pages: "all" });
    const starts = data.filter((a) => a.status === "requested").map((a) => a.startsAt);
    expect(new Set(starts).size).toBe(starts.length);
    expect(new Set(starts)).toEqual(new Set(slots.map((s) => s.startsAt)));
    const free = new Set((await freeSlots()).map((s) => s.startsAt));
    expect(slots.filter((s) => free.has(s.startsAt))).toEqual([]);
    const counters = await db.entities.counter
      .get({ countyId, scope: `officer:${officerId}`, day: Counter.dayOf(Date.now()) })
      .go();
    expect(counters.data?.appt_booked).toBe(slotCount);
  });
});

describe("bad input", () => {
  it("refuses slots in the past, outside desk hours and during leave, and changes nothing", async () => {
    const checked = await checkedPhone();
    const tomorrow = addDays(Counter.dayOf(Date.now()), 1);
    const past = await failure(bookSlot(checked, instantOf(Counter.dayOf(Date.now() - 86_400_000), "09:00")));
    expect(past.code).toBe("appointment.slot_past");
    const outside = await failure(bookSlot(checked, instantOf(tomorrow, "13:00")));
    expect(outside.code).toBe("appointment.slot_outside_hours");
    const offGrid = await failure(bookSlot(checked, instantOf(tomorrow, "09:10")));
    expect(offGrid.code).toBe("appointment.slot_outside_hours");
    const later = addDays(tomorrow, 10);
    const { exceptionId } = await withActor(asOfficer, () =>
      Appointment.addException({ from: later, to: later, kind: "leave" }),
    );
    expect((await freeSlots()).filter((s) => s.day === later)).toEqual([]);
    const leave = await failure(bookSlot(checked, instantOf(later, "09:00")));
    expect(leave.code).toBe("appointment.slot_leave");
    await withActor(asOfficer, () => Appointment.removeException({ exceptionId }));
    // The phone code was never spent: it still books.
    const ok = await bookSlot(checked, instantOf(later, "09:00"));
    expect(ok.reference).toMatch(/^[2-9A-Z]{10}$/);
  });

  it("allows at most two open bookings per phone", async () => {
    const phone = nextPhone();
    const slots = (await freeSlots()).slice(-3);
    await bookSlot(await checkedPhone(phone), slots[0]!.startsAt);
    await bookSlot(await checkedPhone(phone), slots[1]!.startsAt);
    const third = await failure(checkedPhone(phone));
    expect(third.code).toBe("appointment.phone_open_limit");
  });

  it("does not find a reference code of another county", async () => {
    const checked = await checkedPhone();
    const slot = (await freeSlots()).at(-5)!;
    const { reference } = await bookSlot(checked, slot.startsAt);
    const error = await failure(withActor(foreignResident, () => Appointment.status({ reference, ip: randomIp() })));
    expect(error.code).toBe("appointment.not_found");
    expect((await withActor(resident, () => Appointment.status({ reference, ip: randomIp() }))).status).toBe(
      "requested",
    );
  });
});

describe("the booking's life", () => {
  it("is confirmed, reminded once, marked done with a help entry and a rating code that works", async () => {
    const checked = await checkedPhone();
    const tomorrow = addDays(Counter.dayOf(Date.now()), 1);
    const slot = (await freeSlots()).find((s) => s.day === tomorrow)!;
    const { reference } = await bookSlot(checked, slot.startsAt);
    const agenda = await withActor(asOfficer, () => Appointment.agenda({ day: tomorrow }));
    expect(agenda.items.map((a) => a.appointmentId)).toContain(reference);
    expect(JSON.stringify(agenda)).not.toContain(checked.phone);

    await withActor(asOfficer, () => Appointment.confirm({ appointmentId: reference }));
    const sms = (await Outbox.list(countyId, 50)).filter((m) => m.to === checked.phone).map((m) => m.subject);
    expect(sms).toEqual(expect.arrayContaining(["appointment-received", "appointment-confirmed"]));

    const first = await withActor({ type: "system", properties: {} }, () => Appointment.sendReminders());
    const again = await withActor({ type: "system", properties: {} }, () => Appointment.sendReminders());
    expect(first.sent).toBeGreaterThanOrEqual(1);
    expect(again.sent).toBe(0);

    const done = await withActor(asOfficer, () =>
      Appointment.complete({
        appointmentId: reference,
        log: "help",
        helpKind: "certificate",
        summary: "协助开具居住证明",
        issueCode: true,
      }),
    );
    expect(done.appointment.status).toBe("done");
    expect(done.workLogId).toBeTruthy();
    expect(done.code?.sentTo).toBe(`${checked.phone.slice(0, 3)}****${checked.phone.slice(-4)}`);
    const rated = await withActor(resident, () =>
      Rating.submit({
        officerId,
        idempotencyKey: randomUUID(),
        overall: 5,
        responsiveness: 5,
        courtesy: 5,
        solved: "yes",
        code: done.code!.code,
        ip: randomIp(),
      }),
    );
    expect(rated.verified).toBe(true);
    const twice = await failure(withActor(asOfficer, () => Appointment.confirm({ appointmentId: reference })));
    expect(twice.code).toBe("appointment.not_now");
  });

  it("lets the resident cancel by reference code, which frees the slot, and counts it", async () => {
    const checked = await checkedPhone();
    const slot = (await freeSlots()).at(-7)!;
    const { reference } = await bookSlot(checked, slot.startsAt);
    expect((await freeSlots()).some((s) => s.startsAt === slot.startsAt)).toBe(false);
    const cancelled = await withActor(resident, () => Appointment.cancel({ reference, ip: randomIp() }));
    expect(cancelled.status).toBe("cancelled");
    expect((await freeSlots()).some((s) => s.startsAt === slot.startsAt)).toBe(true);
    const board = await db.entities.counter.query.byScope({ countyId, scope: "county" }).go({ pages: "all" });
    const figures = Appointment.figures(board.data as Array<Record<string, unknown>>);
    expect(figures.cancelled).toBeGreaterThanOrEqual(1);
    expect(figures.done).toBeGreaterThanOrEqual(1);
    expect(figures.medianWaitDays).toBeDefined();
    const dashboard = await withActor({ type: "system", properties: { countyId } }, () =>
      Dashboard.forScope({ scope: "county" }),
    );
    expect(dashboard.appointments.byVillage).toEqual([
      expect.objectContaining({ villageId, booked: dashboard.appointments.booked }),
    ]);
    expect(dashboard.appointments.shareDone).toBeGreaterThan(0);
  });

  it("moves a booking to a proposed time the resident accepts", async () => {
    const checked = await checkedPhone();
    const [a, b] = (await freeSlots()).slice(-12, -10);
    const { reference } = await bookSlot(checked, a!.startsAt);
    const proposed = await withActor(asOfficer, () =>
      Appointment.propose({ appointmentId: reference, startsAt: b!.startsAt }),
    );
    expect(proposed.status).toBe("proposed");
    const free = new Set((await freeSlots()).map((s) => s.startsAt));
    expect(free.has(a!.startsAt)).toBe(true);
    expect(free.has(b!.startsAt)).toBe(false);
    const accepted = await withActor(resident, () => Appointment.accept({ reference, ip: randomIp() }));
    expect(accepted.status).toBe("confirmed");
    expect(accepted.startsAt).toBe(b!.startsAt);
  });

  it("takes a home visit in a preferred window; the address is sealed and its reading audited", async () => {
    const checked = await checkedPhone();
    const homeDay = addDays(Counter.dayOf(Date.now()), 3);
    const { reference } = await withActor(resident, () =>
      Appointment.book({
        officerId,
        idempotencyKey: randomUUID(),
        purpose: "dispute",
        mode: "home",
        villageId,
        homeDay,
        window: "evening",
        address: "西区新村 8 栋 302",
        ...checked,
      }),
    );
    const { data } = await db.entities.appointment.get({ countyId, appointmentId: reference }).go();
    expect(data).toMatchObject({ mode: "home", window: "evening", day: homeDay, status: "requested" });
    expect(JSON.stringify(data)).not.toContain("西区新村");
    expect(JSON.stringify(data)).not.toContain(checked.phone);
    const { address } = await withActor(asOfficer, () => Appointment.revealAddress({ appointmentId: reference }));
    expect(address).toBe("西区新村 8 栋 302");
    const { data: audit } = await db.entities.audit.query
      .byMonth({ countyId, month: new Date().toISOString().slice(0, 7) })
      .go({ pages: "all" });
    expect(audit.some((event) => event.action === "appointment.address_read" && event.subject === reference)).toBe(
      true,
    );
    await withActor(asOfficer, () => Appointment.confirm({ appointmentId: reference }));
    const early = await failure(withActor(asOfficer, () => Appointment.noShow({ appointmentId: reference })));
    expect(early.code).toBe("appointment.not_yet");
    const declined = await withActor(asOfficer, () =>
      Appointment.decline({ appointmentId: reference, reason: "当晚有警情" }),
    );
    expect(declined.status).toBe("declined");
    const sms = (await Outbox.list(countyId, 20)).find(
      (m) => m.to === checked.phone && m.subject === "appointment-declined",
    );
    expect(sms?.body).toContain("当晚有警情");
  });

  it("lets a precinct supervisor keep an officer's desk hours, but not another precinct's", async () => {
    const supervisor: UserActor = {
      type: "user",
      properties: {
        userId: "user-sup",
        countyId,
        role: "precinct_supervisor",
        precinctId: asOfficer.properties.precinctId,
        villageIds: [],
      },
    };
    const outsider: UserActor = {
      type: "user",
      properties: {
        userId: "user-out",
        countyId,
        role: "precinct_supervisor",
        precinctId: "other-precinct",
        villageIds: [],
      },
    };
    const seen = await withActor(supervisor, () => Appointment.availability({ officerId }));
    expect(seen.hours.map((h) => h.villageId)).toEqual([villageId]);
    const refused = await failure(withActor(outsider, () => Appointment.availability({ officerId })));
    expect(refused.code).toBe("officer.not_found");
    // Marking a visit done is the officer's alone: a supervisor is refused before any booking is looked up.
    const notMine = await failure(
      withActor(supervisor, () => Appointment.complete({ appointmentId: "ABCDEFGHJK", log: "none" })),
    );
    expect(notMine.kind).toBe("forbidden");
  });
});
