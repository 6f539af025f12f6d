import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withActor, type Actor, type UserActor } from "../src/actor";
import { Alert } from "../src/alert/index";
import { Appointment } from "../src/appointment/index";
import { Audit } from "../src/audit/index";
import { Counter } from "../src/counter/index";
import { County } from "../src/county/index";
import { documentClient, tableName } from "../src/db/client";
import { db } from "../src/db/service";
import { Intake } from "../src/intake/index";
import { Officer } from "../src/officer/index";
import { Outbox } from "../src/outbox/index";
import { Precinct } from "../src/precinct/index";
import { Rating } from "../src/rating/index";
import { MyRecords } from "../src/records/index";
import { VisibleError } from "../src/util/errors";
import { Village } from "../src/village/index";
import { randomIp } from "../../../scripts/vitest/random";
import { citizenId } from "./intake/fixtures";

process.env.CUNJING_PII_KEY_FILE = join(mkdtempSync(join(tmpdir(), "cunjing-pii-")), "pii-master.key");

let countyId: string;
let otherCounty: string;
let officerId: string;
let villageId: string;
let formId: string;
let resident: Actor;
let foreignResident: Actor;
let officer: UserActor;
let supervisor: UserActor;
let liaison: UserActor;
let admin: UserActor;
let phoneSeq = 0;

const nextPhone = () => `137${String(20_000_000 + phoneSeq++).slice(-8)}`;
const day = (offset: number) => Counter.dayOf(Date.now() + offset * 86_400_000);
const asResident = <T>(body: () => Promise<T>) => withActor(resident, body);

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(VisibleError);
  return error as VisibleError;
}

async function codeSentTo(county: string, phone: string, subject: string) {
  const sms = (await Outbox.list(county, 1000)).find((m) => m.to === phone && m.subject === subject)!;
  return /(\d{6})/.exec(sms.body)![1]!;
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
        joinedOn: "2026-01-01",
      }),
    );
  countyId = await make("records-county");
  otherCounty = await make("records-other");
  let precinctId = "";
  await withActor({ type: "system", properties: { countyId } }, async () => {
    precinctId = await Precinct.create({ nameZh: "城镇派出所" });
    officerId = await Officer.create({ slug: "xu", nameZh: "徐洁珊", nameEn: "Xu", badge: "100001", precinctId });
    villageId = await Village.create({ precinctId, kind: "community", nameZh: "西区社区" });
    await Village.assignOfficer({ villageId, officerId });
  });
  const user = (props: Partial<UserActor["properties"]> & Pick<UserActor["properties"], "role">): UserActor => ({
    type: "user",
    properties: { userId: `user-${randomUUID()}`, countyId, villageIds: [], ...props },
  });
  officer = user({ role: "officer", precinctId, officerId, villageIds: [villageId] });
  supervisor = user({ role: "precinct_supervisor", precinctId });
  liaison = user({ role: "health_liaison" });
  admin = user({ role: "county_admin" });
  resident = { type: "public", properties: { countyId } };
  foreignResident = { type: "public", properties: { countyId: otherCounty } };
  formId = await withActor(officer, () =>
    Intake.create({ purpose: "arrival", villageId, titleZh: "西区社区来人登记", extraFields: [] }),
  );
  await withActor(liaison, () => Alert.rules.add({ regionCode: "4201", from: day(-30) }));
  await withActor(officer, () =>
    Appointment.setDeskHours({
      villageId,
      slotMinutes: 20,
      weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: "08:00", end: "17:00" })),
    }),
  );
});

afterAll(() => Alert.idle());

const register = (phone: string, i: number, originCode = "440305") =>
  asResident(() =>
    Intake.register({
      formId,
      idempotencyKey: randomUUID(),
      name: "王芳",
      documentType: "resident_id",
      documentNumber: citizenId(i),
      phone,
      arrivalDate: day(-2),
      originCode,
      address: "西区社区1号",
      consent: true,
      ip: randomIp(),
    }),
  );

async function rate(phone: string, overall: number, text?: string) {
  const ip = randomIp();
  const { otpId } = await asResident(() => Rating.requestOtp({ officerId, phone, ip }));
  const value = await codeSentTo(countyId, phone, "rating-otp");
  return asResident(() =>
    Rating.submit({
      officerId,
      idempotencyKey: randomUUID(),
      overall,
      responsiveness: overall,
      courtesy: overall,
      solved: "yes",
      text,
      otp: { otpId, value },
      ip,
    }),
  );
}

async function book(phone: string) {
  const ip = randomIp();
  const { otpId } = await asResident(() => Appointment.requestOtp({ officerId, phone, ip }));
  const value = await codeSentTo(countyId, phone, "appointment-otp");
  const [slot] = await asResident(() => Appointment.freeSlots({ officerId }));
  return asResident(() =>
    Appointment.book({
      officerId,
      idempotencyKey: randomUUID(),
      purpose: "certificate",
      mode: "desk",
      villageId,
      startsAt: slot!.startsAt,
      phone,
      otp: { otpId, value },
      ip,
    }),
  );
}

/** The phone check for one's own records: the code arrives by SMS, the pass comes back once. */
async function passFor(phone: string, actor = resident, county = countyId) {
  const ip = randomIp();
  const { otpId } = await withActor(actor, () => MyRecords.requestCode({ phone, ip }));
  const value = await codeSentTo(county, phone, "records-otp");
  return (await withActor(actor, () => MyRecords.open({ phone, otp: { otpId, value }, ip }))).pass;
}

const sums = async () => ({
  officer: (await db.entities.ratingSummary.get({ countyId, scope: `officer:${officerId}` }).go({ consistent: true }))
    .data,
  county: (await db.entities.ratingCounty.get({ countyId }).go({ consistent: true })).data,
  half: (
    await db.entities.ratingHalf.query.byScope({ countyId, scope: `officer:${officerId}` }).go({ consistent: true })
  ).data,
});

async function rawTable() {
  const items: unknown[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await documentClient.send(new ScanCommand({ TableName: tableName(), ExclusiveStartKey }));
    items.push(...(page.Items ?? []));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return JSON.stringify(items);
}

const auditActions = async () =>
  (await Audit.list(countyId, new Date().toISOString().slice(0, 7))).map((event) => event.action);

describe("my records", () => {
  it("shows one phone its registrations, bookings and ratings, and nothing of another phone's", async () => {
    const phone = nextPhone();
    const stranger = nextPhone();
    const { receipt: submissionId } = await register(phone, 1);
    await register(stranger, 2);
    const { reference } = await book(phone);
    const { ratingId } = await rate(phone, 4);

    const pass = await passFor(phone);
    const mine = await asResident(() => MyRecords.list({ pass }));
    expect(mine.phoneMasked).toBe(`${phone.slice(0, 3)}****${phone.slice(-4)}`);
    expect(mine.registrations).toHaveLength(1);
    expect(mine.registrations[0]).toMatchObject({
      submissionId,
      name: "王芳",
      phone,
      address: "西区社区1号",
      alertOpen: false,
    });
    // The document number stays masked even here: a phone number can change hands.
    expect(mine.registrations[0]!.documentMasked).not.toContain(citizenId(1).slice(6, 14));
    expect(mine.bookings.map((b) => b.reference)).toEqual([reference]);
    expect(mine.ratings.map((r) => r.ratingId)).toEqual([ratingId]);
    expect(mine.ratings[0]!.officer?.nameZh).toBe("徐洁珊");

    const theirs = await asResident(async () => MyRecords.list({ pass: await passFor(stranger) }));
    expect(theirs.registrations).toHaveLength(1);
    expect(theirs.registrations[0]!.submissionId).not.toBe(submissionId);
    expect(theirs.bookings).toHaveLength(0);
    expect(theirs.ratings).toHaveLength(0);
    expect(await auditActions()).toContain("records.opened");
  });

  it("refuses a wrong code, a code asked for a rating, a spent or unknown pass and another county's pass", async () => {
    const phone = nextPhone();
    await register(phone, 3);
    const ip = randomIp();
    const { otpId } = await asResident(() => MyRecords.requestCode({ phone, ip }));
    const right = await codeSentTo(countyId, phone, "records-otp");
    const wrong = right === "000000" ? "111111" : "000000";
    expect((await failure(asResident(() => MyRecords.open({ phone, otp: { otpId, value: wrong }, ip })))).code).toBe(
      "records.otp_wrong",
    );
    // The right code for another phone number opens nothing.
    expect(
      (await failure(asResident(() => MyRecords.open({ phone: nextPhone(), otp: { otpId, value: right }, ip })))).code,
    ).toBe("records.otp_invalid");

    const { otpId: ratingOtp } = await asResident(() => Rating.requestOtp({ officerId, phone, ip }));
    const ratingCode = await codeSentTo(countyId, phone, "rating-otp");
    expect(
      (await failure(asResident(() => MyRecords.open({ phone, otp: { otpId: ratingOtp, value: ratingCode }, ip }))))
        .code,
    ).toBe("records.otp_invalid");

    const { pass } = await asResident(() => MyRecords.open({ phone, otp: { otpId, value: right }, ip }));
    expect((await failure(asResident(() => MyRecords.open({ phone, otp: { otpId, value: right }, ip })))).code).toBe(
      "records.otp_used",
    );
    expect((await failure(withActor(foreignResident, () => MyRecords.list({ pass })))).code).toBe(
      "records.pass_expired",
    );
    await asResident(() => MyRecords.close({ pass }));
    expect((await failure(asResident(() => MyRecords.list({ pass })))).kind).toBe("unauthorized");
    expect((await failure(asResident(() => MyRecords.list({ pass: "x".repeat(43) })))).code).toBe(
      "records.pass_expired",
    );
  });

  it("sends at most 3 codes an hour to one phone", async () => {
    const phone = nextPhone();
    for (let i = 0; i < 3; i++) await asResident(() => MyRecords.requestCode({ phone, ip: randomIp() }));
    const limited = await failure(asResident(() => MyRecords.requestCode({ phone, ip: randomIp() })));
    expect([limited.kind, limited.code]).toEqual(["rate_limited", "records.limited_phone"]);
  });

  it("corrects a registration's address and phone; staff then read the new values", async () => {
    const phone = nextPhone();
    const { receipt: submissionId } = await register(phone, 4);
    const pass = await passFor(phone);
    const bad = await failure(
      asResident(() => MyRecords.correct({ pass, submissionId, phone: "12345", address: "", ip: randomIp() })),
    );
    expect(bad.fieldErrors).toHaveProperty("phone");
    expect(bad.fieldErrors).toHaveProperty("address");

    const address = "西区社区88号二楼";
    expect(await asResident(() => MyRecords.correct({ pass, submissionId, phone, address, ip: randomIp() }))).toEqual({
      changed: ["address"],
      moved: false,
    });
    const revealed = await withActor(officer, () => Intake.revealRecord({ submissionId, reason: "上门核实" }));
    expect(revealed.address).toBe(address);

    const newPhone = nextPhone();
    const moved = await asResident(() =>
      MyRecords.correct({ pass, submissionId, phone: newPhone, address, ip: randomIp() }),
    );
    expect(moved).toEqual({ changed: ["phone"], moved: true });
    expect((await asResident(() => MyRecords.list({ pass }))).registrations).toHaveLength(0);
    const under = await asResident(async () => MyRecords.list({ pass: await passFor(newPhone) }));
    expect(under.registrations.map((r) => r.submissionId)).toEqual([submissionId]);
    expect(under.registrations[0]!.phone).toBe(newPhone);
    expect(await auditActions()).toContain("registration.corrected");
  });

  it("withdraws a rating: the officer's, county's and half-year figures return exactly, praise leaves the page", async () => {
    const phone = nextPhone();
    await rate(nextPhone(), 5); // another resident's rating stays
    const before = await sums();
    const { ratingId } = await rate(phone, 3, "徐警官上门帮我们调解了邻里纠纷，非常耐心");
    await withActor(supervisor, () => Rating.moderate({ ratingId, decision: "approve" }));
    expect((await sums()).officer!.count).toBe(before.officer!.count + 1);
    const praise = () =>
      db.entities.ratingPraise.query.byScope({ countyId, scope: `officer:${officerId}` }).go({ consistent: true });
    expect((await praise()).data.map((p) => p.ratingId)).toContain(ratingId);

    const pass = await passFor(phone);
    expect(await asResident(() => MyRecords.withdraw({ pass, ratingId, ip: randomIp() }))).toEqual({
      state: "withdrawn",
    });
    const after = await sums();
    expect(after.officer).toEqual(before.officer);
    expect(after.county).toEqual(before.county);
    expect(after.half).toEqual(before.half);
    expect((await praise()).data.map((p) => p.ratingId)).not.toContain(ratingId);
    expect((await db.entities.rating.get({ countyId, ratingId }).go({ consistent: true })).data).toBeNull();
    // The phone may rate the officer again (the 30-day claim went with the rating).
    await asResident(() => Rating.requestOtp({ officerId, phone, ip: randomIp() }));
    // Twice is harmless, and another phone cannot withdraw anyone's rating.
    expect(await asResident(() => MyRecords.withdraw({ pass, ratingId, ip: randomIp() }))).toEqual({ state: "gone" });
    const { ratingId: kept } = await rate(nextPhone(), 5);
    expect(await asResident(() => MyRecords.withdraw({ pass, ratingId: kept, ip: randomIp() }))).toEqual({
      state: "gone",
    });
    expect((await db.entities.rating.get({ countyId, ratingId: kept }).go()).data).not.toBeNull();
    expect(await auditActions()).toContain("rating.withdrawn");
  });

  it("deletes a registration for good, twice harmlessly; one with an open red alert is kept until it closes", async () => {
    const phone = nextPhone();
    const { receipt: submissionId } = await register(phone, 5);
    const flagged = await register(phone, 6, "420102"); // from a risk area: raises a red alert
    const pass = await passFor(phone);
    const other = await asResident(async () => MyRecords.list({ pass: await passFor(nextPhone()) }));
    expect(other.registrations).toHaveLength(0);

    const { data: stored } = await db.entities.intakeSubmission.get({ countyId, submissionId }).go();
    expect(await asResident(() => MyRecords.remove({ pass, submissionId, ip: randomIp() }))).toEqual({
      state: "deleted",
    });
    // Only the receipt number stays, in the audit trail and the request's idempotency key: no sealed field, no mask.
    const raw = await rawTable();
    for (const value of [stored!.nameSealed, stored!.documentSealed, stored!.phoneSealed, stored!.addressSealed]) {
      expect(raw).not.toContain(value);
    }
    expect(JSON.parse(raw).filter((item: { submissionId?: string }) => item.submissionId === submissionId)).toEqual([]);
    expect(await asResident(() => MyRecords.remove({ pass, submissionId, ip: randomIp() }))).toEqual({
      state: "gone",
    });

    const listed = await asResident(() => MyRecords.list({ pass }));
    expect(listed.registrations.map((r) => [r.submissionId, r.alertOpen])).toEqual([[flagged.receipt, true]]);
    const kept = await asResident(() => MyRecords.remove({ pass, submissionId: flagged.receipt, ip: randomIp() }));
    expect(kept).toEqual({ state: "kept", keptUntil: listed.registrations[0]!.keptUntil });
    expect(kept.state === "kept" && kept.keptUntil).toBeGreaterThan(Date.now());
    await Alert.idle();
    for (const to of ["acknowledged", "screened", "closed"] as const) {
      await withActor(liaison, () => Alert.step({ alertId: flagged.receipt, to }));
    }
    expect(await asResident(() => MyRecords.remove({ pass, submissionId: flagged.receipt, ip: randomIp() }))).toEqual({
      state: "deleted",
    });
    const actions = await auditActions();
    expect(actions).toContain("registration.deleted");
    expect(actions).toContain("registration.kept_for_alert");
    // The county admin reads these steps in the audit view, the resident named by the masked phone only.
    const page = await withActor(admin, () => Audit.browse({ month: new Date().toISOString().slice(0, 7) }));
    const deleted = page.events.find((e) => e.action === "registration.deleted" && e.subject === submissionId);
    expect(deleted?.actorId).toBe("resident");
    expect(JSON.stringify(page.events)).not.toContain(phone);
  });
});
