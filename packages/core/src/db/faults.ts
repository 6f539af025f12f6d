import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";

/**
 * Answers the DynamoDB errors a busy or failing table gives, at a set rate, instead of sending the
 * request. Added below the SDK's retry middleware, so injected faults are retried exactly like real
 * ones. A faulted request never reaches the table: the fault stands for "not applied".
 * Off unless `CUNJING_FAULT_RATE` is set (see `observe.ts`); tests may call it directly.
 */
export const injectableFaults = [
  {
    status: 400,
    type: "ProvisionedThroughputExceededException",
    message: "The level of configured provisioned throughput for the table was exceeded.",
  },
  { status: 400, type: "ThrottlingException", message: "Rate of requests exceeds the allowed throughput." },
  { status: 500, type: "InternalServerError", message: "Internal server error" },
  { status: 503, type: "ServiceUnavailable", message: "Service unavailable" },
] as const;

export type FaultOptions = {
  /** Share of requests (each attempt counts) answered with a fault, 0 to 1. */
  rate: number;
  /** Share of requests (each attempt counts) applied by the table whose answer is lost, 0 to 1. */
  lostRate?: number;
  /** Replaceable for reproducible runs. */
  random?: () => number;
  /** Told about every injected fault. */
  onFault?: (fault: (typeof injectableFaults)[number], commandName: string) => void;
};

export interface FaultInjection {
  /** Changes the rate from the next attempt on; 0 switches faults off. */
  setRate(rate: number): void;
  /** Changes the lost-answer rate from the next attempt on; 0 switches it off. */
  setLostRate(rate: number): void;
}

const lostAnswer = { status: 500, type: "InternalServerError", message: "Internal server error" } as const;

export function injectFaults(
  client: DynamoDBClient,
  { rate, lostRate = 0, random = Math.random, onFault }: FaultOptions,
): FaultInjection {
  let currentRate = rate;
  let currentLostRate = lostRate;
  const encoder = new TextEncoder();
  const answer = (fault: { status: number; type: string; message: string }) => ({
    response: {
      statusCode: fault.status,
      reason: fault.type,
      headers: { "content-type": "application/x-amz-json-1.0", "x-amzn-requestid": "injected-fault" },
      body: encoder.encode(
        JSON.stringify({ __type: `com.amazonaws.dynamodb.v20120810#${fault.type}`, message: fault.message }),
      ),
    },
    output: undefined as never,
  });
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (currentRate > 0 && random() < currentRate) {
        const fault = injectableFaults[Math.floor(random() * injectableFaults.length)] ?? injectableFaults[0];
        onFault?.(fault, context.commandName ?? "unknown");
        return answer(fault);
      }
      if (currentLostRate > 0 && random() < currentLostRate) {
        await next(args);
        onFault?.(lostAnswer, context.commandName ?? "unknown");
        return answer(lostAnswer);
      }
      return next(args);
    },
    // "low" in the deserialize step: between the deserializer (which turns the answer into the
    // SDK's own exception) and the HTTP handler.
    { step: "deserialize", priority: "low", name: "cunjingFaultInjection" },
  );
  return {
    setRate: (next) => void (currentRate = next),
    setLostRate: (next) => void (currentLostRate = next),
  };
}
