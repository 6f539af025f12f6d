import type { TestProject } from "vitest/node";
import { startDynamoDBLocal } from "../dynamodb-local";

declare module "vitest" {
  export interface ProvidedContext {
    dynamodbEndpoint: string;
  }
}

/** One in-memory DynamoDB Local for the whole run; each test file makes its own table on it. */
export default async function setup(project: TestProject) {
  const dynamodb = await startDynamoDBLocal({});
  project.provide("dynamodbEndpoint", dynamodb.endpoint);
  return async () => {
    await dynamodb.stop();
  };
}
