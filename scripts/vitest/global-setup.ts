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
  // Test files run two at a time, each with its own table (dropped when the file ends); a 256 MB heap
  // spent most of its time collecting garbage once the bulk tests had written their thousands of items.
  const dynamodb = await startDynamoDBLocal({ heapMb: 1024, jit: "full" });
  project.provide("dynamodbEndpoint", dynamodb.endpoint);
  return async () => {
    await dynamodb.stop();
  };
}
