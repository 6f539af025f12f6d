/**
 * The one table definition. Local table creation (scripts/) and the `Database` stack both read it,
 * so the key schema, indexes, TTL and stream cannot drift apart.
 */
export const tableDefinition = {
  partitionKey: "pk",
  sortKey: "sk",
  globalIndexes: {
    gsi1: { partitionKey: "gsi1pk", sortKey: "gsi1sk" },
    gsi2: { partitionKey: "gsi2pk", sortKey: "gsi2sk" },
  },
  timeToLiveAttribute: "expiresAt",
  stream: "NEW_AND_OLD_IMAGES",
} as const;

export type IndexName = keyof typeof tableDefinition.globalIndexes;

/** Every key attribute, all strings. */
export const keyAttributes = [
  tableDefinition.partitionKey,
  tableDefinition.sortKey,
  ...Object.values(tableDefinition.globalIndexes).flatMap((index) => [index.partitionKey, index.sortKey]),
] as const;

/** The `CreateTableCommand` input for DynamoDB Local (on-demand, like production). */
export function createTableInput(tableName: string) {
  return {
    TableName: tableName,
    BillingMode: "PAY_PER_REQUEST" as const,
    AttributeDefinitions: keyAttributes.map((name) => ({ AttributeName: name, AttributeType: "S" as const })),
    KeySchema: [
      { AttributeName: tableDefinition.partitionKey, KeyType: "HASH" as const },
      { AttributeName: tableDefinition.sortKey, KeyType: "RANGE" as const },
    ],
    GlobalSecondaryIndexes: Object.entries(tableDefinition.globalIndexes).map(([name, index]) => ({
      IndexName: name,
      KeySchema: [
        { AttributeName: index.partitionKey, KeyType: "HASH" as const },
        { AttributeName: index.sortKey, KeyType: "RANGE" as const },
      ],
      Projection: { ProjectionType: "ALL" as const },
    })),
    StreamSpecification: { StreamEnabled: true, StreamViewType: tableDefinition.stream },
  };
}

/** The `fields` / index props of SST v2's `Table` construct. */
export function sstTableProps() {
  const fields = Object.fromEntries(keyAttributes.map((name) => [name, "string" as const]));
  const globalIndexes = Object.fromEntries(
    Object.entries(tableDefinition.globalIndexes).map(([name, index]) => [
      name,
      { partitionKey: index.partitionKey, sortKey: index.sortKey, projection: "all" as const },
    ]),
  );
  return {
    fields,
    primaryIndex: { partitionKey: tableDefinition.partitionKey, sortKey: tableDefinition.sortKey },
    globalIndexes,
    timeToLiveAttribute: tableDefinition.timeToLiveAttribute,
    stream: "new_and_old_images" as const,
  };
}
