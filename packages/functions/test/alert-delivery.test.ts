import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { withActor } from "@cunjing/core/actor";
import { Alert } from "@cunjing/core/alert/index";
import { Counter } from "@cunjing/core/counter/index";
import { County } from "@cunjing/core/county/index";
import { db } from "@cunjing/core/db/service";
import { Intake } from "@cunjing/core/intake/index";
import { Precinct } from "@cunjing/core/precinct/index";
import { Village } from "@cunjing/core/village/index";
import { handler } from "../src/events/alert-delivery";

process.env.CUNJING_PII_KEY_FILE = join(mkdtempSync(join(tmpdir(), "cunjing-pii-")), "pii-master.key");

describe("the alert queue's consumer (Events stack)", () => {
  it("runs the same delivery as the local worker, repeats safely, and drops malformed messages", async () => {
    const countyId = await withActor({ type: "system", properties: {} }, () =>
      County.create({
        slug: "alert-consumer",
        nameZh: "县",
        nameEn: "County",
        cityZh: "市",
        cityEn: "City",
        divisionCode: "441322",
        joinedOn: "2026-01-01",
      }),
    );
    const system = { type: "system", properties: { countyId } } as const;
    const formId = await withActor(system, async () => {
      const precinctId = await Precinct.create({ nameZh: "城镇派出所" });
      const villageId = await Village.create({ precinctId, kind: "community", nameZh: "西区社区" });
      await Alert.rules.add({ regionCode: "4201", from: "2026-01-01" });
      return Intake.create({ purpose: "arrival", villageId, titleZh: "来人登记" });
    });
    const { receipt } = await withActor({ type: "public", properties: { countyId } }, () =>
      Intake.register({
        formId,
        idempotencyKey: "consumer-test-0001",
        name: "王测试",
        documentType: "passport",
        documentNumber: "E12345678",
        phone: "13912345678",
        arrivalDate: Counter.dayOf(Date.now() - 86_400_000),
        originCode: "420102",
        address: "西区社区 1 号",
        consent: true,
        ip: "127.0.0.1",
      }),
    );
    await Alert.idle();
    const record = (body: string, messageId: string) => ({ messageId, body });
    const result = await handler({
      Records: [
        record(JSON.stringify({ countyId, alertId: receipt }), "m1"),
        record(JSON.stringify({ countyId, alertId: receipt }), "m2"),
        record("not json", "m3"),
        record(JSON.stringify({ countyId, alertId: "UPPER case" }), "m4"),
        record(JSON.stringify({ countyId, alertId: "nosuchalert" }), "m5"),
      ],
    });
    expect(result.batchItemFailures).toEqual([]);
    // Without a webhook the console inbox is the only channel; the alert exists once.
    const { data } = await db.entities.alert.get({ countyId, alertId: receipt }).go();
    expect(data).toMatchObject({ delivery: "inbox_only", inbox: "new", attempts: 0 });
  });
});
