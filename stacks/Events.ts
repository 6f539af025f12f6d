import { Duration } from "aws-cdk-lib";
import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import { QueueEncryption } from "aws-cdk-lib/aws-sqs";
import { Cron, Queue, use, type StackContext } from "sst/constructs";
import { Database } from "./Database";

export const RECOUNT_HANDLER = "packages/functions/src/events/recount.handler";
/** 03:00 in Asia/Shanghai, after the day's counters have settled. */
export const RECOUNT_SCHEDULE = "cron(0 19 * * ? *)";
/** Receives before a message moves to the dead-letter queue. */
export const ALERT_MAX_RECEIVES = 5;

/**
 * Recount reads only: counties (county `all` index), then per county its officers, precincts,
 * villages, work-log entries (per-officer index) and counters, all by Query. No writes, no Scan.
 */
export const RECOUNT_TABLE_ACTIONS = ["dynamodb:Query"] as const;

export function Events({ stack }: StackContext) {
  const { table } = use(Database);

  // Alert delivery (SMS / webhook to health liaisons). No consumer yet: the intake issue adds the
  // handler (packages/functions/src/events/alert-delivery.ts), its `consumer` here, the producer's
  // sqs:SendMessage and the webhook secret binding. Until then the queues exist with their redrive
  // and DLQ alarm so nothing has to move when that lands.
  const alertsDlq = new Queue(stack, "alertsDlq", {
    cdk: { queue: { retentionPeriod: Duration.days(14), encryption: QueueEncryption.SQS_MANAGED, enforceSSL: true } },
  });
  const alerts = new Queue(stack, "alerts", {
    cdk: {
      queue: {
        visibilityTimeout: Duration.seconds(60),
        retentionPeriod: Duration.days(4),
        encryption: QueueEncryption.SQS_MANAGED,
        enforceSSL: true,
        deadLetterQueue: { queue: alertsDlq.cdk.queue, maxReceiveCount: ALERT_MAX_RECEIVES },
      },
    },
  });

  const recount = new Cron(stack, "recount", {
    schedule: RECOUNT_SCHEDULE,
    job: {
      function: {
        handler: RECOUNT_HANDLER,
        // A county's half-year is ~35k entries read page by page; 15 minutes covers a city per run.
        timeout: "15 minutes",
        memorySize: "1024 MB",
        nodejs: { minify: true },
        environment: { TABLE_NAME: table.tableName },
      },
    },
  });
  recount.jobFunction.attachPermissions([
    new PolicyStatement({
      actions: [...RECOUNT_TABLE_ACTIONS],
      resources: [table.tableArn, `${table.tableArn}/index/*`],
    }),
  ]);

  stack.addOutputs({ AlertQueueUrl: alerts.queueUrl, AlertDlqUrl: alertsDlq.queueUrl });
  return { alerts, alertsDlq, recount };
}
