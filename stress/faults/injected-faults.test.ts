import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withActor, type UserActor } from "@cunjing/core/actor";
import { dynamo } from "@cunjing/core/db/client";
import { injectFaults, injectableFaults } from "@cunjing/core/db/faults";
import { County } from "@cunjing/core/county/index";
import { Counter } from "@cunjing/core/counter/index";
import { Officer } from "@cunjing/core/officer/index";
import { Precinct } from "@cunjing/core/precinct/index";
import { Village } from "@cunjing/core/village/index";
import { WorkLog } from "@cunjing/core/worklog/index";
import { handleTrpcRequest } from "@cunjing/functions/api/fetch";
import { inPool, itemsOf, officerWrite, outcomeOf, type WriteOutcome } from "../support/officer-writes";

// Faults stay off until a test turns them on; the setup writes must not be disturbed.
const injected = new Map<string, number>();
const faults = injectFaults(dynamo, {
  rate: 0,
  onFault: (fault) => injected.set(fault.type, (injected.get(fault.type) ?? 0) + 1),
});

let countyId: string;
let precinctId: string;
const figures: Record<string, number | string> = {};

beforeAll(async () => {
  countyId = await withActor({ type: "system", properties: {} }, () =>
    County.create({
      slug: "boluo",
      nameZh: "博罗县",
      nameEn: "Boluo County",
      cityZh: "惠州市",
      cityEn: "Huizhou",
      divisionCode: "441322",
      joinedOn: "2020-01-01",
    }),
  );
  precinctId = await withActor({ type: "system", properties: { countyId } }, async () => {
    const precinctId = await Precinct.create({ nameZh: "城镇派出所" });
    // A county shows on the portal (and answers county.bySlug) from its first village.
    await Village.create({ precinctId, kind: "community", nameZh: "西区社区" });
    return precinctId;
  });
});

afterAll(() => {
  faults.setRate(0);
  console.log(`Injected faults: ${JSON.stringify({ ...figures, injected: Object.fromEntries(injected) })}`);
});

describe("under injected throttling and 5xx", () => {
  it("injects every kind of fault it claims to", () => {
    expect(injectableFaults.map((fault) => fault.type)).toEqual([
      "ProvisionedThroughputExceededException",
      "ThrottlingException",
      "InternalServerError",
      "ServiceUnavailable",
    ]);
  });

  it("commits each write whole or not at all, and fails only with 'unavailable'", async () => {
    const writes = Array.from({ length: 48 }, (_, index) => officerWrite(countyId, precinctId, "fault", index));
    faults.setRate(0.6);
    const outcomes = await inPool(writes.length, 6, (index) =>
      writes[index]!.create().then(
        (): WriteOutcome => "acknowledged",
        (error: unknown) => outcomeOf(error),
      ),
    );
    faults.setRate(0);

    const acknowledged = writes.filter((_, index) => outcomes[index] === "acknowledged");
    const failed = writes.filter((_, index) => outcomes[index] !== "acknowledged");
    expect(outcomes.filter((outcome) => outcome === "other" || outcome === "conflict")).toEqual([]);
    expect(acknowledged.length).toBeGreaterThan(0);

    const acknowledgedState = await Promise.all(acknowledged.map((write) => itemsOf(countyId, write)));
    const failedState = await Promise.all(failed.map((write) => itemsOf(countyId, write)));
    const lost = acknowledgedState.filter((state) => !state.complete).length;
    const partial = [...acknowledgedState, ...failedState].filter((state) => !state.complete && !state.absent).length;
    Object.assign(figures, {
      writes: writes.length,
      acknowledged: acknowledged.length,
      failedCleanly: failed.length,
      lostAcknowledged: lost,
      partial,
    });
    expect(lost).toBe(0);
    expect(partial).toBe(0);
    // A write that failed left nothing behind, so trying it again succeeds.
    expect(failedState.every((state) => state.absent)).toBe(true);
    for (const write of failed) await write.create();
    expect((await Promise.all(failed.map((write) => itemsOf(countyId, write)))).every((state) => state.complete)).toBe(
      true,
    );
  });

  it("fails a write that meets a fault on every attempt with 'unavailable', leaving nothing", async () => {
    const write = officerWrite(countyId, precinctId, "always", 0);
    faults.setRate(1);
    const outcome = await write.create().then(
      (): WriteOutcome => "acknowledged",
      (error: unknown) => outcomeOf(error),
    );
    faults.setRate(0);
    expect(outcome).toBe("unavailable");
    expect(await itemsOf(countyId, write)).toMatchObject({ absent: true });
  });

  it("answers the API with 503 and a clear message when faults outlast the retries", async () => {
    faults.setRate(1);
    const url = `http://localhost/api/trpc/county.bySlug?input=${encodeURIComponent('"boluo"')}`;
    const response = await handleTrpcRequest(new Request(url));
    faults.setRate(0);
    const body = (await response.json()) as {
      error: { message: string; data: { errorCode: string; httpStatus: number } };
    };
    expect(response.status).toBe(503);
    expect(body.error.data).toMatchObject({ errorCode: "service.unavailable", httpStatus: 503 });
    expect(body.error.message).toMatch(/try again/);
    expect(JSON.stringify(body)).not.toMatch(/Throttl|ProvisionedThroughput|stack/);
  });

  it("serves the API with retries hiding occasional faults, and never a 5xx other than 503", async () => {
    faults.setRate(0.25);
    const url = `http://localhost/api/trpc/county.bySlug?input=${encodeURIComponent('"boluo"')}`;
    const statuses = await inPool(40, 8, async () => (await handleTrpcRequest(new Request(url))).status);
    faults.setRate(0);
    figures.apiUnderQuarterFaults = statuses.filter((status) => status === 200).length + " of 40 answered 200";
    expect(statuses.every((status) => status === 200 || status === 503)).toBe(true);
    expect(statuses.filter((status) => status === 200).length).toBeGreaterThan(30);
  });
});

describe("when the table commits and the answer is lost", () => {
  it("applies each work-log entry once although the SDK sent it again, and the counters stay exact", async () => {
    const system = { type: "system", properties: { countyId } } as const;
    const { officerId, villageId } = await withActor(system, async () => {
      const officerId = await Officer.create({
        slug: "lost-answers",
        nameZh: "测试民警",
        nameEn: "Test",
        badge: "LOST0001",
        precinctId,
      });
      const villageId = await Village.create({ precinctId, kind: "village", nameZh: "回执村" });
      await Village.assignOfficer({ villageId, officerId });
      return { officerId, villageId };
    });
    const officer: UserActor = {
      type: "user",
      properties: { userId: "user-lost", role: "officer", countyId, precinctId, officerId, villageIds: [villageId] },
    };
    const day = Counter.dayOf(Date.now() - 86_400_000);
    const entries = Array.from({ length: 30 }, (_, index) => ({
      idempotencyKey: `lost-answer-${index}`,
      villageId,
      gridId: "g1",
      occurredAt: `${day}T${String(8 + (index % 10)).padStart(2, "0")}:${String(index).padStart(2, "0")}`,
      details: { category: "visit" as const, household: `${index + 1}号` },
    }));
    let resent = 0;
    faults.setLostRate(0.5);
    const answered = await inPool(entries.length, 6, async (index) => {
      // The officer's terminal sends the same entry again until it hears an answer, as the console does.
      for (let attempt = 1; ; attempt++) {
        try {
          return await withActor(officer, () => WorkLog.record(entries[index]!));
        } catch (error) {
          if (outcomeOf(error) !== "unavailable" || attempt >= 40) throw error;
          resent++;
        }
      }
    });
    faults.setLostRate(0);
    figures.lostAnswers = `${injected.get("InternalServerError") ?? 0} answers lost, ${resent} entries sent again by the caller`;

    expect(new Set(answered.map((entry) => entry.entryId)).size).toBe(entries.length);
    const totals = await withActor(system, () =>
      Counter.totals({ scope: Counter.scope.officer(officerId), from: day, to: day }),
    );
    expect(totals.visit).toBe(entries.length);
    const again = await withActor(officer, () => WorkLog.record(entries[0]!));
    expect(again.entryId).toBe(answered[0]!.entryId);
  });
});
