import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { withActor, type UserActor } from "@cunjing/core/actor";
import { County } from "@cunjing/core/county/index";
import { Keys } from "@cunjing/core/keys/index";
import { Outbox } from "@cunjing/core/outbox/index";
import { keyringConfig } from "@cunjing/core/pii/keyring";
import { handler } from "../src/events/keys-rewrap";

process.env.CUNJING_PII_KEY_FILE = join(mkdtempSync(join(tmpdir(), "cunjing-pii-")), "pii-master.key");
// One process: no other process's cached key version to wait out.
keyringConfig.versionCacheMs = 0;
Keys.config.graceMs = 0;
Keys.config.background = false;

afterAll(async () => {
  await Keys.idle();
  Keys.config.background = true;
});

describe("the scheduled re-wrap", () => {
  it("moves a rotated county's sealed messages to the new key within its run's time and retires the old key", async () => {
    const countyId = await withActor({ type: "system", properties: {} }, () =>
      County.create({
        slug: "rewrap-schedule",
        nameZh: "博罗县",
        nameEn: "Boluo",
        cityZh: "惠州市",
        cityEn: "Huizhou",
        divisionCode: "441322",
        joinedOn: "2026-01-01",
      }),
    );
    for (let i = 0; i < 3; i++)
      await Outbox.send({ countyId, channel: "sms", to: `1390000000${i}`, subject: "code", body: `code ${i}` });
    const admin: UserActor = {
      type: "user",
      properties: { userId: `user-${randomUUID()}`, countyId, villageIds: [], role: "county_admin" },
    };
    await withActor(admin, () => Keys.rotateData({}));
    expect((await withActor(admin, () => Keys.status({}))).rotation).toMatchObject({ status: "running" });

    const lines: string[] = [];
    const answer = await handler({}, { getRemainingTimeInMillis: () => 60_000 }, (line) => lines.push(line));
    expect(answer.counties).toBeGreaterThanOrEqual(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ message: "keys.rewrap_run", budgetMs: 40_000 });
    const after = await withActor(admin, () => Keys.status({}));
    expect(after.rotation).toMatchObject({ status: "finished", to: "2", done: 3, total: 3 });
    expect(after.keys.find((key) => key.version === "1")).toMatchObject({ status: "retired" });
    expect((await Outbox.list(countyId)).map((message) => message.body).sort()).toEqual(["code 0", "code 1", "code 2"]);
    // A later run finds nothing waiting.
    expect((await handler({}, { getRemainingTimeInMillis: () => 60_000 }, () => undefined)).counties).toBe(0);
  });
});
