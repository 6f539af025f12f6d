import type { TestProject } from "vitest/node";
import { startDynamoDBLocal } from "../dynamodb-local";

/** The production shape needs no Node build of the site: only DynamoDB Local, shared by the files. */
export default async function setup(project: TestProject) {
  const dynamodb = await startDynamoDBLocal({ heapMb: 1024, jit: "full" });
  project.provide("dynamodbEndpoint", dynamodb.endpoint);
  return async () => {
    await dynamodb.stop();
  };
}
