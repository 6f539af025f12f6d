import { Alert } from "@cunjing/core/alert/index";

type SqsRecord = { messageId: string; body: string };
type SqsEvent = { Records: SqsRecord[] };

/**
 * The alert queue's consumer (the `Events` stack; locally the in-process worker runs the same
 * `Alert.process`). One delivery attempt per message; a failed attempt sends the message again with
 * its back-off delay, and a dead letter is recorded on the alert. `Alert.process` is safe to repeat,
 * so SQS's at-least-once delivery never creates or counts a second alert. A message that cannot be
 * handled at all is reported as a batch item failure: SQS retries it and moves it to the DLQ after
 * `ALERT_MAX_RECEIVES` receives. Log lines carry ids only, never personal data.
 */
export async function handler(event: SqsEvent) {
  const failures: Array<{ itemIdentifier: string }> = [];
  const queue = Alert.queue();
  for (const record of event.Records) {
    let message: Alert.Message;
    try {
      message = parse(record.body);
    } catch {
      console.error(
        JSON.stringify({ level: "error", message: "alert.malformed_message", messageId: record.messageId }),
      );
      continue; // retrying cannot fix it
    }
    try {
      const outcome = await Alert.process(message, queue);
      console.log(JSON.stringify({ level: "info", message: "alert.processed", alertId: message.alertId, outcome }));
    } catch (error) {
      console.error(
        JSON.stringify({
          level: "error",
          message: "alert.process_failed",
          alertId: message.alertId,
          error: (error as Error).name,
        }),
      );
      failures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures: failures };
}

function parse(body: string): Alert.Message {
  const value = JSON.parse(body) as Partial<Alert.Message>;
  if (
    typeof value.countyId !== "string" ||
    typeof value.alertId !== "string" ||
    !/^[a-z0-9-]{1,40}$/.test(value.alertId)
  ) {
    throw new Error("Not an alert message");
  }
  return { countyId: value.countyId, alertId: value.alertId };
}
