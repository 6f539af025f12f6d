import { Duration } from "aws-cdk-lib";
import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import { Key } from "aws-cdk-lib/aws-kms";
import type { StackContext } from "sst/constructs";

/** The only key operations a function gets: envelope encryption of PII fields (DESIGN §2). */
export const PII_KEY_ACTIONS = ["kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey"] as const;

export function Keys({ stack }: StackContext) {
  const piiKey = new Key(stack, "PiiKey", {
    description: `Cunjing ${stack.stage}: envelope key for PII fields (ID numbers, phones, names)`,
    alias: `alias/${stack.stage}-cunjing-pii`,
    enableKeyRotation: true,
    rotationPeriod: Duration.days(365),
    // Scheduled deletion when a non-prod stage is removed; prod retains it (app removal policy).
    pendingWindow: Duration.days(30),
  });

  stack.addOutputs({ PiiKeyArn: piiKey.keyArn });
  return { piiKey };
}

/** The statement that lets a function use the PII key, and nothing else on it. */
export function piiKeyUse(keyArn: string): PolicyStatement {
  return new PolicyStatement({ actions: [...PII_KEY_ACTIONS], resources: [keyArn] });
}
