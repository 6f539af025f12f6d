import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { afterAll, describe, expect, it } from "vitest";
import { withActor, type Actor } from "@cunjing/core/actor";
import { Alert } from "@cunjing/core/alert/index";
import { Counter } from "@cunjing/core/counter/index";
import { db } from "@cunjing/core/db/service";
import { Intake } from "@cunjing/core/intake/index";
import { handler } from "../src/events/alert-delivery";
import { alertCounty, registerFromRiskRegion } from "./alert-fixture";

/**
 * A webhook on loopback that holds every request until a second one for the same delivery has
 * arrived (or ten seconds pass), then answers 200 to both: the two copies are in flight together.
 */
async function barrierWebhook() {
  const received: Array<{ delivery: string; signed: boolean }> = [];
  const held = new Map<string, ServerResponse[]>();
  let verify: (headers: { timestamp: string; signature: string }, body: string) => boolean = () => false;
  const server = createServer(async (request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const delivery = String(request.headers[Alert.webhook.deliveryHeader] ?? "");
    const signed = verify(
      {
        timestamp: String(request.headers[Alert.webhook.timestampHeader] ?? ""),
        signature: String(request.headers[Alert.webhook.signatureHeader] ?? ""),
      },
      Buffer.concat(chunks).toString("utf8"),
    );
    received.push({ delivery, signed });
    const waiting = [...(held.get(delivery) ?? []), response];
    held.set(delivery, waiting);
    const answer = () => waiting.splice(0).forEach((r) => r.writeHead(200).end('{"ok":true}'));
    if (waiting.length >= 2) answer();
    else setTimeout(answer, 10_000).unref();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/alerts`,
    received,
    checkWith: (check: typeof verify) => void (verify = check),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const webhook = await barrierWebhook();
afterAll(() => webhook.stop());

describe("two copies of one alert message racing against a real webhook", () => {
  it("both post, one records the delivery, the other finds it settled: counted once", async () => {
    const { countyId, formId } = await alertCounty("alert-race");
    const admin: Actor = {
      type: "user",
      properties: { userId: "race-admin", role: "county_admin", countyId, villageIds: [] },
    };
    webhook.checkWith((headers, body) => Alert.webhook.verify(Alert.webhook.countySigningKey(countyId), headers, body));
    await withActor(admin, () => Alert.hook.set({ url: webhook.url }));

    // The registration queues copy one on the local worker; copy two arrives through the queue consumer.
    const receipt = await registerFromRiskRegion(countyId, formId, "race-test-0001");
    const copyTwo = handler({
      Records: [{ messageId: "copy-2", body: JSON.stringify({ countyId, alertId: receipt }) }],
    });
    expect((await copyTwo).batchItemFailures).toEqual([]);
    await Alert.idle();

    expect(webhook.received).toEqual([
      { delivery: receipt, signed: true },
      { delivery: receipt, signed: true },
    ]);
    const { data: alert } = await db.entities.alert.get({ countyId, alertId: receipt }).go({ consistent: true });
    expect(alert).toMatchObject({ delivery: "delivered", attempts: 1 });
    const figures = await withActor(admin, () =>
      Intake.dashboard({ from: "2026-01-01", to: Counter.dayOf(Date.now()) }),
    );
    expect(figures.total).toMatchObject({ alerts: 1, delivered: 1, deadLettered: 0, pending: 0 });
  });
});
