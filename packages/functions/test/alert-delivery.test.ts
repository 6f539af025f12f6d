import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

import { Alert } from "@cunjing/core/alert/index";
import { db } from "@cunjing/core/db/service";
import { handler } from "../src/events/alert-delivery";
import { alertCounty, registerFromRiskRegion } from "./alert-fixture";

process.env.CUNJING_PII_KEY_FILE = join(mkdtempSync(join(tmpdir(), "cunjing-pii-")), "pii-master.key");

describe("the alert queue's consumer (Events stack)", () => {
  it("runs the same delivery as the local worker, repeats safely, and drops malformed messages", async () => {
    const { countyId, formId } = await alertCounty("alert-consumer");
    const receipt = await registerFromRiskRegion(countyId, formId, "consumer-test-0001");
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
