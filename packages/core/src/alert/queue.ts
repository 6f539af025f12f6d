/**
 * Where alert deliveries wait: the `Events` stack's SQS queue in production (`ALERT_QUEUE_URL`,
 * consumed by `packages/functions/src/events/alert-delivery.ts`), an in-process worker otherwise.
 * Both run the same `processAlert`; a retry is the same message sent again with a delay.
 */
export type AlertMessage = { countyId: string; alertId: string };

export interface AlertQueue {
  send(message: AlertMessage, delayMs?: number): Promise<void>;
}

/** SQS caps a message's delay at 15 minutes. */
export const maxQueueDelayMs = 15 * 60_000;

function sqsQueue(url: string): AlertQueue {
  const client = import("@aws-sdk/client-sqs").then((sqs) => ({ sqs, client: new sqs.SQSClient({}) }));
  return {
    async send(message, delayMs = 0) {
      const { sqs, client: sqsClient } = await client;
      await sqsClient.send(
        new sqs.SendMessageCommand({
          QueueUrl: url,
          MessageBody: JSON.stringify(message),
          DelaySeconds: Math.min(900, Math.max(0, Math.ceil(delayMs / 1000))),
        }),
      );
    },
  };
}

type Processor = (message: AlertMessage, queue: AlertQueue) => Promise<unknown>;

/**
 * The local worker: timers in this process. A job that throws is tried again after a second (the
 * role SQS's visibility timeout plays); `idle()` resolves once nothing is waiting or running.
 */
export class LocalAlertWorker implements AlertQueue {
  private waiting = 0;
  private running = 0;
  private idlers: Array<() => void> = [];
  /** Jobs processed in parallel at most. */
  private readonly concurrency = 8;
  private ready: Array<() => void> = [];

  constructor(private readonly processor: () => Promise<Processor>) {}

  async send(message: AlertMessage, delayMs = 0) {
    this.waiting++;
    const timer = setTimeout(() => void this.run(message), Math.max(0, delayMs));
    timer.unref?.();
  }

  private async run(message: AlertMessage, failures = 0) {
    while (this.running >= this.concurrency) await new Promise<void>((resolve) => this.ready.push(resolve));
    this.running++;
    try {
      await (
        await this.processor()
      )(message, this);
    } catch (error) {
      console.error(
        JSON.stringify({
          level: "error",
          message: "alert.process_failed",
          alertId: message.alertId,
          error: (error as Error).name,
        }),
      );
      if (failures < 5) {
        this.waiting++;
        setTimeout(() => void this.run(message, failures + 1), 1000 * 2 ** failures).unref?.();
      }
    } finally {
      this.running--;
      this.waiting--;
      this.ready.shift()?.();
      if (this.waiting === 0 && this.running === 0) this.idlers.splice(0).forEach((resolve) => resolve());
    }
  }

  idle(): Promise<void> {
    if (this.waiting === 0 && this.running === 0) return Promise.resolve();
    return new Promise((resolve) => this.idlers.push(resolve));
  }
}

let queue: AlertQueue | undefined;

export function alertQueue(processor: () => Promise<Processor>): AlertQueue {
  if (queue) return queue;
  const url = process.env.ALERT_QUEUE_URL;
  queue = url ? sqsQueue(url) : new LocalAlertWorker(processor);
  return queue;
}
