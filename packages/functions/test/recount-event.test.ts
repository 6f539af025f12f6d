import { describe, expect, it } from "vitest";
import { db } from "@cunjing/core/db/service";
import { handler } from "../src/events/recount";

const county = (countyId: string, slug: string, status: "active" | "suspended") =>
  db.entities.county
    .create({
      countyId,
      slug,
      status,
      nameZh: "县",
      nameEn: "County",
      cityZh: "市",
      cityEn: "City",
      divisionCode: "441322",
    } as never)
    .go();

describe("the daily recount (Events cron)", () => {
  it("recounts every active county as the system actor and logs drift as an embedded metric", async () => {
    await county("rcok", "rc-ok", "active");
    await county("rcdrift", "rc-drift", "active");
    await county("rcoff", "rc-off", "suspended");
    // A counter no work-log entry accounts for: drift of 2 visits on one day.
    await db.entities.counter
      .update({ countyId: "rcdrift", scope: "county", day: "2026-05-01" })
      .add({ visit: 2 })
      .go();

    const lines: string[] = [];
    const summary = await handler(undefined, undefined, (line) => lines.push(line));
    const logs = lines.map((line) => JSON.parse(line) as Record<string, any>);

    expect(logs.map((l) => l.county).sort()).toEqual(["rc-drift", "rc-ok"]); // the suspended county is skipped
    expect(summary).toEqual({ counties: 2, drifted: 1, failed: 0, drifts: 1 });
    const drift = logs.find((l) => l.county === "rc-drift")!;
    expect(drift).toMatchObject({
      message: "counter.recount",
      level: "warn",
      CounterDrift: 1,
      Stage: expect.any(String),
      sample: [{ scope: "county", day: "2026-05-01", attribute: "visit", expected: 0, actual: 2 }],
      _aws: {
        CloudWatchMetrics: [
          {
            Namespace: "Cunjing",
            Dimensions: [["Stage"]],
            Metrics: expect.arrayContaining([{ Name: "CounterDrift", Unit: "Count" }]),
          },
        ],
      },
    });
    expect(logs.find((l) => l.county === "rc-ok")).toMatchObject({ CounterDrift: 0, level: "info" });

    // It only reads: the drifted counter is still there as it was.
    const { data } = await db.entities.counter.get({ countyId: "rcdrift", scope: "county", day: "2026-05-01" }).go();
    expect((data as Record<string, unknown>).visit).toBe(2);
  });
});
