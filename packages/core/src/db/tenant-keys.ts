import { tableDefinition } from "./table";
import { tenantKeyPrefix } from "./tenant-credentials";

type Input = Record<string, unknown>;
type Keyed = { Key?: Input; Item?: Input } | undefined;

const partitionFields: Record<string, string> = Object.fromEntries(
  Object.entries(tableDefinition.globalIndexes).map(([name, index]) => [name, index.partitionKey]),
);

/**
 * The partition keys a DynamoDB request reads or writes, as IAM's `dynamodb:LeadingKeys` sees them:
 * the table's `pk` for item actions, the queried index's partition key for a Query. `undefined` for a
 * request the tenant role does not allow at all (Scan, or one whose keys cannot be read).
 */
export function leadingKeysOf(commandName: string, input: Input): string[] | undefined {
  const pkOf = (keyed: Keyed) => {
    const value = keyed?.Key?.pk ?? keyed?.Item?.pk;
    return typeof value === "string" ? value : undefined;
  };
  const all = (values: Array<string | undefined>) => (values.every(Boolean) ? (values as string[]) : undefined);
  switch (commandName) {
    case "GetCommand":
    case "PutCommand":
    case "UpdateCommand":
    case "DeleteCommand":
      return all([pkOf(input as Keyed)]);
    case "QueryCommand":
      return all([queryPartition(input)]);
    case "TransactWriteCommand":
      return all(
        (input.TransactItems as Array<Record<string, Keyed>>).map((item) =>
          pkOf(item.Put ?? item.Update ?? item.Delete ?? item.ConditionCheck),
        ),
      );
    case "TransactGetCommand":
      return all((input.TransactItems as Array<Record<string, Keyed>>).map((item) => pkOf(item.Get)));
    case "BatchGetCommand":
      return all(
        Object.values(input.RequestItems as Record<string, { Keys: Input[] }>).flatMap((table) =>
          table.Keys.map((Key) => pkOf({ Key })),
        ),
      );
    case "BatchWriteCommand":
      return all(
        Object.values(input.RequestItems as Record<string, Array<Record<string, Keyed>>>).flatMap((requests) =>
          requests.map((request) => pkOf(request.PutRequest ?? request.DeleteRequest)),
        ),
      );
    default:
      return undefined;
  }
}

function queryPartition(input: Input): string | undefined {
  const field = input.IndexName ? partitionFields[input.IndexName as string] : tableDefinition.partitionKey;
  const names = (input.ExpressionAttributeNames ?? {}) as Record<string, string>;
  const values = (input.ExpressionAttributeValues ?? {}) as Record<string, unknown>;
  const condition = String(input.KeyConditionExpression ?? "");
  for (const [alias, name] of Object.entries(names)) {
    if (name !== field) continue;
    const bound = new RegExp(`${alias}\\s*=\\s*(:[\\w]+)`).exec(condition);
    const value = bound ? values[bound[1]!] : undefined;
    if (typeof value === "string") return value;
  }
  return undefined;
}

/** Whether every key is the county's own partition or below it, as the tenant role's condition reads. */
export function withinCounty(countyId: string, keys: string[]): boolean {
  const prefix = tenantKeyPrefix(countyId);
  return keys.every((key) => key === prefix || key.startsWith(`${prefix}#`));
}

/** What DynamoDB answers a request outside the role's condition; local enforcement throws the same. */
export class TenantKeyDeniedError extends Error {
  override readonly name = "AccessDeniedException";
  constructor(
    readonly commandName: string,
    readonly keys: string[] | undefined,
  ) {
    super(`${commandName} outside the county's partition: ${keys ? keys.join(", ") : "(no leading keys)"}`);
  }
}
