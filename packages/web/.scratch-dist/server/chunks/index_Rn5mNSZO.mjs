import { c as createId, d as db } from './id_CvCQQS6k.mjs';

const retentionSeconds = 30 * 24 * 3600;
var Outbox;
((Outbox2) => {
  async function send(message) {
    const messageId = createId();
    await db.entities.outbox.create({
      ...message,
      messageId,
      expiresAt: Math.floor(Date.now() / 1e3) + retentionSeconds
    }).go();
    return messageId;
  }
  Outbox2.send = send;
  async function list(countyId, limit = 50) {
    const {
      data
    } = await db.entities.outbox.query.byCounty({
      countyId
    }).go({
      order: "desc",
      limit
    });
    return data;
  }
  Outbox2.list = list;
})(Outbox || (Outbox = {}));

export { Outbox as O };
