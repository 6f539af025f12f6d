import type { EntityItem } from "electrodb";
import * as z from "zod";
import type { AuditEventEntity } from "./audit.entity";
import { useActor } from "../actor";
import { db } from "../db/service";
import { createId } from "../util/id";
import { auditActions } from "./actions";
import { browseEvents, exportEvents } from "./browse";

export namespace Audit {
  export const actions = auditActions;
  export type Action = (typeof actions)[number];
  export type Event = EntityItem<typeof AuditEventEntity>;

  /** Records an event for the county (platform events under the platform tenant). */
  export async function record(event: {
    countyId: string;
    action: Action;
    subject?: string;
    ip?: string;
    actorId?: string;
    detail?: Record<string, string | number | boolean>;
  }) {
    const actor = useActor();
    const at = new Date().toISOString();
    await db.entities.audit
      .create({
        countyId: event.countyId,
        month: at.slice(0, 7),
        at,
        eventId: createId(),
        action: event.action,
        actorId: event.actorId ?? (actor.type === "user" ? actor.properties.userId : actor.type),
        actorRole: actor.type === "user" ? actor.properties.role : actor.type,
        subject: event.subject,
        ip: event.ip,
        detail: event.detail ?? {},
      })
      .go();
  }

  export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

  /** A county's events of one month, newest first. */
  export async function list(countyId: string, month: string) {
    const { data } = await db.entities.audit.query.byMonth({ countyId, month }).go({ order: "desc", pages: "all" });
    return data;
  }

  export const browse = browseEvents;
  export const exportRows = exportEvents;
}
