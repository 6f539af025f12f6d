import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withActor, type Actor, type UserActor } from "../src/actor";
import { Alert } from "../src/alert/index";
import { Audit } from "../src/audit/index";
import { Counter } from "../src/counter/index";
import { County } from "../src/county/index";
import { documentClient, tableName } from "../src/db/client";
import { db } from "../src/db/service";
import { Intake } from "../src/intake/index";
import { Officer } from "../src/officer/index";
import { Pii } from "../src/pii/index";
import { Precinct } from "../src/precinct/index";
import { Task } from "../src/task/index";
import { VisibleError } from "../src/util/errors";
import { Village } from "../src/village/index";
import { citizenId, residentName, residentPhone, webhookServer, type WebhookServer } from "./intake/fixtures";
import { scale } from "../../../scripts/vitest/scale";

process.env.CUNJING_PII_KEY_FILE = join(mkdtempSync(join(tmpdir(), "cunjing-pii-")), "pii-master.key");

let countyId: string;
let villageId: string;
let otherVillage: string;
let precinctId: string;
let officerId: string;
let admin: UserActor;
let officer: UserActor;
let otherOfficer: UserActor;
let liaison: UserActor;
let resident: Actor;
let formId: string;
let hook: WebhookServer;

const day = (offset: number) => Counter.dayOf(Date.now() + offset * 86_400_000);
const riskCity = "4201"; // 武汉市
const riskOrigin = "420102";
const safeOrigin = "440305";

const user = (props: Partial<UserActor["properties"]> & Pick<UserActor["properties"], "role">): UserActor => ({
  type: "user",
  properties: { userId: `user-${randomUUID()}`, countyId, villageIds: [], ...props },
});

function registration(i: number, overrides: Record<string, unknown> = {}) {
  return {
    formId,
    idempotencyKey: randomUUID(),
    name: residentName(i),
    documentType: "resident_id" as const,
    documentNumber: citizenId(i),
    phone: residentPhone(i),
    arrivalDate: day(-3),
    originCode: safeOrigin,
    address: `西区社区${(i % 90) + 1}号`,
    consent: true as const,
    ip: `10.1.${Math.floor(i / 100)}.1`,
    ...overrides,
  };
}

async function rejection(promise: Promise<unknown>): Promise<VisibleError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(VisibleError);
  return error as VisibleError;
}

beforeAll(async () => {
  countyId = await withActor({ type: "system", properties: {} }, () =>
    County.create({
      slug: "intake-county",
      nameZh: "博罗县",
      nameEn: "Boluo",
      cityZh: "惠州市",
      cityEn: "Huizhou",
      divisionCode: "441322",
      joinedOn: "2026-01-01",
    }),
  );
  const system: Actor = { type: "system", properties: { countyId } };
  await withActor(system, async () => {
    precinctId = await Precinct.create({ nameZh: "城镇派出所" });
    officerId = await Officer.create({ slug: "xu", nameZh: "徐洁珊", nameEn: "Xu", badge: "100001", precinctId });
    villageId = await Village.create({ precinctId, kind: "community", nameZh: "西区社区" });
    otherVillage = await Village.create({ precinctId, kind: "village", nameZh: "东区村" });
    await Village.assignOfficer({ villageId, officerId });
  });
  admin = user({ role: "county_admin" });
  officer = user({ role: "officer", precinctId, officerId, villageIds: [villageId] });
  otherOfficer = user({ role: "officer", precinctId, villageIds: [otherVillage] });
  liaison = user({ role: "health_liaison" });
  resident = { type: "public", properties: { countyId } };
  formId = await withActor(officer, () =>
    Intake.create({
      purpose: "arrival",
      villageId,
      titleZh: "西区社区来人登记",
      extraFields: [{ labelZh: "工作单位", required: false }],
    }),
  );
  Alert.config.baseDelayMs = 20;
  Alert.config.timeoutMs = 3000;
  Alert.config.maxAttempts = 4;
  hook = await webhookServer({
    failFirst: 2,
    verify: (headers, body) => Alert.webhook.verify(Alert.webhook.countySigningKey(countyId), headers, body),
  });
  await withActor(admin, () => Alert.hook.set({ url: hook.url }));
  await withActor(liaison, () => Alert.rules.add({ regionCode: riskCity, from: day(-30) }));
});

afterAll(async () => {
  await Alert.idle();
  await hook?.stop();
});

describe("identity documents", () => {
  it("checks the GB 11643 check digit and the other documents' formats", () => {
    const today = day(0);
    expect(Intake.documents.checkDigit("11010519491231002")).toBe("X");
    expect(Intake.documents.check("resident_id", "11010519491231002x", today)).toEqual({
      number: "11010519491231002X",
    });
    expect(Intake.documents.check("resident_id", "110105194912310021", today)).toHaveProperty("problem");
    expect(Intake.documents.check("resident_id", "110105194913310029", today)).toHaveProperty("problem");
    expect(Intake.documents.check("hk_macau_permit", "H12345678", today)).toEqual({ number: "H12345678" });
    expect(Intake.documents.check("hk_macau_permit", "X12345678", today)).toHaveProperty("problem");
    expect(Intake.documents.check("taiwan_permit", "12345678", today)).toEqual({ number: "12345678" });
    expect(Intake.documents.check("passport", "E12345678", today)).toEqual({ number: "E12345678" });
    expect(Intake.documents.check("passport", "E1-23", today)).toHaveProperty("problem");
  });

  it("masks for lists", () => {
    expect(Pii.mask.document("441322199001011234")).toBe("4413**********1234");
    expect(Pii.mask.phone("13812345678")).toBe("138****5678");
    expect(Pii.mask.name("欧阳娜娜")).toBe("欧***");
  });

  it("knows the administrative divisions", () => {
    expect(Intake.regions.label("441322")).toBe("广东省 惠州市 博罗县");
    expect(Intake.regions.isCounty("441322")).toBe(true);
    expect(Intake.regions.isCounty("441399")).toBe(false);
    expect(Intake.regions.cities("44").some((city) => city.code === "4413")).toBe(true);
  });
});

describe("registering", () => {
  it("refuses bad input with field errors that never echo personal data", async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ documentNumber: "441322199001011235" }, "documentNumber"],
      [{ arrivalDate: day(2) }, "arrivalDate"],
      [{ originCode: "441399" }, "originCode"],
      [{ phone: "1234" }, "phone"],
      [{ consent: false }, "consent"],
    ];
    for (const [overrides, field] of cases) {
      const input = registration(9000, overrides);
      const error = await rejection(withActor(resident, () => Intake.register(input as never)));
      expect(error.code).toBe("input.invalid");
      expect(Object.keys(error.fieldErrors ?? {})).toContain(field);
      const text = JSON.stringify({ message: error.message, fields: error.fieldErrors });
      for (const secret of [input.name, String(input.documentNumber), String(input.phone)])
        expect(text).not.toContain(secret);
    }
  });

  it("answers a replayed submission with the same receipt, and counts it once", async () => {
    const input = registration(9001);
    const first = await withActor(resident, () => Intake.register(input));
    const again = await withActor(resident, () => Intake.register(input));
    expect(again.receipt).toBe(first.receipt);
    const mismatch = await rejection(withActor(resident, () => Intake.register({ ...input, address: "别处 1 号" })));
    expect(mismatch.code).toBe("idempotency.mismatch");
  });

  it("refuses a paused or closed form", async () => {
    const paused = await withActor(officer, () =>
      Intake.create({ purpose: "rental", villageId, titleZh: "出租屋登记" }),
    );
    await withActor(officer, () => Intake.setStatus({ formId: paused, status: "paused" }));
    expect(
      (await rejection(withActor(resident, () => Intake.register(registration(9002, { formId: paused }))))).code,
    ).toBe("intake.form_paused");
    await withActor(officer, () => Intake.setStatus({ formId: paused, status: "closed" }));
    expect(
      (await rejection(withActor(resident, () => Intake.register(registration(9003, { formId: paused }))))).code,
    ).toBe("intake.form_closed");
    expect(
      (await rejection(withActor(officer, () => Intake.setStatus({ formId: paused, status: "active" })))).code,
    ).toBe("intake.form_closed");
  });

  it("asks rental forms for the lease", async () => {
    const rental = await withActor(officer, () =>
      Intake.create({ purpose: "rental", villageId, titleZh: "出租屋登记" }),
    );
    const error = await rejection(withActor(resident, () => Intake.register(registration(9004, { formId: rental }))));
    expect(Object.keys(error.fieldErrors ?? {})).toContain("rental.leaseStart");
    const ok = await withActor(resident, () =>
      Intake.register(registration(9005, { formId: rental, rental: { leaseStart: day(-3), rooms: 2, occupants: 3 } })),
    );
    expect(ok.receipt).toMatch(/^[a-z2-9]{10}$/);
  });

  it("lets only the village's people manage a form", async () => {
    expect((await rejection(withActor(otherOfficer, () => Intake.get({ formId })))).code).toBe("intake.form_not_found");
    expect(
      (await rejection(withActor(otherOfficer, () => Intake.create({ purpose: "arrival", villageId, titleZh: "x" }))))
        .code,
    ).toBe("intake.village_forbidden");
  });
});

const registrations = scale(100, 1000);

describe(`${registrations.toLocaleString("en")} registrations`, () => {
  const count = registrations;
  const inputs: Array<ReturnType<typeof registration>> = [];

  beforeAll(async () => {
    inputs.push(
      ...Array.from({ length: count }, (_, i) => registration(i, i % 50 === 0 ? { originCode: riskOrigin } : {})),
    );
    for (let i = 0; i < count; i += 25) {
      await Promise.all(inputs.slice(i, i + 25).map((input) => withActor(resident, () => Intake.register(input))));
    }
    await Alert.idle();
  });

  it("leaves no plaintext name, ID number or phone anywhere in the table", async () => {
    const items: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await documentClient.send(new ScanCommand({ TableName: tableName(), ExclusiveStartKey: start }));
      items.push(...((page.Items ?? []) as Record<string, unknown>[]));
      start = page.LastEvaluatedKey as Record<string, unknown> | undefined;
    } while (start);
    const dump = JSON.stringify(items);
    expect(items.filter((item) => item.__edb_e__ === "intakeSubmission").length).toBeGreaterThanOrEqual(count);
    let found = 0;
    for (const input of inputs) {
      for (const secret of [input.name, input.documentNumber, input.phone, input.address])
        if (dump.includes(secret)) found++;
    }
    expect(found).toBe(0);
  });

  it("lists masked, reveals with a reason and audits every reveal", async () => {
    const page = await withActor(officer, () => Intake.submissions({ formId, limit: 10 }));
    expect(page.items).toHaveLength(10);
    expect(page.items[0]!.documentNumber).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
    expect(page.items[0]!.phone).toMatch(/^139\*{4}\d{4}$/);
    const target = page.items[0]!;
    expect(
      (
        await rejection(
          withActor(officer, () => Intake.revealRecord({ submissionId: target.submissionId, reason: "" })),
        )
      ).code,
    ).toBe("input.invalid");
    expect(
      (
        await rejection(
          withActor(otherOfficer, () => Intake.revealRecord({ submissionId: target.submissionId, reason: "上门核实" })),
        )
      ).code,
    ).toBe("intake.submission_not_found");
    const full = await withActor(officer, () =>
      Intake.revealRecord({ submissionId: target.submissionId, reason: "上门核实身份" }),
    );
    const original = inputs.find((input) => input.documentNumber === full.documentNumber);
    expect(original).toBeDefined();
    expect(full.name).toBe(original!.name);
    expect(full.phone).toBe(original!.phone);
    const events = await Audit.list(countyId, new Date().toISOString().slice(0, 7));
    const reveal = events.find((event) => event.action === "intake.revealed" && event.subject === target.submissionId);
    expect(reveal).toMatchObject({ actorId: officer.properties.userId, actorRole: "officer" });
    expect(reveal!.detail).toMatchObject({ reason: "上门核实身份" });
  });

  it("exports masked unless a reason is given", async () => {
    const masked = await withActor(admin, () => Intake.exportCsv({ formId }));
    expect(masked.full).toBe(false);
    expect(masked.csv).not.toContain(inputs[1]!.documentNumber);
    const [header, first] = masked.csv.replace(/^\uFEFF/, "").split("\n");
    expect(header).toMatch(/^回执编号,提交时间（北京时间）,姓名,证件类型/);
    // Times in Asia/Shanghai to the minute, never a UTC ISO instant.
    expect(first).toMatch(/^[0-9A-Z]+,\d{4}-\d{2}-\d{2} \d{2}:\d{2},/);
    expect(masked.csv).not.toMatch(/\d{2}:\d{2}:\d{2}\.\d{3}Z/);
    const english = await withActor(admin, () => Intake.exportCsv({ formId, lang: "en" }));
    expect(english.csv.replace(/^\uFEFF/, "")).toMatch(/^Receipt,Submitted \(Beijing time\),Name,Document type/);
    const full = await withActor(admin, () => Intake.exportCsv({ formId, reason: "卫健部门书面协查" }));
    expect(full.csv).toContain(inputs[1]!.documentNumber);
    const events = await Audit.list(countyId, new Date().toISOString().slice(0, 7));
    expect(events.some((event) => event.action === "intake.exported" && event.subject === formId)).toBe(true);
  });

  it("raises one alert per matching registration, delivered once each despite two failures, with a verification task", async () => {
    const expected = inputs.filter((input) => input.originCode === riskOrigin).length;
    const delivered = await withActor(liaison, () => Alert.listByDelivery({ delivery: "delivered", limit: 100 }));
    expect(delivered).toHaveLength(expected);
    expect(hook.delivered.size).toBe(expected);
    expect([...hook.delivered.values()].every((times) => times === 1)).toBe(true);
    expect(hook.badSignatures).toBe(0);
    expect(
      delivered.map((alert) => [alert.attempts, hook.attempts.get(alert.alertId)]).filter(([a]) => a !== 3),
    ).toEqual([]);
    // What the health department receives holds no personal data.
    const body = hook.bodies.join("\n");
    for (const input of inputs) expect(body).not.toContain(input.documentNumber);
    const first = delivered[0]!;
    const task = await withActor(admin, () => Task.get(first.taskId!));
    expect(task.task.officerIds).toEqual([officerId]);
    expect(task.task.priority).toBe("high");
    const figures = await withActor(admin, () => Intake.dashboard({ from: day(-1), to: day(0) }));
    expect(figures.total).toMatchObject({ alerts: expected, delivered: expected, deadLettered: 0, pending: 0 });
    expect(figures.byVillage.find((row) => row.villageId === villageId)?.submissions).toBe(figures.total.submissions);
  });

  it("lets the liaison step an alert through its states, and lets the liaison reveal only alerting registrations", async () => {
    const [alert] = await withActor(liaison, () => Alert.list({ inbox: "new", limit: 1 }));
    expect(
      (await rejection(withActor(liaison, () => Alert.step({ alertId: alert!.alertId, to: "screened" })))).code,
    ).toBe("alert.invalid_step");
    for (const to of ["acknowledged", "screened", "closed"] as const) {
      await withActor(liaison, () => Alert.step({ alertId: alert!.alertId, to }));
    }
    expect((await withActor(liaison, () => Alert.find({ alertId: alert!.alertId }))).inbox).toBe("closed");
    const contact = await withActor(liaison, () =>
      Intake.revealRecord({ submissionId: alert!.submissionId, reason: "健康筛查电话联系" }),
    );
    expect(contact.phone).toMatch(/^139\d{8}$/);
    const plain = inputs.find((input) => input.originCode === safeOrigin)!;
    const { data } = await db.entities.intakeSubmission.query.byForm({ countyId, formId }).go({ pages: "all" });
    const quiet = data.find((item) => !item.alertId)!;
    expect(plain).toBeDefined();
    expect(
      (
        await rejection(
          withActor(liaison, () => Intake.revealRecord({ submissionId: quiet.submissionId, reason: "想看看记录" })),
        )
      ).code,
    ).toBe("intake.submission_not_found");
  });
});

describe("delivery failures", () => {
  it("dead-letters after the last attempt, shows it to the county admin and never duplicates", async () => {
    const failing = await webhookServer({
      failFirst: 0,
      mode: "always_500",
      verify: (headers, body) => Alert.webhook.verify(Alert.webhook.countySigningKey(countyId), headers, body),
    });
    await withActor(admin, () => Alert.hook.set({ url: failing.url }));
    const { receipt } = await withActor(resident, () =>
      Intake.register(registration(9100, { originCode: riskOrigin })),
    );
    // A second copy of the message (SQS delivers at least once) changes nothing.
    await Alert.publish({ countyId, alertId: receipt });
    await Alert.idle();
    const dead = await withActor(admin, () => Alert.listByDelivery({ delivery: "dead" }));
    expect(dead.map((alert) => alert.alertId)).toContain(receipt);
    const alert = dead.find((item) => item.alertId === receipt)!;
    expect(alert.attempts).toBe(Alert.config.maxAttempts);
    expect(alert.lastError).toBe("status 500");
    const figures = await withActor(admin, () => Intake.dashboard({ from: day(-1), to: day(0) }));
    expect(figures.total.deadLettered).toBe(1);
    expect((await rejection(withActor(liaison, () => Alert.resend({ alertId: receipt })))).kind).toBe("forbidden");
    await failing.stop();
  });

  it("counts a webhook that never answers as a timeout", async () => {
    const hanging = await webhookServer({
      failFirst: 0,
      mode: "hang",
      verify: (headers, body) => Alert.webhook.verify(Alert.webhook.countySigningKey(countyId), headers, body),
    });
    await withActor(admin, () => Alert.hook.set({ url: hanging.url }));
    Alert.config.timeoutMs = 300;
    const { receipt } = await withActor(resident, () =>
      Intake.register(registration(9101, { originCode: riskOrigin })),
    );
    await Alert.idle();
    Alert.config.timeoutMs = 3000;
    const { data } = await db.entities.alert.get({ countyId, alertId: receipt }).go();
    expect(data).toMatchObject({ delivery: "dead", lastError: "timeout" });
    await hanging.stop();
    // Sent again once the webhook is fixed: delivered, and the dead letter no longer counted.
    await withActor(admin, () => Alert.hook.set({ url: hook.url }));
    await withActor(admin, () => Alert.resend({ alertId: receipt }));
    await Alert.idle();
    const { data: after } = await db.entities.alert.get({ countyId, alertId: receipt }).go();
    expect(after?.delivery).toBe("delivered");
    expect(hook.delivered.get(receipt)).toBe(1);
  });
});

describe("after a restart", () => {
  it("queues deliveries that were still pending again, and delivers them", async () => {
    await withActor(admin, () => Alert.hook.set({ url: hook.url }));
    // An alert whose message never reached the queue (the process stopped right after the commit).
    const alertId = "stranded01";
    const now = Date.now();
    await db.entities.alert
      .create({
        countyId,
        alertId,
        submissionId: alertId,
        formId,
        villageId,
        precinctId,
        ruleId: "rule",
        regionCode: riskCity,
        originCode: riskOrigin,
        arrivalDate: day(-1),
        day: day(0),
        raisedAt: now,
        history: [],
        expiresAt: Math.floor(now / 1000) + 86_400,
      })
      .go();
    expect(await Alert.resume()).toBeGreaterThanOrEqual(1);
    await Alert.idle();
    const { data } = await db.entities.alert.get({ countyId, alertId }).go();
    expect(data?.delivery).toBe("delivered");
    expect(hook.delivered.get(alertId)).toBe(1);
  });
});
