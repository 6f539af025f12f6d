import { BatchGetItemCommand, type AttributeValue } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import { withActor } from "@cunjing/core/actor";
import { Alert } from "@cunjing/core/alert/index";
import { County } from "@cunjing/core/county/index";
import { db } from "@cunjing/core/db/service";
import { Grid } from "@cunjing/core/grid/index";
import { Intake } from "@cunjing/core/intake/index";
import { Settings } from "@cunjing/core/settings/index";
import { Task } from "@cunjing/core/task/index";
import { Village } from "@cunjing/core/village/index";
import { localClient } from "../../../../scripts/table";
import { system, type TargetSet } from "./targets";

/**
 * What the attacked records look like, read as the system actor: a door that changes one of them
 * for an attacker is a leak. Records read by key come in one BatchGetItem; the rest through core.
 */
type Read = [label: string, read: () => Promise<unknown>];
type KeyRead = [label: string, entity: keyof typeof db.entities, key: Record<string, string>];

const client = localClient(process.env.DYNAMODB_ENDPOINT!);
const first = (ids: string[] | undefined) => (ids ?? []).slice(0, 1);

function keyReadsOf(set: TargetSet): KeyRead[] {
  const t = set.target;
  const key =
    (entity: KeyRead[1], name: string) =>
    (id: string): KeyRead => [`${entity} ${id}`, entity, { [name]: id }];
  return [
    ...first(t.precinctIds).map(key("precinct", "precinctId")),
    ...first(t.villageIds).map(key("village", "villageId")),
    ...t.officerIds.slice(0, 2).map(key("officer", "officerId")),
    ...t.entryIds.map(key("workLog", "entryId")),
    ...t.ratingIds.map(key("rating", "ratingId")),
    ...(t.formIds ?? []).map(key("intakeForm", "formId")),
    ...(t.alertIds ?? []).map(key("alert", "alertId")),
    ...t.storyIds.map(key("story", "storyId")),
    ...t.brandIds.map(key("brand", "brandId")),
    ...t.appointmentIds.map(key("appointment", "appointmentId")),
    ...t.userIds.map(key("user", "userId")),
  ];
}

function readsOf(set: TargetSet): Read[] {
  const t = set.target;
  const desk = (entity: "deskHours" | "deskException", officerId: string) => () =>
    (db.entities[entity] as any).query
      .byOfficer({ countyId: set.countyId, officerId })
      .go({ pages: "all" })
      .then((r: { data: unknown }) => r.data);
  const reads: Read[] = [
    ...first(t.villageIds).flatMap((id): Read[] => [
      [`grids ${id}`, () => Grid.list({ villageId: id, includeArchived: true })],
      [`history ${id}`, () => Village.history({ villageId: id })],
    ]),
    ...first(t.officerIds).flatMap((id): Read[] => [
      [`desk hours ${id}`, desk("deskHours", id)],
      [`desk exceptions ${id}`, desk("deskException", id)],
    ]),
    ...t.taskIds.map((id): Read => [`task ${id}`, () => Task.get(id)]),
    ...(t.formIds ?? []).map((id): Read => [`submissions ${id}`, () => Intake.submissions({ formId: id })]),
  ];
  // County-wide records belong to an attacked set only when the whole county is foreign.
  if (set.name === "county B") {
    reads.push(
      ["county", () => County.bySlug(t.slug)],
      ["settings", () => Settings.get()],
      ["alert rules", () => Alert.rules.list()],
      ["alert hook", () => Alert.hook.get()],
      [
        "roster",
        async () => {
          const { precincts, villages, officers } = await County.roster();
          return [precincts, villages, officers].map((items) => items.length);
        },
      ],
    );
  }
  return reads;
}

/** A read that cannot be made is recorded by its failure, so a change in either shows. */
async function settle([label, read]: Read): Promise<[string, unknown]> {
  try {
    return [label, await read()];
  } catch (error) {
    return [label, `failed: ${error instanceof Error ? error.message : String(error)}`];
  }
}

/** JSON with sorted keys, so equal records give equal strings. */
function stable(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v) =>
      v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v,
    ) ?? "undefined"
  );
}

async function batchGet(reads: Array<[TargetSet, KeyRead]>): Promise<Array<[string, unknown]>> {
  const wanted = reads.map(([set, [label, entity, key]]) => {
    const params = (db.entities[entity] as any).get({ countyId: set.countyId, ...key }).params() as {
      Key: Record<string, unknown>;
      TableName: string;
    };
    return { label: `${set.name}: ${label}`, key: marshall(params.Key), table: params.TableName };
  });
  const table = wanted[0]!.table;
  const found = new Map<string, Record<string, AttributeValue>>();
  let pending = wanted.map((w) => w.key);
  while (pending.length) {
    const answer = await client.send(new BatchGetItemCommand({ RequestItems: { [table]: { Keys: pending } } }));
    for (const item of answer.Responses?.[table] ?? []) found.set(stable([item.pk, item.sk]), item);
    pending = answer.UnprocessedKeys?.[table]?.Keys ?? [];
  }
  return wanted.map((w) => [w.label, withoutCiphertext(found.get(stable([w.key.pk, w.key.sk])))]);
}

/**
 * A legitimate key rotation (a county admin's door) re-seals every sealed value of the county while
 * other doors are tried: the ciphertext changes, the record does not. Sealed values are compared by
 * presence; what they hold shows in the masks and keyed hashes beside them.
 */
function withoutCiphertext(item: Record<string, AttributeValue> | undefined) {
  if (!item) return null;
  return Object.fromEntries(
    Object.entries(item).map(([name, value]) => [name, name.endsWith("Sealed") && value.S ? { S: "sealed" } : value]),
  );
}

export async function snapshot(sets: TargetSet[]): Promise<Map<string, string>> {
  const keyed = sets.flatMap((set) => keyReadsOf(set).map((read): [TargetSet, KeyRead] => [set, read]));
  const [byKey, ...bySet] = await Promise.all([
    batchGet(keyed),
    ...sets.map((set) =>
      withActor(system(set.countyId), () => Promise.all(readsOf(set).map(settle))).then((entries) =>
        entries.map(([label, value]): [string, unknown] => [`${set.name}: ${label}`, value]),
      ),
    ),
  ]);
  return new Map([...byKey!, ...bySet.flat()].map(([label, value]) => [label, stable(value)]));
}

/** The records that differ between two snapshots. */
export function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after].filter(([label, value]) => before.get(label) !== value).map(([label]) => label);
}
