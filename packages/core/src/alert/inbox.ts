import * as z from "zod";
import type { Access } from "../access";
import { useCounty } from "../actor";
import { Audit } from "../audit/index";
import { db } from "../db/service";
import { loadRegions, Regions } from "../intake/regions";
import { ConflictError, InputError, NotFoundError } from "../util/errors";
import { fn } from "../util/fn";
import { id } from "../util/schemas";
import { deliveryStates, inboxStates } from "./alert.entity";
import { alertQueue } from "./queue";
import { processAlert } from "./deliver";
import { actorId } from "./rules";

/** The liaison's steps: each state may only move to the next. */
const next: Record<(typeof inboxStates)[number], (typeof inboxStates)[number] | undefined> = {
  new: "acknowledged",
  acknowledged: "screened",
  screened: "closed",
  closed: undefined,
};

/** The health liaison works the county's alerts; the county admin watches them and their deliveries. */
const watchers: Access = { health_liaison: "alerts", county_admin: "county" };
/** Only the liaison moves an alert through the inbox. */
const liaison: Access = { health_liaison: "alerts" };
/** Only the county admin sends a dead letter again. */
const admin: Access = { county_admin: "county" };

const listSchema = z.object({
  inbox: z.enum(inboxStates).default("new"),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

function view<T extends { originCode: string; regionCode: string }>(alert: T) {
  return { ...alert, origin: Regions.label(alert.originCode), riskRegion: Regions.label(alert.regionCode) };
}

/** The county's alerts in one inbox state, newest first (health liaison, county admin). */
export const inbox = fn(
  watchers,
  listSchema,
  async ({ inbox: state, limit }) => {
    const { data } = await db.entities.alert.query
      .byInbox({ countyId: useCounty(), inbox: state })
      .go({ order: "desc", limit });
    return data.map(view);
  },
  { before: loadRegions },
);

/** Deliveries in one state, newest first; the county admin watches `dead` (the dead letters). */
export const byDelivery = fn(
  watchers,
  z.object({
    delivery: z.enum(deliveryStates).default("dead"),
    limit: z.coerce.number().int().min(1).max(100).default(50),
  }),
  async ({ delivery, limit }) => {
    const { data } = await db.entities.alert.query
      .byDelivery({ countyId: useCounty(), delivery })
      .go({ order: "desc", limit });
    return data.map(view);
  },
);

export const get = fn(
  watchers,
  z.object({ alertId: id }),
  async ({ alertId }) => {
    const { data } = await db.entities.alert.get({ countyId: useCounty(), alertId }).go();
    if (!data) throw new NotFoundError("alert.not_found", "No such alert");
    return view(data);
  },
  { before: loadRegions },
);

/** Acknowledge, mark screened, close: one step forward, with an optional note. */
export const advance = fn(
  liaison,
  z.object({
    alertId: id,
    to: z.enum(["acknowledged", "screened", "closed"]),
    note: z.string().trim().max(500, "Use at most 500 characters").optional(),
  }),
  async ({ alertId, to, note }) => {
    const countyId = useCounty();
    const { data } = await db.entities.alert.get({ countyId, alertId }).go({ consistent: true });
    if (!data) throw new NotFoundError("alert.not_found", "No such alert");
    if (next[data.inbox] !== to) {
      throw new InputError("alert.invalid_step", `An alert that is ${data.inbox} cannot become ${to}`, {
        to: ["Not the next step"],
      });
    }
    const by = actorId();
    await db.entities.alert
      .patch({ countyId, alertId })
      .set({ inbox: to, raisedAt: data.raisedAt, history: [...data.history, { state: to, at: Date.now(), by, note }] })
      .where((a, op) => op.eq(a.inbox, data.inbox))
      .go()
      .catch((error: { cause?: { name?: string } }) => {
        if (error.cause?.name === "ConditionalCheckFailedException") {
          throw new ConflictError("alert.changed", "Someone else changed this alert: reload it");
        }
        throw error;
      });
    await Audit.record({ countyId, action: "alert.state_changed", subject: alertId, detail: { from: data.inbox, to } });
    return { inbox: to };
  },
);

/** A dead letter sent again from the start (county admin), e.g. after the webhook was fixed. */
export const redeliver = fn(
  admin,
  z.object({ alertId: id }),
  async ({ alertId }) => {
    const countyId = useCounty();
    const { data } = await db.entities.alert.get({ countyId, alertId }).go({ consistent: true });
    if (!data) throw new NotFoundError("alert.not_found", "No such alert");
    if (data.delivery !== "dead" && data.delivery !== "inbox_only") {
      throw new ConflictError("alert.not_dead", "Only a dead letter can be sent again");
    }
    const result = await db.transaction
      .write(({ alert, intakeCounter }) => [
        alert
          .patch({ countyId, alertId })
          .set({ delivery: "pending", raisedAt: data.raisedAt, attempts: 0, nextAttemptAt: Date.now() })
          .where((a, op) => op.eq(a.delivery, data.delivery))
          .commit(),
        ...(data.delivery === "dead"
          ? [
              intakeCounter
                .update({ countyId, board: "intake", day: data.day, place: data.villageId })
                .add({ deadLettered: -1 })
                .commit(),
            ]
          : []),
      ])
      .go();
    if (result.canceled) throw new ConflictError("alert.changed", "Someone else changed this alert: reload it");
    await Audit.record({ countyId, action: "alert.redelivered", subject: alertId });
    await alertQueue(async () => processAlert).send({ countyId, alertId });
    return { delivery: "pending" as const };
  },
  { before: loadRegions },
);
