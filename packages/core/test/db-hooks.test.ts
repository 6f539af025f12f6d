import { withActor } from "../src/actor";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DynamoDBClient, GetItemCommand, ListTablesCommand, UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { afterAll, describe, expect, it } from "vitest";
import { injectFaults, injectableFaults } from "../src/db/faults";
import { observeFromEnvironment } from "../src/db/observe";
import { isUnavailable, unavailableOr, UnavailableError } from "../src/db/unavailable";
import { ConflictError, VisibleError } from "../src/util/errors";
import { fn } from "../src/util/fn";
import * as z from "zod";

const workDir = mkdtempSync(join(tmpdir(), "cunjing-hooks-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const localClient = (options: { maxAttempts?: number } = {}) =>
  new DynamoDBClient({
    endpoint: process.env.DYNAMODB_ENDPOINT,
    region: process.env.AWS_REGION,
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
    ...options,
  });

const middlewareNames = (client: DynamoDBClient) => client.middlewareStack.identify().join("\n");

describe("the DynamoDB client's hooks", () => {
  it("adds nothing without their environment variables", () => {
    const client = localClient();
    const before = middlewareNames(client);
    observeFromEnvironment(client, {});
    expect(middlewareNames(client)).toBe(before);
  });

  it("logs one line per command when CUNJING_DYNAMO_REQUEST_LOG names a file", async () => {
    const file = join(workDir, "requests.jsonl");
    const client = localClient();
    observeFromEnvironment(client, { CUNJING_DYNAMO_REQUEST_LOG: file });
    await client.send(new ListTablesCommand({ Limit: 1 }));
    await client.send(new ListTablesCommand({ Limit: 1 }));
    expect(
      readFileSync(file, "utf8")
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line)),
    ).toEqual([{ command: "ListTablesCommand" }, { command: "ListTablesCommand" }]);
  });

  it("injects the SDK's own throttling and 5xx exceptions, which count as 'unavailable'", async () => {
    const client = localClient({ maxAttempts: 1 });
    let draw = 0;
    // Every attempt faults; the second draw picks the fault kind in turn.
    const sequence = injectableFaults.flatMap((_, index) => [0, index / injectableFaults.length]);
    injectFaults(client, { rate: 1, random: () => sequence[draw++ % sequence.length]! });
    const seen: Array<{ name: string; status?: number }> = [];
    for (const _ of injectableFaults) {
      const error = await client.send(new ListTablesCommand({})).then(
        () => undefined,
        (failure: { name: string; $metadata?: { httpStatusCode?: number } }) => failure,
      );
      expect(error).toBeDefined();
      expect(isUnavailable(error)).toBe(true);
      seen.push({ name: error!.name, status: error!.$metadata?.httpStatusCode });
    }
    expect(seen).toEqual(injectableFaults.map((fault) => ({ name: fault.type, status: fault.status })));
  });

  it("can be switched off again", async () => {
    const client = localClient({ maxAttempts: 1 });
    const faults = injectFaults(client, { rate: 1 });
    await expect(client.send(new ListTablesCommand({}))).rejects.toBeDefined();
    faults.setRate(0);
    await expect(client.send(new ListTablesCommand({ Limit: 1 }))).resolves.toBeDefined();
  });

  it("loses answers after the table applied the request, so the SDK applies it again", async () => {
    const client = localClient({ maxAttempts: 3 });
    const lost: string[] = [];
    injectFaults(client, { rate: 0, lostRate: 1, onFault: (fault, command) => lost.push(`${fault.type} ${command}`) });
    const key = { pk: { S: "lost-answer" }, sk: { S: "counter" } };
    const add = new UpdateItemCommand({
      TableName: process.env.TABLE_NAME,
      Key: key,
      UpdateExpression: "ADD #n :one",
      ExpressionAttributeNames: { "#n": "n" },
      ExpressionAttributeValues: { ":one": { N: "1" } },
    });
    const error = await client.send(add).then(
      () => undefined,
      (caught: Error) => caught,
    );
    expect(error?.name).toBe("InternalServerError");
    expect(lost).toEqual(Array(3).fill("InternalServerError UpdateItemCommand"));
    // Three attempts reached the table: a write without idempotency counts three times.
    const { Item } = await localClient().send(
      new GetItemCommand({ TableName: process.env.TABLE_NAME, Key: key, ConsistentRead: true }),
    );
    expect(Item?.n).toEqual({ N: "3" });
  });
});

describe("unavailability", () => {
  it("recognises throttling, 5xx and lost connections, also when wrapped", () => {
    expect(isUnavailable(Object.assign(new Error("slow down"), { name: "ThrottlingException" }))).toBe(true);
    expect(isUnavailable(Object.assign(new Error("x"), { $metadata: { httpStatusCode: 503 } }))).toBe(true);
    expect(
      isUnavailable(new Error("wrapped", { cause: Object.assign(new Error("refused"), { code: "ECONNREFUSED" }) })),
    ).toBe(true);
    expect(isUnavailable(new AggregateError([Object.assign(new Error("reset"), { code: "ECONNRESET" })]))).toBe(true);
  });

  it("leaves client errors and visible errors alone", () => {
    const conditional = Object.assign(new Error("no"), {
      name: "ConditionalCheckFailedException",
      $metadata: { httpStatusCode: 400 },
    });
    expect(isUnavailable(conditional)).toBe(false);
    expect(unavailableOr(conditional)).toBe(conditional);
    const conflict = new ConflictError("x.taken", "Taken");
    expect(unavailableOr(conflict)).toBe(conflict);
  });

  it("turns a verb's unavailable storage into a visible 'unavailable' error", async () => {
    const verb = fn({}, z.string(), async () => {
      throw new Error("ElectroDB wrapper", {
        cause: Object.assign(new Error("throttled"), { name: "ProvisionedThroughputExceededException" }),
      });
    });
    const error = await withActor({ type: "system", properties: {} }, () => verb("x")).catch(
      (failure: unknown) => failure,
    );
    expect(error).toBeInstanceOf(UnavailableError);
    expect(error).toMatchObject({ kind: "unavailable", code: "service.unavailable" } satisfies Partial<VisibleError>);
  });
});
