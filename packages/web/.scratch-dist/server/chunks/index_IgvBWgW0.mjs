import * as z from 'zod';
import { k as useActor, d as db, c as createId } from './id_CvCQQS6k.mjs';

var Audit;
((Audit2) => {
  async function record(event) {
    const actor = useActor();
    const at = (/* @__PURE__ */ new Date()).toISOString();
    await db.entities.audit.create({
      countyId: event.countyId,
      month: at.slice(0, 7),
      at,
      eventId: createId(),
      action: event.action,
      actorId: event.actorId ?? (actor.type === "user" ? actor.properties.userId : actor.type),
      actorRole: actor.type === "user" ? actor.properties.role : actor.type,
      subject: event.subject,
      ip: event.ip,
      detail: event.detail ?? {}
    }).go();
  }
  Audit2.record = record;
  Audit2.monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
  async function list(countyId, month) {
    const {
      data
    } = await db.entities.audit.query.byMonth({
      countyId,
      month
    }).go({
      order: "desc",
      pages: "all"
    });
    return data;
  }
  Audit2.list = list;
})(Audit || (Audit = {}));

export { Audit as A };
