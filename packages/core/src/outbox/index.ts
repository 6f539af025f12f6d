import * as z from "zod";
import { fn } from "../util/fn";
import { db } from "../db/service";
import { Pii } from "../pii/index";
import { createId } from "../util/id";

const retentionSeconds = 30 * 24 * 3600;

export namespace Outbox {
  export type Message = {
    countyId: string;
    channel: "sms" | "email" | "link";
    to: string;
    subject: string;
    body: string;
  };

  /**
   * Queues a message. The recipient and the text (a phone number, a code, an invitation link) are
   * sealed under the county's data key, like every other personal field: a raw read of the table
   * finds neither. In production a consumer delivers it; locally it stays readable through `list`.
   */
  export async function send(message: Message) {
    const messageId = createId();
    const [to, body] = await Promise.all([
      Pii.sealField(message.countyId, messageId, "outbox.to", message.to),
      Pii.sealField(message.countyId, messageId, "outbox.body", message.body),
    ]);
    await db.entities.outbox
      .create({ ...message, to, body, messageId, expiresAt: Math.floor(Date.now() / 1000) + retentionSeconds })
      .go();
    return messageId;
  }

  /** The county's latest messages, opened: for the local development outbox and its tests only. */
  export async function list(countyId: string, limit = 50) {
    const { data } = await db.entities.outbox.query.byCounty({ countyId }).go({ order: "desc", limit });
    return Promise.all(
      data.map(async (item) => ({
        ...item,
        to: await Pii.openField(countyId, item.messageId, "outbox.to", item.to),
        body: await Pii.openField(countyId, item.messageId, "outbox.body", item.body),
      })),
    );
  }

  /**
   * The local inbox: the latest messages of one county, opened, for the platform admin only (they
   * hold residents' phone numbers and codes and staff invitation links).
   */
  export const inbox = fn(
    { platform_admin: "platform" },
    z.object({ countyId: z.string().min(1).max(40) }),
    ({ countyId }) => list(countyId),
  );
}
