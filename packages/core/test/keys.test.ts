import { ScanCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { withActor, type Actor, type UserActor } from "../src/actor";
import { Alert } from "../src/alert/index";
import { countySigningKey, signAll, verify, verifyRotating } from "../src/alert/webhook";
import { Audit } from "../src/audit/index";
import { Counter } from "../src/counter/index";
import { County } from "../src/county/index";
import { documentClient, tableName } from "../src/db/client";
import { db } from "../src/db/service";
import { Intake } from "../src/intake/index";
import { Keys } from "../src/keys/index";
import { rewrapItem, sources } from "../src/keys/sources";
import { Officer } from "../src/officer/index";
import { Outbox } from "../src/outbox/index";
import { Pii } from "../src/pii/index";
import { sealWith, versionOf } from "../src/pii/cipher";
import { createKeyVersion, keyringConfig } from "../src/pii/keyring";
import { openField, sealField } from "../src/appointment/sealed";
import { seal } from "../src/resident/secret";
import { Precinct } from "../src/precinct/index";
import { VisibleError } from "../src/util/errors";
import { Village } from "../src/village/index";
import { scale } from "../../../scripts/vitest/scale";
import { citizenId, residentName, residentPhone } from "./intake/fixtures";

process.env.CUNJING_PII_KEY_FILE = join(mkdtempSync(join(tmpdir(), "cunjing-pii-")), "pii-master.key");

type Place = { countyId: string; slug: string; formId: string; admin: UserActor; officer: UserActor };
const platformAdmin: UserActor = {
  type: "user",
  properties: { userId: "platform-admin", countyId: "platform", villageIds: [], role: "platform_admin" },
};
const day = (offset: number) => Counter.dayOf(Date.now() + offset * 86_400_000);

/** A county with one village, its officer, a county admin and an open registration form. */
async function county(slug: string): Promise<Place> {
  const countyId = await withActor({ type: "system", properties: {} }, () =>
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
  const system: Actor = { type: "system", properties: { countyId } };
  const { villageId, precinctId, officerId } = await withActor(system, async () => {
    const precinctId = await Precinct.create({ nameZh: "城镇派出所" });
    const officerId = await Officer.create({ slug: "xu", nameZh: "徐洁珊", nameEn: "Xu", badge: "100001", precinctId });
    const villageId = await Village.create({ precinctId, kind: "community", nameZh: "西区社区" });
    await Village.assignOfficer({ villageId, officerId });
    return { villageId, precinctId, officerId };
  });
  const user = (props: Partial<UserActor["properties"]> & Pick<UserActor["properties"], "role">): UserActor => ({
    type: "user",
    properties: { userId: `user-${randomUUID()}`, countyId, villageIds: [], ...props },
  });
  const officer = user({ role: "officer", precinctId, officerId, villageIds: [villageId] });
  const formId = await withActor(officer, () =>
    Intake.create({ purpose: "arrival", villageId, titleZh: "西区社区来人登记" }),
  );
  return { countyId, slug, formId, admin: user({ role: "county_admin" }), officer };
}

function registration(place: Place, i: number) {
  return {
    formId: place.formId,
    idempotencyKey: `key-${place.slug}-${i}`,
    name: residentName(i),
    documentType: "resident_id" as const,
    documentNumber: citizenId(i),
    phone: residentPhone(i),
    arrivalDate: day(-3),
    originCode: "440305",
    address: `西区社区${i}号`,
    consent: true as const,
    ip: `10.${Math.floor(i / 250)}.${i % 250}.1`,
  };
}

/** Registrations through the intake write path, a few at a time. */
async function register(place: Place, from: number, count: number): Promise<Map<string, number>> {
  const receipts = new Map<string, number>();
  const resident: Actor = { type: "public", properties: { countyId: place.countyId } };
  const indexes = Array.from({ length: count }, (_, k) => from + k);
  for (let start = 0; start < indexes.length; start += 25) {
    await Promise.all(
      indexes.slice(start, start + 25).map(async (i) => {
        const { receipt } = await withActor(resident, () => Intake.register(registration(place, i)));
        receipts.set(receipt, i);
      }),
    );
  }
  return receipts;
}

async function submissions(place: Place) {
  const { data } = await db.entities.intakeSubmission.query
    .byForm({ countyId: place.countyId, formId: place.formId })
    .go({ pages: "all" });
  return data;
}

/** Every sealed string of a county in the raw table, whatever the entity. */
async function sealedVersions(countyId: string): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  let start: Record<string, unknown> | undefined;
  do {
    const page = await documentClient.send(new ScanCommand({ TableName: tableName(), ExclusiveStartKey: start }));
    for (const item of page.Items ?? []) {
      if (item.countyId !== countyId) continue;
      for (const value of Object.values(item))
        if (typeof value === "string" && value.startsWith("pii1."))
          found.set(versionOf(value)!, (found.get(versionOf(value)!) ?? 0) + 1);
    }
    start = page.LastEvaluatedKey;
  } while (start);
  return found;
}

async function rejection(promise: Promise<unknown>): Promise<VisibleError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(VisibleError);
  return error as VisibleError;
}

const status = (place: Place) => withActor(place.admin, () => Keys.status({}));

beforeAll(async () => {
  await Intake.loadRegionCodes();
});

afterEach(async () => {
  await Keys.idle();
  Keys.config.background = true;
  keyringConfig.versionCacheMs = 0;
  keyringConfig.now = () => Date.now();
  Keys.config.graceMs = 0;
  Keys.config.pageSize = 100;
});

// The re-wrap waits out other processes' cached versions; these tests run in one process.
keyringConfig.versionCacheMs = 0;
Keys.config.graceMs = 0;

describe("data key rotation", () => {
  const residents = scale(100, 1_000);

  it(`re-seals ${residents} registrations under the new key, keeps look-ups valid and retires the old key`, async () => {
    const place = await county("keys-bulk");
    const receipts = await register(place, 0, residents);
    await Outbox.send({
      countyId: place.countyId,
      channel: "sms",
      to: residentPhone(1),
      subject: "code",
      body: "123456",
    });
    const phoneHashBefore = await Pii.lookupHash(place.countyId, "phone", residentPhone(7));
    // A value kept outside the table (a backup) under the key that will be retired.
    const backup = await Pii.sealField(place.countyId, "backup", "phone", residentPhone(3));
    expect(await sealedVersions(place.countyId)).toEqual(new Map([["1", residents * 4 + 2]]));

    const { started, rotation } = await withActor(place.admin, () => Keys.rotateData({}));
    expect(started).toBe(true);
    expect(rotation).toMatchObject({ from: "1", to: "2", status: "running" });
    // New writes seal under the new version at once, while the re-wrap runs.
    const late = await register(place, residents, 1);
    const lateItem = (await submissions(place)).find((item) => late.has(item.submissionId))!;
    expect(versionOf(lateItem.phoneSealed)).toBe("2");

    await Keys.idle();
    const after = await status(place);
    expect(after.currentVersion).toBe("2");
    expect(after.rotation).toMatchObject({ status: "finished", from: "1", to: "2" });
    expect(after.rotation!.done).toBe(after.rotation!.total);
    expect(after.rotation!.total).toBeGreaterThanOrEqual(residents + 1);
    expect(after.keys.map((key) => [key.version, key.status])).toEqual([
      ["2", "active"],
      ["1", "retired"],
    ]);
    // A raw scan finds nothing under the old version.
    const versions = await sealedVersions(place.countyId);
    expect([...versions.keys()]).toEqual(["2"]);
    expect(versions.get("2")).toBe((residents + 1) * 4 + 2);

    // Every record opens to what the resident entered.
    const items = await submissions(place);
    expect(items).toHaveLength(residents + 1);
    for (const item of items) {
      const i = receipts.get(item.submissionId) ?? late.get(item.submissionId)!;
      const id = item.submissionId;
      expect(await Pii.openField(place.countyId, id, "name", item.nameSealed)).toBe(residentName(i));
      expect(await Pii.openField(place.countyId, id, "document", item.documentSealed)).toBe(citizenId(i));
      expect(await Pii.openField(place.countyId, id, "phone", item.phoneSealed)).toBe(residentPhone(i));
      expect(await Pii.openField(place.countyId, id, "address", item.addressSealed)).toBe(`西区社区${i}号`);
    }
    const [sample] = items;
    const revealed = await withActor(place.officer, () =>
      Intake.revealRecord({ submissionId: sample!.submissionId, reason: "核实来人信息" }),
    );
    expect(revealed.phone).toBe(residentPhone(receipts.get(sample!.submissionId)!));
    // The retired key is kept: a value restored from a backup still opens.
    expect(versionOf(backup)).toBe("1");
    expect(await Pii.openField(place.countyId, "backup", "phone", backup)).toBe(residentPhone(3));
    const [message] = await Outbox.list(place.countyId);
    expect(message).toMatchObject({ to: residentPhone(1), body: "123456" });

    // Look-up hashes do not move: the earlier record is still found by its phone.
    const phoneHashAfter = await Pii.lookupHash(place.countyId, "phone", residentPhone(7));
    expect(phoneHashAfter).toBe(phoneHashBefore);
    const found = items.filter((item) => item.phoneHash === phoneHashAfter);
    expect(found.map((item) => receipts.get(item.submissionId))).toEqual([7]);
    // And a replayed registration (its idempotency hash is keyed too) answers with its first receipt.
    const replay = await withActor({ type: "public", properties: { countyId: place.countyId } }, () =>
      Intake.register(registration(place, 7)),
    );
    expect(receipts.get(replay.receipt)).toBe(7);

    const actions = (await Audit.list(place.countyId, new Date().toISOString().slice(0, 7))).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(["keys.rotation_started", "keys.rewrap_finished", "keys.key_retired"]),
    );
  });

  it("moves bookings into the envelope: new ones seal under the data key, earlier ones move at rotation", async () => {
    const place = await county("keys-bookings");
    const officerId = place.officer.properties.officerId!;
    const booking = (appointmentId: string, phoneSealed: string, addressSealed?: string) =>
      db.entities.appointment
        .create({
          countyId: place.countyId,
          appointmentId,
          officerId,
          precinctId: place.officer.properties.precinctId!,
          villageId: place.officer.properties.villageIds[0]!,
          purpose: "certificate",
          mode: addressSealed ? "home" : "desk",
          startsAt: Date.now() + 86_400_000,
          endsAt: Date.now() + 86_400_000 + 1_200_000,
          day: day(1),
          status: "requested",
          phoneHash: `hash-${appointmentId}`,
          phoneSealed,
          phoneMasked: "139****0000",
          addressSealed,
          requestedAt: Date.now(),
          requestDay: day(0),
          expiresAt: Math.floor(Date.now() / 1000) + 86_400,
        })
        .go();
    // One booking sealed by the earlier scheme (the phone secret's key), one by the envelope.
    await booking("EARLIER234", seal(place.countyId, "13900001111"), seal(place.countyId, "西区社区9号"));
    await booking("ENVELOPE23", await sealField(place.countyId, "ENVELOPE23", "phone", "13900002222"));
    const stored = async (appointmentId: string) =>
      (await db.entities.appointment.get({ countyId: place.countyId, appointmentId }).go({ consistent: true })).data!;
    expect(versionOf((await stored("ENVELOPE23")).phoneSealed)).toBe("1");

    await withActor(place.admin, () => Keys.rotateData({}));
    await Keys.idle();
    expect((await status(place)).rotation).toMatchObject({ status: "finished", to: "2" });
    const earlier = await stored("EARLIER234");
    expect([versionOf(earlier.phoneSealed), versionOf(earlier.addressSealed!)]).toEqual(["2", "2"]);
    expect(await openField(earlier, "phone", earlier.phoneSealed)).toBe("13900001111");
    expect(await openField(earlier, "address", earlier.addressSealed!)).toBe("西区社区9号");
    const envelope = await stored("ENVELOPE23");
    expect(versionOf(envelope.phoneSealed)).toBe("2");
    expect(await openField(envelope, "phone", envelope.phoneSealed)).toBe("13900002222");
    expect([...(await sealedVersions(place.countyId)).keys()]).toEqual(["2"]);
  });

  it("keeps a write made during the re-wrap, even one a stale process sealed under the old key", async () => {
    Keys.config.background = false;
    const place = await county("keys-race");
    const receipts = await register(place, 0, 3);
    const [first] = [...receipts.keys()];
    const [read] = (await submissions(place)).filter((item) => item.submissionId === first);
    await withActor(place.admin, () => Keys.rotateData({}));
    // After the re-wrap read the item, a correction lands, sealed under v1 by a process whose cache is stale.
    const source = sources.find((s) => s.name === "intakeSubmission")!;
    const corrected = await sealWith("1", place.countyId, first!, "address", "东区新村8号");
    await documentClient.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: source.key(place.countyId, read!),
        UpdateExpression: "SET addressSealed = :a",
        ExpressionAttributeValues: { ":a": corrected },
      }),
    );
    // The re-wrap's conditional write fails on the changed value; it reads again and keeps the correction.
    expect(await rewrapItem(source, place.countyId, read!, "2")).toBe(true);
    const [now] = (await submissions(place)).filter((item) => item.submissionId === first);
    expect(versionOf(now!.addressSealed)).toBe("2");
    expect(await Pii.openField(place.countyId, first!, "address", now!.addressSealed)).toBe("东区新村8号");
    expect(await Pii.openField(place.countyId, first!, "name", now!.nameSealed)).toBe(
      residentName(receipts.get(first!)!),
    );
    expect(await Keys.run(place.countyId)).toBe("finished");
    expect([...(await sealedVersions(place.countyId)).keys()]).toEqual(["2"]);
  });

  it("shows progress, resumes after an interruption and keeps registrations made meanwhile", async () => {
    Keys.config.background = false;
    Keys.config.pageSize = 5;
    const place = await county("keys-resume");
    await register(place, 0, 30);
    await withActor(place.admin, () => Keys.rotateData({}));
    expect((await status(place)).rotation).toMatchObject({ status: "running", total: -1, done: 0 });
    // Each run with no time budget does one step and stops, as a Lambda that ran out of time would.
    expect(await Keys.run(place.countyId, 0)).toBe("budget");
    expect((await status(place)).rotation).toMatchObject({ status: "running", total: 30, done: 0 });
    expect(await Keys.run(place.countyId, 0)).toBe("budget");
    expect((await status(place)).rotation).toMatchObject({ total: 30, done: 5 });
    await register(place, 30, 10);
    // A restart picks the job up where it stood and runs it to the end.
    expect(await Keys.resume()).toBeGreaterThanOrEqual(1);
    await Keys.idle();
    const after = await status(place);
    expect(after.rotation).toMatchObject({ status: "finished", to: "2", done: 40, total: 40 });
    expect([...(await sealedVersions(place.countyId)).keys()]).toEqual(["2"]);
    expect(await submissions(place)).toHaveLength(40);
  });

  it("answers a second rotation while one runs with the running one, and a later one moves on", async () => {
    Keys.config.background = false;
    const place = await county("keys-twice");
    await register(place, 0, 5);
    const [a, b] = await Promise.all([
      withActor(place.admin, () => Keys.rotateData({})),
      withActor(place.admin, () => Keys.rotateData({})),
    ]);
    expect([a.started, b.started].sort()).toEqual([false, true]);
    expect(a.rotation.rotationId).toBe(b.rotation.rotationId);
    expect(await withActor(place.admin, () => Keys.rotateData({}))).toMatchObject({
      started: false,
      rotation: { to: "2" },
    });
    expect((await status(place)).keys.map((key) => key.version)).toEqual(["2", "1"]);
    expect(await Keys.run(place.countyId)).toBe("finished");
    expect(await Keys.run(place.countyId)).toBe("idle");
    const again = await withActor(place.admin, () => Keys.rotateData({}));
    expect(again).toMatchObject({ started: true, rotation: { from: "2", to: "3" } });
    expect(await Keys.run(place.countyId)).toBe("finished");
    expect([...(await sealedVersions(place.countyId)).keys()]).toEqual(["3"]);
    expect((await status(place)).keys.map((key) => [key.version, key.status])).toEqual([
      ["3", "active"],
      ["2", "retired"],
      ["1", "retired"],
    ]);
    const audit = (await Audit.list(place.countyId, new Date().toISOString().slice(0, 7))).map((e) => e.action);
    expect(audit.filter((action) => action === "keys.rotation_started")).toHaveLength(2);
  });

  it("bounds how long another process seals under the old version, and opens every version", async () => {
    Keys.config.background = false;
    const place = await county("keys-cache");
    let now = Date.UTC(2026, 11, 1);
    keyringConfig.now = () => now;
    keyringConfig.versionCacheMs = 30_000;
    Keys.config.graceMs = 10_000;
    const old = await Pii.sealField(place.countyId, "r1", "phone", "13800000000");
    expect(versionOf(old)).toBe("1");
    // Another process rotates (this one's cache is not told).
    await createKeyVersion(place.countyId, "2");
    await db.entities.keyRing.create({ countyId: place.countyId, ring: "pii", currentVersion: "2" }).go();
    now += 29_999;
    expect(versionOf(await Pii.sealField(place.countyId, "r2", "phone", "13800000001"))).toBe("1");
    now += 1;
    const fresh = await Pii.sealField(place.countyId, "r3", "phone", "13800000002");
    expect(versionOf(fresh)).toBe("2");
    expect(await Pii.openField(place.countyId, "r1", "phone", old)).toBe("13800000000");
    expect(await Pii.openField(place.countyId, "r3", "phone", fresh)).toBe("13800000002");
  });

  it("does not finish a re-wrap before every process has seen the new version", async () => {
    Keys.config.background = false;
    const place = await county("keys-settle");
    await register(place, 0, 3);
    let now = Date.now();
    keyringConfig.now = () => now;
    keyringConfig.versionCacheMs = 30_000;
    Keys.config.graceMs = 10_000;
    await withActor(place.admin, () => Keys.rotateData({}));
    expect(await Keys.run(place.countyId)).toBe("waiting");
    expect((await status(place)).rotation).toMatchObject({ status: "running", done: 3 });
    now += 40_000;
    expect(await Keys.run(place.countyId)).toBe("finished");
    expect((await status(place)).rotation).toMatchObject({ status: "finished", pass: 2 });
  });

  it("refuses bad callers and unknown counties and changes nothing", async () => {
    const place = await county("keys-refuse");
    const other = await county("keys-other");
    const before = await status(place);
    expect((await rejection(withActor(place.officer, () => Keys.rotateData({})))).kind).toBe("forbidden");
    expect((await rejection(withActor(place.officer, () => Keys.rotateWebhook({})))).kind).toBe("forbidden");
    expect((await rejection(withActor(place.officer, () => Keys.status({})))).kind).toBe("forbidden");
    expect(
      (
        await rejection(
          withActor({ type: "public", properties: { countyId: place.countyId } }, () => Keys.rotateData({})),
        )
      ).kind,
    ).toBe("unauthorized");
    // A county admin cannot name another county.
    expect((await rejection(withActor(place.admin, () => Keys.rotateData({ slug: other.slug })))).kind).toBe(
      "not_found",
    );
    expect((await rejection(withActor(platformAdmin, () => Keys.rotateData({ slug: "no-such-county" })))).kind).toBe(
      "not_found",
    );
    expect((await rejection(withActor(platformAdmin, () => Keys.rotateData({})))).kind).toBe("input");
    expect((await rejection(withActor(place.admin, () => Keys.rotateAll({})))).kind).toBe("forbidden");
    expect(await status(place)).toEqual(before);
    expect(await withActor(other.admin, () => Keys.status({}))).toMatchObject({
      currentVersion: "1",
      rotation: undefined,
    });
  });

  it("lets the platform admin rotate one county by name, or every county", async () => {
    const place = await county("keys-platform");
    await register(place, 0, 2);
    const one = await withActor(platformAdmin, () => Keys.rotateData({ slug: place.slug }));
    expect(one).toMatchObject({ started: true, rotation: { to: "2" } });
    await Keys.idle();
    const all = await withActor(platformAdmin, () => Keys.rotateAll({}));
    expect(all.find((row) => row.slug === place.slug)).toMatchObject({ started: true, to: "3" });
    await Keys.idle();
    const overview = await withActor(platformAdmin, () => Keys.overview({}));
    expect(overview.find((row) => row.slug === place.slug)).toMatchObject({ currentVersion: "3" });
    expect([...(await sealedVersions(place.countyId)).keys()]).toEqual(["3"]);
  });
});

describe("webhook signing key rotation", () => {
  it("signs with the new key at once and accepts the old key's signature only within the overlap", async () => {
    const place = await county("keys-webhook");
    const oldKey = countySigningKey(place.countyId);
    expect(await Keys.signingKeys(place.countyId)).toEqual([oldKey]);
    expect(await withActor(place.admin, () => Alert.hook.get())).toMatchObject({ signingKey: oldKey });
    const rotated = await withActor(place.admin, () => Keys.rotateWebhook({}));
    expect(rotated.generation).toBe(2);
    // The alerts page no longer shows a key once it has been rotated: the new one was shown once.
    expect(await withActor(place.admin, () => Alert.hook.get())).toMatchObject({
      signingKey: undefined,
      generation: 2,
    });
    expect(rotated.key).not.toBe(oldKey);
    expect(rotated.overlapEndsAt - Date.now()).toBeGreaterThan(Keys.overlapMs - 60_000);
    const body = JSON.stringify({ alertId: "a1" });

    // Within the overlap (a day later): the delivery carries both signatures.
    const within = rotated.overlapEndsAt - 6 * 86_400_000;
    const keysWithin = await Keys.signingKeys(place.countyId, within);
    expect(keysWithin).toEqual([rotated.key, oldKey]);
    const headersWithin = {
      timestamp: String(Math.floor(within / 1000)),
      signature: signAll(keysWithin, Math.floor(within / 1000), body),
    };
    expect(verify(oldKey, headersWithin, body, within)).toBe(true);
    expect(verify(rotated.key, headersWithin, body, within)).toBe(true);
    const receiver = [{ key: rotated.key }, { key: oldKey, validUntil: rotated.overlapEndsAt }];
    expect(verifyRotating(receiver, headersWithin, body, within)).toBe(true);

    // After the overlap: only the new key signs; the old key's signature is refused.
    const after = rotated.overlapEndsAt + 1000;
    const keysAfter = await Keys.signingKeys(place.countyId, after);
    expect(keysAfter).toEqual([rotated.key]);
    const headersAfter = {
      timestamp: String(Math.floor(after / 1000)),
      signature: signAll(keysAfter, Math.floor(after / 1000), body),
    };
    expect(verify(oldKey, headersAfter, body, after)).toBe(false);
    expect(verify(rotated.key, headersAfter, body, after)).toBe(true);
    const oldSigned = {
      timestamp: headersAfter.timestamp,
      signature: signAll([oldKey], Math.floor(after / 1000), body),
    };
    expect(verifyRotating(receiver, oldSigned, body, after)).toBe(false);
    expect(verifyRotating(receiver, headersAfter, body, after)).toBe(true);

    // The key is derived, never stored: no item of the county holds it.
    const { Items } = await documentClient.send(new ScanCommand({ TableName: tableName() }));
    expect(JSON.stringify(Items)).not.toContain(rotated.key);
    const actions = (await Audit.list(place.countyId, new Date().toISOString().slice(0, 7))).map((e) => e.action);
    expect(actions).toContain("keys.webhook_rotated");
  });

  it("rotates once when the same form is sent twice, and refuses other counties' and non-admins' rotations", async () => {
    const place = await county("keys-webhook-twice");
    const other = await county("keys-webhook-other");
    const first = await withActor(place.admin, () => Keys.rotateWebhook({ from: 1 }));
    expect(first.generation).toBe(2);
    const twice = await rejection(withActor(place.admin, () => Keys.rotateWebhook({ from: 1 })));
    expect(twice.code).toBe("keys.webhook_rotated_meanwhile");
    expect(await Keys.signingKeys(place.countyId)).toEqual([first.key, countySigningKey(place.countyId)]);
    expect((await rejection(withActor(place.officer, () => Keys.rotateWebhook({})))).kind).toBe("forbidden");
    expect((await rejection(withActor(place.admin, () => Keys.rotateWebhook({ slug: other.slug })))).kind).toBe(
      "not_found",
    );
    expect(await Keys.signingKeys(other.countyId)).toEqual([countySigningKey(other.countyId)]);
  });
});
