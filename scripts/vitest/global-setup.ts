import type { TestProject } from "vitest/node";
import { startDynamoDBLocal } from "../dynamodb-local";
import { buildWebIfStale } from "../web-build";

declare module "vitest" {
  export interface ProvidedContext {
    dynamodbEndpoint: string;
  }
}

/** One in-memory DynamoDB Local for the whole run; each test file makes its own table on it. */
export default async function setup(project: TestProject) {
  // Once per run, before any test file starts a server: parallel builds would clobber each other.
  buildWebIfStale();
  const dynamodb = await startDynamoDBLocal({});
  project.provide("dynamodbEndpoint", dynamodb.endpoint);
  return async () => {
    await dynamodb.stop();
  };
}
