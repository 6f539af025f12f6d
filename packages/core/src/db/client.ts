import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { observeFromEnvironment } from "./observe";

/**
 * One DynamoDB client per process, configured from the environment: `DYNAMODB_ENDPOINT` points at
 * DynamoDB Local (with throwaway credentials); without it the AWS default chain applies.
 */
const endpoint = process.env.DYNAMODB_ENDPOINT;

export const dynamo = new DynamoDBClient(
  endpoint
    ? {
        endpoint,
        region: process.env.AWS_REGION ?? "ap-east-1",
        credentials: { accessKeyId: "local", secretAccessKey: "local" },
        maxAttempts: 4,
      }
    : { maxAttempts: 4 },
);
// Request counting and fault injection; nothing is added unless their variables are set.
observeFromEnvironment(dynamo);

export const documentClient = DynamoDBDocumentClient.from(dynamo, {
  marshallOptions: { removeUndefinedValues: true },
});

export function tableName(): string {
  const name = process.env.TABLE_NAME;
  if (!name) throw new Error("TABLE_NAME is not set");
  return name;
}
