import { Duration } from "aws-cdk-lib";
import {
  Alarm,
  ComparisonOperator,
  MathExpression,
  Metric,
  TreatMissingData,
  type IMetric,
} from "aws-cdk-lib/aws-cloudwatch";
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions";
import { Operation } from "aws-cdk-lib/aws-dynamodb";
import type { IFunction } from "aws-cdk-lib/aws-lambda";
import { Topic } from "aws-cdk-lib/aws-sns";
import { EmailSubscription } from "aws-cdk-lib/aws-sns-subscriptions";
import { use, type StackContext } from "sst/constructs";
import { DRIFT_METRIC, METRIC_NAMESPACE, RESUMED_METRIC } from "../packages/functions/src/events/metrics";
import { Api } from "./Api";
import { Database } from "./Database";
import { Events } from "./Events";
import { Web } from "./Web";

/** API 5xx responses, as a percentage of requests over 5 minutes, that raise the alarm. */
export const API_5XX_PERCENT = 5;

/** Operations whose throttles count (everything the functions call; Scan is not among them). */
const TABLE_OPERATIONS = [
  Operation.GET_ITEM,
  Operation.BATCH_GET_ITEM,
  Operation.QUERY,
  Operation.PUT_ITEM,
  Operation.UPDATE_ITEM,
  Operation.DELETE_ITEM,
  Operation.BATCH_WRITE_ITEM,
  Operation.TRANSACT_WRITE_ITEMS,
];

/**
 * Alarms notify one SNS topic per stage. `CUNJING_ALARM_EMAIL` at deploy time subscribes an address
 * (AWS sends a confirmation mail); otherwise subscribe whatever you use (chat webhook, pager) to the
 * `AlarmTopicArn` output.
 */
export function Alarms({ stack }: StackContext) {
  const { table } = use(Database);
  const { api, apiFunction } = use(Api);
  const { site } = use(Web);
  const { alertsDlq, recount, reminders, alerts, alertResume, keysRewrap } = use(Events);

  const topic = new Topic(stack, "AlarmTopic", { displayName: `Cunjing ${stack.stage} alarms` });
  const email = process.env.CUNJING_ALARM_EMAIL?.trim();
  if (email) topic.addSubscription(new EmailSubscription(email));
  const action = new SnsAction(topic);

  const alarm = (id: string, description: string, metric: IMetric, threshold: number, periods = 1) => {
    const created = new Alarm(stack, id, {
      alarmName: `${stack.stage}-cunjing-${id}`,
      alarmDescription: description,
      metric,
      threshold,
      evaluationPeriods: periods,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    created.addAlarmAction(action);
    created.addOkAction(action);
    return created;
  };

  // API: share of 5xx among requests.
  const httpApi = api.cdk.httpApi;
  alarm(
    "api-5xx-rate",
    `More than ${API_5XX_PERCENT}% of API requests answered 5xx over 5 minutes`,
    new MathExpression({
      expression: "IF(requests > 0, 100 * errors / requests, 0)",
      usingMetrics: {
        errors: httpApi.metricServerError({ period: Duration.minutes(5), statistic: "Sum" }),
        requests: httpApi.metricCount({ period: Duration.minutes(5), statistic: "Sum" }),
      },
      label: "API 5xx %",
      period: Duration.minutes(5),
    }),
    API_5XX_PERCENT,
  );

  // Every function of ours: errors and throttles.
  const ssr = site.cdk?.function as IFunction | undefined;
  const functions: Array<[string, IFunction]> = [
    ["api", apiFunction],
    ["recount", recount.jobFunction],
    ["reminders", reminders.jobFunction],
    ["alert-resume", alertResume.jobFunction],
    ["keys-rewrap", keysRewrap.jobFunction],
    ...(alerts.consumerFunction ? ([["alert-delivery", alerts.consumerFunction]] as Array<[string, IFunction]>) : []),
    ...(ssr ? ([["ssr", ssr]] as Array<[string, IFunction]>) : []),
  ];
  for (const [name, fn] of functions) {
    alarm(
      `${name}-errors`,
      `${name} function errors`,
      fn.metricErrors({ period: Duration.minutes(5), statistic: "Sum" }),
      0,
    );
    alarm(
      `${name}-throttles`,
      `${name} function throttles`,
      fn.metricThrottles({ period: Duration.minutes(5), statistic: "Sum" }),
      0,
    );
  }

  // DynamoDB throttled requests (on-demand tables throttle on sudden 2× peaks and hot partitions).
  alarm(
    "table-throttles",
    "DynamoDB requests throttled",
    table.cdk.table.metricThrottledRequestsForOperations({
      operations: TABLE_OPERATIONS,
      period: Duration.minutes(5),
      statistic: "Sum",
    }),
    0,
  );

  // Alert delivery that gave up: anything in the DLQ.
  alarm(
    "alerts-dlq-depth",
    "Alert deliveries in the dead-letter queue",
    alertsDlq.cdk.queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: "Maximum" }),
    0,
  );

  // The daily recount found counters that disagree with the log.
  alarm(
    "counter-drift",
    "Daily recount found counter drift (npm run recount -- --county <slug>)",
    new Metric({
      namespace: METRIC_NAMESPACE,
      metricName: DRIFT_METRIC,
      dimensionsMap: { Stage: stack.stage },
      period: Duration.days(1),
      statistic: "Sum",
    }),
    0,
  );

  // The scheduled recovery found alert deliveries that nothing was going to deliver.
  alarm(
    "alerts-resumed",
    "Scheduled recovery re-queued alert deliveries (a queue send had failed, or deliveries were stuck)",
    new Metric({
      namespace: METRIC_NAMESPACE,
      metricName: RESUMED_METRIC,
      dimensionsMap: { Stage: stack.stage },
      period: Duration.minutes(15),
      statistic: "Sum",
    }),
    0,
  );

  stack.addOutputs({ AlarmTopicArn: topic.topicArn });
  return { topic };
}
