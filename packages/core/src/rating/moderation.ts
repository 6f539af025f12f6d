import type { EntityItem } from "electrodb";
import * as z from "zod";
import { assertReaches, useScope, type Access } from "../access";
import { useActor, useCounty } from "../actor";
import { Counter } from "../counter/index";
import { db } from "../db/service";
import { assertCommitted } from "../db/transaction";
import { ConflictError, ForbiddenError, InputError, NotFoundError } from "../util/errors";
import { fn } from "../util/fn";
import { complaintStates, type RatingEntity } from "./rating.entity";
import { flagsOf } from "./flags";

type Info = EntityItem<typeof RatingEntity>;

const reference = z
  .string()
  .trim()
  .max(40)
  .transform((value) => value.toUpperCase().replace(/[\s-]/g, ""))
  .pipe(z.string().regex(/^[2-9A-HJ-NP-Z]{10}$/, "Not a valid reference code"));
const note = (max: number) => z.string().trim().min(1, "Required").max(max, `Use at most ${max} characters`);

/** Precinct supervisors moderate their precinct's praise and complaints. */
const moderators: Access = { precinct_supervisor: "precinct" };
/** Officers read and answer their own feedback. */
const praised: Access = { officer: "own" };
/** Residents holding a complaint's reference code, on the public portal. */
const residents: Access = { public: true };

/** The moderating supervisor's precinct and user (the system actor moderates no queue). */
function supervisor() {
  const actor = useActor();
  const precinctId = useScope() === "precinct" && actor.type === "user" ? actor.properties.precinctId : undefined;
  if (actor.type !== "user" || !precinctId)
    throw new ForbiddenError("rating.supervisors_only", "Only the precinct supervisor moderates feedback");
  return { precinctId, userId: actor.properties.userId };
}

/** The officer reading their own feedback. */
function officer() {
  const actor = useActor();
  const officerId = useScope() === "own" && actor.type === "user" ? actor.properties.officerId : undefined;
  if (!officerId) throw new ForbiddenError("rating.officers_only", "Only officers see their feedback");
  return { officerId };
}

const ratingNotFound = () => new NotFoundError("rating.not_found", "No such rating");

/** A rating the caller's scope reaches (others are "not found", whatever county they are in). */
async function reachable(ratingId: string): Promise<Info> {
  const { data } = await db.entities.rating.get({ countyId: useCounty(), ratingId }).go({ consistent: true });
  if (!data) throw ratingNotFound();
  assertReaches(data, ratingNotFound);
  return data;
}

/** The precinct's waiting praise or complaints, oldest first, and how many wait. */
export const queue = fn(
  moderators,
  z.object({ queue: z.enum(["praise", "complaint"]).default("praise") }),
  async (input) => {
    const { precinctId } = supervisor();
    const { data } = await db.entities.rating.query
      .byPrecinctQueue({ countyId: useCounty(), precinctId, queue: input.queue })
      .go({ pages: "all" });
    const open = input.queue === "complaint" ? data.filter((item) => item.complaintState !== "resolved") : data;
    return { size: open.length, items: open };
  },
);

/** Queue sizes for the dashboard: praise to moderate and open complaints. */
export const queueSizes = fn(moderators, z.void(), async () => {
  const [praise, complaint] = await Promise.all([queue({ queue: "praise" }), queue({ queue: "complaint" })]);
  return { praise: praise.size, complaint: complaint.size };
});

/**
 * Approves praise (optionally with personal data edited out) and publishes it on the officer's
 * page in the same transaction, or rejects it with a reason. Nothing is public before this.
 */
export const moderate = fn(
  moderators,
  z.discriminatedUnion("decision", [
    z.object({ ratingId: reference, decision: z.literal("approve"), text: note(500).optional() }),
    z.object({ ratingId: reference, decision: z.literal("reject"), reason: note(200) }),
  ]),
  async (input) => {
    const { userId } = supervisor();
    const countyId = useCounty();
    const item = await reachable(input.ratingId);
    if (item.praiseState !== "pending" || !item.text)
      throw new ConflictError("rating.not_pending", "This praise has already been moderated");
    const pending = (a: { praiseState: unknown }, op: { eq: (a: unknown, v: string) => string }) =>
      op.eq(a.praiseState, "pending");
    if (input.decision === "reject") {
      const result = await db.transaction
        .write(({ rating }) => [
          rating
            .patch({ countyId, ratingId: item.ratingId })
            .set({
              praiseState: "rejected",
              rejectReason: input.reason,
              queue: "done",
              submittedAt: item.submittedAt,
              moderatedBy: userId,
            })
            .where(pending as never)
            .commit(),
        ])
        .go();
      assertCommitted(result, () => new ConflictError("rating.not_pending", "This praise has already been moderated"));
      return { ratingId: item.ratingId, praiseState: "rejected" as const };
    }
    const text = input.text ?? item.text;
    const result = await db.transaction
      .write(({ rating, ratingPraise }) => [
        rating
          .patch({ countyId, ratingId: item.ratingId })
          .set({
            praiseState: "approved",
            text,
            flags: flagsOf(text),
            queue: "done",
            submittedAt: item.submittedAt,
            moderatedBy: userId,
          })
          .where(pending as never)
          .commit(),
        ratingPraise
          .create({
            countyId,
            scope: Counter.scope.officer(item.officerId),
            ratingId: item.ratingId,
            text,
            signedAs: item.signedAs,
            overall: item.overall,
            verified: item.verified,
            publishedAt: Date.now(),
          })
          .commit(),
      ])
      .go();
    assertCommitted(result, () => new ConflictError("rating.not_pending", "This praise has already been moderated"));
    return { ratingId: item.ratingId, praiseState: "approved" as const };
  },
);

/** The supervisor moves a complaint on, with a note the resident never sees. */
export const handleComplaint = fn(
  moderators,
  z.object({ ratingId: reference, state: z.enum(complaintStates), note: note(500).optional() }),
  async (input) => {
    const { userId } = supervisor();
    const item = await reachable(input.ratingId);
    if (!item.complaint) throw new NotFoundError("rating.not_found", "No such complaint");
    await db.entities.rating
      .patch({ countyId: useCounty(), ratingId: item.ratingId })
      .set({
        complaintState: input.state,
        complaintNote: input.note ?? item.complaintNote,
        moderatedBy: userId,
        queue: "complaint",
        submittedAt: item.submittedAt,
      })
      .go();
    return { ratingId: item.ratingId, state: input.state };
  },
);

/** What a resident sees with a complaint's reference code: its state and dates, nothing else. */
export const complaintStatus = fn(residents, z.object({ reference }), async (input) => {
  const { data } = await db.entities.rating.get({ countyId: useCounty(), ratingId: input.reference }).go();
  if (!data || !data.complaint)
    throw new NotFoundError("rating.complaint_not_found", "No complaint has this reference code");
  return {
    reference: data.ratingId,
    state: data.complaintState ?? "open",
    submittedAt: data.submittedAt,
    updatedAt: data.updatedAt,
  };
});

/** An officer's feedback: published praise (with their replies) and figures; complaints stay with the supervisor. */
export const mine = fn(praised, z.void(), async () => {
  const { officerId } = officer();
  const { data } = await db.entities.rating.query
    .byOfficer({ countyId: useCounty(), officerId })
    .go({ order: "desc", limit: 200 });
  return data
    .filter((item) => item.praiseState === "approved")
    .map(({ ratingId, text, signedAs, overall, verified, reply, submittedAt }) => ({
      ratingId,
      text,
      signedAs,
      overall,
      verified,
      reply,
      submittedAt,
    }));
});

/** One public thank-you reply per approved praise, by the officer praised. */
export const reply = fn(praised, z.object({ ratingId: reference, text: note(300) }), async (input) => {
  const { officerId } = officer();
  const countyId = useCounty();
  const { data: item } = await db.entities.rating.get({ countyId, ratingId: input.ratingId }).go({ consistent: true });
  if (!item || item.officerId !== officerId || item.praiseState !== "approved")
    throw new NotFoundError("rating.not_found", "No such praise");
  if (item.reply) throw new ConflictError("rating.replied", "You have already replied to this praise");
  if (flagsOf(input.text).length)
    throw new InputError("rating.reply_personal", "Leave links, phone numbers and ID numbers out of a public reply", {
      text: ["No links, phone or ID numbers"],
    });
  const result = await db.transaction
    .write(({ rating, ratingPraise }) => [
      rating
        .patch({ countyId, ratingId: item.ratingId })
        .set({ reply: input.text })
        .where((a, op) => op.notExists(a.reply))
        .commit(),
      ratingPraise
        .patch({ countyId, scope: Counter.scope.officer(officerId), ratingId: item.ratingId })
        .set({ reply: input.text })
        .commit(),
    ])
    .go();
  assertCommitted(result, () => new ConflictError("rating.replied", "You have already replied to this praise"));
  return { ratingId: item.ratingId };
});
