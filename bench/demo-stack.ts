import { startDynamoDBLocal, type DynamoDBLocal } from "../scripts/dynamodb-local";
import { ensureTable, localClient } from "../scripts/table";

export interface DemoStack {
  endpoint: string;
  tableName: string;
  stop(): Promise<void>;
}

/** An in-memory DynamoDB Local with a fresh table holding the demo seed. Binds this process's core to it. */
export async function startDemoStack(): Promise<DemoStack> {
  const dynamodb: DynamoDBLocal = await startDynamoDBLocal({});
  try {
    const tableName = `bench-${Date.now()}`;
    const client = localClient(dynamodb.endpoint);
    await ensureTable(client, tableName);
    client.destroy();
    // Core reads these when it is first imported, so import the seed only now.
    process.env.DYNAMODB_ENDPOINT = dynamodb.endpoint;
    process.env.TABLE_NAME = tableName;
    const { seedDemo } = await import("../scripts/seed/index");
    await seedDemo();
    return { endpoint: dynamodb.endpoint, tableName, stop: () => dynamodb.stop() };
  } catch (error) {
    await dynamodb.stop();
    throw error;
  }
}
