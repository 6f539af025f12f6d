import { db } from "../db/service";
import { createId } from "../util/id";

const retentionSeconds = 30 * 24 * 3600;

export namespace Outbox {
  /** Queues a message. In production a consumer delivers it; locally it stays readable. */
  export async function send(message: {
    countyId: string;
    channel: "sms" | "email" | "link";
    to: string;
    subject: string;
    body: string;
  }) {
    const messageId = createId();
    await db.entities.outbox
      .create({ ...message, messageId, expiresAt: Math.floor(Date.now() / 1000) + retentionSeconds })
      .go();
    return messageId;
  }

  export async function list(countyId: string, limit = 50) {
    const { data } = await db.entities.outbox.query.byCounty({ countyId }).go({ order: "desc", limit });
    return data;
  }
}
