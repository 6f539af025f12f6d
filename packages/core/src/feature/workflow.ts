import * as z from "zod";
import { useScope, type Access } from "../access";
import { useActor, useCounty } from "../actor";
import { Audit } from "../audit/index";
import type { TransactionEntities } from "../counter/write";
import { db } from "../db/service";
import { assertCommitted } from "../db/transaction";
import { currentPerson } from "../task/access";
import { ConflictError, NotFoundError, VisibleError } from "../util/errors";
import { fn } from "../util/fn";
import { createId } from "../util/id";
import { id, imageUrl, slug } from "../util/schemas";
import type { featureKinds } from "./feature.entity";
import { evidenceFor } from "./evidence";
import { unsafeMarkup } from "./markup";
import { featuresOf } from "./publication";
import type { PublicationAction, PublicationState } from "./publication.attributes";

type Kind = (typeof featureKinds)[number];

const text = (max: number) => z.string().trim().min(1, "Required").max(max, `Use at most ${max} characters`);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters`)
    .optional()
    .transform((value) => value || undefined);
const ids = (what: string) =>
  z
    .array(id)
    .max(10, `Feature at most 10 ${what}`)
    .default([])
    .transform((values) => [...new Set(values)]);

/** The text of a story or brand as its author writes it. */
export const contentSchema = z.object({
  title: text(80),
  titleEn: optionalText(160),
  summary: text(200),
  summaryEn: optionalText(400),
  body: text(20_000),
  bodyEn: optionalText(40_000),
  coverUrl: z.preprocess((value) => (value === "" ? undefined : value), imageUrl.optional()),
  officerIds: ids("officers"),
  villageIds: ids("villages"),
});
export type Content = z.output<typeof contentSchema>;

const step = z.object({ refId: id, version: z.number().int().min(1).max(1_000_000) });

/** A story or brand as the console sees it, whichever its kind. */
export type Publication = Content & {
  kind: Kind;
  refId: string;
  countyId: string;
  slug: string;
  status: PublicationState;
  publishedAt?: number;
  authorId?: string;
  authorName?: string;
  version: number;
  revision: number;
  history: Array<{ action: PublicationAction; at: number; by: string; byName: string; note?: string }>;
  createdAt: number;
  updatedAt: number;
};

// Stories and brands have the same attributes but their own id names; one entity type serves both.
type ItemEntity = typeof db.entities.story;
const entityOf = (kind: Kind) => (kind === "story" ? db.entities.story : db.entities.brand) as unknown as ItemEntity;
const txEntityOf = (tx: TransactionEntities, kind: Kind) =>
  (kind === "story" ? tx.story : tx.brand) as unknown as TransactionEntities["story"];
const keyOf = (kind: Kind, countyId: string, refId: string) =>
  (kind === "story" ? { countyId, storyId: refId } : { countyId, brandId: refId }) as {
    countyId: string;
    storyId: string;
  };

function asPublication(kind: Kind, item: Record<string, unknown>): Publication {
  const refId = (kind === "story" ? item.storyId : item.brandId) as string;
  return {
    ...(item as Omit<Publication, "kind" | "refId">),
    kind,
    refId,
    history: (item.history as Publication["history"]) ?? [],
  };
}

const codes = (kind: Kind) => ({
  notFound: () => new NotFoundError(`${kind}.not_found`, `No such ${kind}`),
  stale: () => new ConflictError(`${kind}.changed`, "Someone changed this meanwhile: reload and try again"),
});

/**
 * Officers and supervisors write and reach their own drafts (and what is published); county admins
 * write too and reach every item of the county, as its reviewers.
 */
const authors: Access = { officer: "own", precinct_supervisor: "own", county_admin: "county" };
/** Review, publish and unpublish: the county admin. */
const reviewers: Access = { county_admin: "county" };

/** Whether the running verb's caller reaches every item of the county (the reviewers and the system). */
function countyWide(): boolean {
  const scope = useScope();
  return scope === "county" || scope === "system";
}

/** Who may see a draft in the console: its author, and county admins (the reviewers). */
function canSee(item: Publication): boolean {
  return countyWide() || isAuthor(item) || item.status === "published";
}

function isAuthor(item: Publication): boolean {
  if (useScope() === "system") return true;
  const actor = useActor();
  return actor.type === "user" && item.authorId === actor.properties.userId;
}

/** What the caller of the running verb may do next with an item, for pages to offer only that. */
export function allowedSteps(item: Publication) {
  const admin = countyWide();
  const editable = item.status === "draft" || item.status === "changes_requested";
  return {
    edit: editable && (isAuthor(item) || admin),
    submit: editable && (isAuthor(item) || admin),
    review: item.status === "in_review" && admin,
    publish: (item.status === "approved" || item.status === "unpublished") && admin,
    unpublish: item.status === "published" && admin,
  };
}

async function load(kind: Kind, refId: string): Promise<Publication> {
  const { data } = await entityOf(kind)
    .get(keyOf(kind, useCounty(), refId))
    .go({ consistent: true });
  if (!data) throw codes(kind).notFound();
  const item = asPublication(kind, data as unknown as Record<string, unknown>);
  if (!canSee(item)) throw codes(kind).notFound();
  return item;
}

/** Field errors for featured officers and villages that are not the county's. */
function outsideCounty(kind: Kind, what: "officer" | "village") {
  const message =
    what === "officer"
      ? "Only officers of your county can be featured"
      : "Only villages of your county can be featured";
  // Another county's ids are simply absent from this county's keys: "not found", with the reason.
  return new VisibleError("not_found", `${kind}.${what}_outside_county`, message, { [`${what}Ids`]: [message] });
}

/**
 * The transaction items that check each featured officer and village exists in the actor's
 * county (keys start with the county: another county's ids are simply absent), and the mapping
 * of a failed check's position to its error.
 */
function featuredChecks(kind: Kind, content: Content, firstIndex: number) {
  const countyId = useCounty();
  const items = ({ officer, village }: TransactionEntities) => [
    ...content.officerIds.map((officerId) =>
      officer
        .check({ countyId, officerId })
        .where((a, op) => op.eq(a.status, "active"))
        .commit(),
    ),
    ...content.villageIds.map((villageId) =>
      village
        .check({ countyId, villageId })
        .where((a, op) => op.eq(a.status, "active"))
        .commit(),
    ),
  ];
  const errorAt = (index: number) => {
    const at = index - firstIndex;
    if (at < 0 || at >= content.officerIds.length + content.villageIds.length) return undefined;
    return outsideCounty(kind, at < content.officerIds.length ? "officer" : "village");
  };
  return { items, errorAt };
}

function revisionOf(
  { publicationRevision }: TransactionEntities,
  kind: Kind,
  refId: string,
  revision: number,
  content: Content,
  person: { id: string; name: string },
) {
  return publicationRevision
    .create({
      countyId: useCounty(),
      kind,
      refId,
      revision,
      ...content,
      savedAt: Date.now(),
      savedBy: person.id,
      savedByName: person.name,
    })
    .commit();
}

export function workflow(kind: Kind) {
  const errors = codes(kind);

  /** Starts a draft: officers, supervisors and county admins write; the author is the actor. */
  const draft = fn(
    authors,
    contentSchema.extend({ slug: slug.optional().or(z.literal("").transform(() => undefined)) }),
    async (input) => {
      const countyId = useCounty();
      const person = await currentPerson();
      const refId = createId();
      const { slug: askedSlug, ...content } = input;
      const itemSlug = askedSlug ?? `${kind}-${refId}`;
      const checks = featuredChecks(kind, content, 3);
      const item = {
        ...content,
        countyId,
        slug: itemSlug,
        status: "draft" as const,
        authorId: person.id,
        authorName: person.name,
        version: 1,
        revision: 1,
        history: [{ action: "drafted" as const, at: Date.now(), by: person.id, byName: person.name }],
      };
      const result = await db.transaction
        .write((tx) => [
          tx.unique.create({ scope: countyId, kind: `${kind}.slug`, value: itemSlug, ownerId: refId }).commit(),
          kind === "story"
            ? tx.story.create({ ...item, storyId: refId }).commit()
            : tx.brand.create({ ...item, brandId: refId }).commit(),
          revisionOf(tx, kind, refId, 1, content, person),
          ...checks.items(tx),
        ])
        .go();
      assertCommitted(result, (index) => {
        if (index === 0)
          return new ConflictError(`${kind}.slug_taken`, "This address is taken", { slug: ["This address is taken"] });
        return checks.errorAt(index);
      });
      return { refId, unsafe: unsafeMarkup(content.body, content.bodyEn) };
    },
  );

  /** Saves a new text of a draft (or of one sent back for changes) as the next revision. */
  const update = fn(authors, contentSchema.merge(step), async ({ refId, version, ...content }) => {
    const current = await load(kind, refId);
    if (!allowedSteps(current).edit) {
      throw new ConflictError(`${kind}.not_editable`, "Only a draft or a text sent back for changes can be edited");
    }
    const person = await currentPerson();
    const revision = current.revision + 1;
    const checks = featuredChecks(kind, content, 2);
    const entry = { action: "edited" as const, at: Date.now(), by: person.id, byName: person.name };
    // Optional texts cleared in the form are removed rather than kept from the last revision.
    const optional = ["titleEn", "summaryEn", "bodyEn", "coverUrl"] as const;
    const cleared = optional.filter((name) => content[name] === undefined);
    const given = Object.fromEntries(
      Object.entries(content).filter(([, value]) => value !== undefined),
    ) as Partial<Content>;
    const result = await db.transaction
      .write((tx) => [
        txEntityOf(tx, kind)
          .patch(keyOf(kind, useCounty(), refId))
          .set({ ...given, version: version + 1, revision, history: [...current.history, entry] })
          .remove(cleared)
          .where((a, op) => op.eq(a.version, version))
          .commit(),
        revisionOf(tx, kind, refId, revision, content, person),
        ...checks.items(tx),
      ])
      .go();
    assertCommitted(result, (index) => (index === 0 ? errors.stale() : checks.errorAt(index)));
    return { refId, unsafe: unsafeMarkup(content.body, content.bodyEn) };
  });

  /** Moves an item from one state to another, guarded by its version, with a history entry. */
  async function move(
    item: Publication,
    version: number,
    to: PublicationState,
    action: PublicationAction,
    note?: string,
    extra: { publishedAt?: number } = {},
  ) {
    const person = await currentPerson();
    const countyId = useCounty();
    const entry = { action, at: Date.now(), by: person.id, byName: person.name, ...(note ? { note } : {}) };
    const result = await db.transaction
      .write((tx) => [
        txEntityOf(tx, kind)
          .patch(keyOf(kind, countyId, item.refId))
          .set({ status: to, version: version + 1, history: [...item.history, entry], ...extra })
          .where((a, op) => op.eq(a.version, version))
          .commit(),
        ...(to === "published"
          ? featuresOf(kind, item.refId, countyId, { ...item, publishedAt: extra.publishedAt! }).map((feature) =>
              tx.feature.put(feature).commit(),
            )
          : action === "unpublished"
            ? featuresOf(kind, item.refId, countyId, { ...item, publishedAt: 0 }).map(({ scope, refId }) =>
                tx.feature.delete({ countyId, scope, kind, refId }).commit(),
              )
            : []),
      ])
      .go();
    assertCommitted(result, (index) => (index === 0 ? errors.stale() : undefined));
    return { refId: item.refId, status: to, version: version + 1 };
  }

  /** The author sends a draft to the county's reviewers. */
  const submit = fn(authors, step, async ({ refId, version }) => {
    const item = await load(kind, refId);
    if (!allowedSteps(item).submit) {
      throw new ConflictError(
        `${kind}.not_submittable`,
        "Only the author can submit a draft or a text sent back for changes",
      );
    }
    return move(item, version, "in_review", "submitted");
  });

  const reviewSchema = step
    .extend({
      decision: z.enum(["approve", "request_changes", "reject"], "Choose a decision"),
      comment: optionalText(2000),
    })
    .refine((input) => input.decision === "approve" || input.comment, {
      message: "Say what should change, or why it is rejected",
      path: ["comment"],
    });

  /** A county admin approves, sends back with comments, or rejects an item in review. */
  const review = fn(reviewers, reviewSchema, async ({ refId, version, decision, comment }) => {
    const item = await load(kind, refId);
    if (item.status !== "in_review") throw new ConflictError(`${kind}.not_in_review`, "This is not waiting for review");
    const [to, action] =
      decision === "approve"
        ? (["approved", "approved"] as const)
        : decision === "request_changes"
          ? (["changes_requested", "changes_requested"] as const)
          : (["rejected", "rejected"] as const);
    return move(item, version, to, action, comment);
  });

  /** A county admin publishes an approved item; nothing unapproved reaches the portal. */
  const publish = fn(reviewers, step, async ({ refId, version }) => {
    const item = await load(kind, refId);
    if (item.status === "published") throw new ConflictError(`${kind}.already_published`, "This is already published");
    if (item.status !== "approved" && item.status !== "unpublished") {
      throw new ConflictError(`${kind}.not_approved`, "Only an approved text can be published");
    }
    const publishedAt = Date.now();
    const moved = await move(item, version, "published", "published", undefined, { publishedAt });
    await Audit.record({ countyId: useCounty(), action: `${kind}.published`, subject: refId });
    return moved;
  });

  /** Takes a published item off the portal; the item, its revisions and its history stay. */
  const unpublish = fn(reviewers, step.extend({ reason: text(500) }), async ({ refId, version, reason }) => {
    const item = await load(kind, refId);
    if (item.status !== "published") throw new ConflictError(`${kind}.not_published`, "This is not published");
    const moved = await move(item, version, "unpublished", "unpublished", reason);
    await Audit.record({ countyId: useCounty(), action: `${kind}.unpublished`, subject: refId, detail: { reason } });
    return moved;
  });

  /** One item for the console, with what the actor may do next and any markup readers will not see. */
  const detail = fn(authors, id, async (refId) => {
    const item = await load(kind, refId);
    return { item, steps: allowedSteps(item), unsafe: unsafeMarkup(item.body, item.bodyEn) };
  });

  /** The featured officers' and villages' record for the current half-year (see `evidenceFor`). */
  const evidence = fn(authors, id, async (refId) => {
    const item = await load(kind, refId);
    return evidenceFor(item.officerIds, item.villageIds);
  });

  /** Every saved text of an item, newest first. */
  const revisions = fn(authors, id, async (refId) => {
    await load(kind, refId);
    const { data } = await db.entities.publicationRevision.query
      .byItem({ countyId: useCounty(), kind, refId })
      .go({ pages: "all" });
    return data.sort((a, b) => b.revision - a.revision);
  });

  /**
   * The county's items the actor may see in the console (county admins: all; others: their own
   * and the published ones), newest change first: one Query over the county's addresses.
   */
  const board = fn(
    authors,
    z.object({ status: z.enum(["all", "mine", "in_review", "published"]).default("all") }).default({ status: "all" }),
    async ({ status }) => {
      const actor = useActor();
      const { data } = await entityOf(kind).query.bySlug({ countyId: useCounty() }).go({ pages: "all" });
      return data
        .map((item) => asPublication(kind, item as unknown as Record<string, unknown>))
        .filter(canSee)
        .filter((item) =>
          status === "all"
            ? true
            : status === "mine"
              ? isAuthor(item) && actor.type === "user"
              : item.status === status,
        )
        .map(({ body: _body, bodyEn: _bodyEn, history: _history, ...card }) => card)
        .sort((a, b) => b.updatedAt - a.updatedAt);
    },
  );

  return { draft, update, submit, review, publish, unpublish, detail, evidence, revisions, board };
}
