import { AsyncLocalStorage } from "node:async_hooks";
import { DynamoDBClient, type DynamoDBClientConfig } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { currentActor } from "../actor";
import { observeFromEnvironment } from "./observe";
import { tenantCredentials } from "./tenant-credentials";
import { leadingKeysOf, TenantKeyDeniedError, withinCounty } from "./tenant-keys";

/**
 * One DynamoDB client per process, configured from the environment: `DYNAMODB_ENDPOINT` points at
 * DynamoDB Local (with throwaway credentials); without it the AWS default chain applies.
 */
const endpoint = process.env.DYNAMODB_ENDPOINT;
const baseConfig: DynamoDBClientConfig = endpoint
  ? {
      endpoint,
      region: process.env.AWS_REGION ?? "ap-east-1",
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
      maxAttempts: 4,
    }
  : { maxAttempts: 4 };
const marshalling = { marshallOptions: { removeUndefinedValues: true } };

export const dynamo = new DynamoDBClient(baseConfig);
// Request counting and fault injection; nothing is added unless their variables are set.
observeFromEnvironment(dynamo);
const ownRole = DynamoDBDocumentClient.from(dynamo, marshalling);

const platformAccess = new AsyncLocalStorage<true>();

/**
 * Runs reads and writes of platform-wide items (sessions, county look-ups, unique claims,
 * invitations, rate limits: partitions that do not start with a county) with the function's own
 * role. Everything else in a request with a county goes through that county's credentials.
 */
export function withPlatformAccess<T>(callback: () => T): T {
  return platformAccess.run(true, callback);
}

/** The county whose credentials a request uses, or `undefined` for the function's own role. */
function requestCounty(): string | undefined {
  if (platformAccess.getStore()) return undefined;
  const countyId = currentActor()?.properties.countyId;
  return countyId && countyId !== "platform" ? countyId : undefined;
}

const tenants = tenantCredentials();
/** `CUNJING_TENANT_KEYS=enforce` applies the tenant role's condition in-process (tests, DynamoDB Local). */
const enforceLocally = process.env.CUNJING_TENANT_KEYS === "enforce";
const countyClients = new Map<string, DynamoDBDocumentClient>();
const maxCountyClients = 64;

function clientFor(countyId: string): DynamoDBDocumentClient {
  const known = countyClients.get(countyId);
  if (known) {
    // Most recently used last: the first entry is the one to drop.
    countyClients.delete(countyId);
    countyClients.set(countyId, known);
    return known;
  }
  const client = new DynamoDBClient({ ...baseConfig, credentials: tenants!.provider(countyId) });
  observeFromEnvironment(client);
  const document = DynamoDBDocumentClient.from(client, marshalling);
  countyClients.set(countyId, document);
  if (countyClients.size > maxCountyClients) {
    const [oldest, dropped] = countyClients.entries().next().value!;
    countyClients.delete(oldest);
    dropped.destroy();
  }
  return document;
}

/**
 * What ElectroDB and core send through: the function's own client, or, inside a request with a
 * county and with tenant credentials configured, that county's client. A facade because the SDK
 * memoises a client's credentials, so one client cannot switch them per request.
 */
export const documentClient: Pick<DynamoDBDocumentClient, "send"> = {
  send: ((command: { constructor: { name: string }; input: object }, options?: unknown) => {
    const countyId = requestCounty();
    if (countyId && enforceLocally) {
      const keys = leadingKeysOf(command.constructor.name, command.input as Record<string, unknown>);
      if (!keys || !withinCounty(countyId, keys)) {
        return Promise.reject(new TenantKeyDeniedError(command.constructor.name, keys));
      }
    }
    const client = countyId && tenants ? clientFor(countyId) : ownRole;
    return (client.send as (command: unknown, options?: unknown) => Promise<unknown>)(command, options);
  }) as DynamoDBDocumentClient["send"],
};

export function tableName(): string {
  const name = process.env.TABLE_NAME;
  if (!name) throw new Error("TABLE_NAME is not set");
  return name;
}
