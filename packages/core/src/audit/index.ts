import * as z from "zod";
import { useActor } from "../actor";
import { db } from "../db/service";
import { createId } from "../util/id";

export namespace Audit {
  export type Action =
    | "auth.signed_in"
    | "auth.sign_in_failed"
    | "auth.signed_out"
    | "auth.password_changed"
    | "user.invited"
    | "user.joined"
    | "user.role_changed"
    | "county.created"
    | "county.suspended"
    | "county.reactivated"
    | "county.settings_changed"
    | "import.applied"
    | "import.rolled_back"
    | "worklog.edited"
    | "worklog.removed"
    | "task.assigned"
    | "task.state_changed"
    | "intake.form_created"
    | "intake.form_status_changed"
    | "intake.revealed"
    | "intake.exported"
    | "alert.state_changed"
    | "alert.redelivered"
    | "alert.rule_changed"
    | "alert.hook_changed"
    | "story.published"
    | "story.unpublished"
    | "brand.published"
    | "brand.unpublished"
    | "excellence.criteria_changed"
    | "excellence.confirmed"
    | "excellence.overridden"
    | "appointment.address_read";

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
}
