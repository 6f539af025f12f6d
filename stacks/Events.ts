import { Duration } from "aws-cdk-lib";
import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import { QueueEncryption } from "aws-cdk-lib/aws-sqs";
import { Cron, Queue, use, type StackContext } from "sst/constructs";
import { Database, tableItemAccess } from "./Database";
import { Keys, piiKeyUse } from "./Keys";
import { SECRET_LOADER_BANNER, Secrets } from "./Secrets";

export const RECOUNT_HANDLER = "packages/functions/src/events/recount.handler";
export const ALERT_HANDLER = "packages/functions/src/events/alert-delivery.handler";
export const REMINDERS_HANDLER = "packages/functions/src/events/reminders.handler";
export const ALERT_RESUME_HANDLER = "packages/functions/src/events/alert-resume.handler";
/** Every 15 minutes: an alert whose queue send failed waits at most that long for its delivery. */
export const ALERT_RESUME_SCHEDULE = "rate(15 minutes)";
/** Hourly: a confirmed appointment's day-before SMS goes out within the hour it becomes due. */
export const REMINDERS_SCHEDULE = "cron(0 * * * ? *)";
/** What a producer of alert messages may do on the queue: send (new alerts, and delayed retries). */
export const ALERT_QUEUE_SEND = ["sqs:SendMessage"] as const;
/** 03:00 in Asia/Shanghai, after the day's counters have settled. */
export const RECOUNT_SCHEDULE = "cron(0 19 * * ? *)";
export const KEYS_REWRAP_HANDLER = "packages/functions/src/events/keys-rewrap.handler";
/** Every 5 minutes: a rotated data key's re-wrap moves on within minutes and finishes by itself. */
export const KEYS_REWRAP_SCHEDULE = "rate(5 minutes)";
/** Receives before a message moves to the dead-letter queue. */
export const ALERT_MAX_RECEIVES = 5;

/**
 * Recount reads only: counties (county `all` index), then per county its officers, precincts,
 * villages, work-log entries (per-officer index) and counters, all by Query. No writes, no Scan.
 */
export const RECOUNT_TABLE_ACTIONS = ["dynamodb:Query"] as const;

export function Events({ stack }: StackContext) {
  const { table } = use(Database);
  const { webhookSigningKey, phoneHashSecret } = use(Secrets);
  const { piiKey } = use(Keys);

  // Alert delivery to the health department's webhook. Producers (API: resend a dead letter; SSR:
  // registrations) send {countyId, alertId}; the consumer makes one attempt per message and sends
  // the message again with its back-off delay after a failure (sqs:SendMessage on this queue).
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

  alerts.addConsumer(stack, {
    function: {
      handler: ALERT_HANDLER,
      runtime: "nodejs22.x",
      architecture: "arm_64",
      memorySize: "512 MB",
      // Under the queue's 60 s visibility timeout; a webhook attempt times out after 10 s.
      timeout: "30 seconds",
      nodejs: { minify: true, banner: SECRET_LOADER_BANNER },
      environment: { TABLE_NAME: table.tableName, ALERT_QUEUE_URL: alerts.queueUrl },
      bind: [tableItemAccess(table), webhookSigningKey],
    },
    cdk: { eventSource: { batchSize: 10, reportBatchItemFailures: true } },
  });
  alerts.attachPermissions([alertQueueSend(alerts.queueArn)]);

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

  // Day-before appointment reminders: reads counties and the day's appointments, marks each reminded
  // and writes the SMS to the outbox; the phone is opened with the county's data key (the PII key), or,
  // for a booking sealed before that, with the key derived from the bound secret.
  const reminders = new Cron(stack, "reminders", {
    schedule: REMINDERS_SCHEDULE,
    job: {
      function: {
        handler: REMINDERS_HANDLER,
        runtime: "nodejs22.x",
        architecture: "arm_64",
        timeout: "5 minutes",
        memorySize: "512 MB",
        nodejs: { minify: true, banner: SECRET_LOADER_BANNER },
        environment: { TABLE_NAME: table.tableName, PII_KEY_ARN: piiKey.keyArn },
        bind: [tableItemAccess(table), phoneHashSecret],
      },
    },
  });
  reminders.jobFunction.attachPermissions([piiKeyUse(piiKey.keyArn)]);

  // Scheduled recovery: deliveries left pending (queue send failed after the registration committed).
  const alertResume = new Cron(stack, "alertResume", {
    schedule: ALERT_RESUME_SCHEDULE,
    job: {
      function: {
        handler: ALERT_RESUME_HANDLER,
        runtime: "nodejs22.x",
        architecture: "arm_64",
        timeout: "2 minutes",
        memorySize: "512 MB",
        nodejs: { minify: true },
        environment: { TABLE_NAME: table.tableName, ALERT_QUEUE_URL: alerts.queueUrl },
        bind: [tableItemAccess(table)],
      },
    },
  });
  alertResume.jobFunction.attachPermissions([alertQueueSend(alerts.queueArn)]);

  // Key rotation's re-wrap: opens each sealed value under the old data key and seals it under the new
  // one (KMS data keys under the PII key), resuming from the progress saved on the county's key ring.
  const keysRewrap = new Cron(stack, "keysRewrap", {
    schedule: KEYS_REWRAP_SCHEDULE,
    job: {
      function: {
        handler: KEYS_REWRAP_HANDLER,
        runtime: "nodejs22.x",
        architecture: "arm_64",
        // Under the 5-minute period: a run ends (its budget is the time left less 20 s) before the next.
        timeout: "4 minutes",
        memorySize: "512 MB",
        nodejs: { minify: true },
        environment: { TABLE_NAME: table.tableName, PII_KEY_ARN: piiKey.keyArn },
        bind: [tableItemAccess(table)],
      },
    },
  });
  keysRewrap.jobFunction.attachPermissions([piiKeyUse(piiKey.keyArn)]);

  stack.addOutputs({ AlertQueueUrl: alerts.queueUrl, AlertDlqUrl: alertsDlq.queueUrl });
  return { alerts, alertsDlq, recount, reminders, alertResume, keysRewrap };
}

/** Lets a function put alert messages on the queue, and nothing else on it. */
export function alertQueueSend(queueArn: string): PolicyStatement {
  return new PolicyStatement({ actions: [...ALERT_QUEUE_SEND], resources: [queueArn] });
}
