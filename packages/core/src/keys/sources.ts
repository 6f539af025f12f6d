import { GetCommand, QueryCommand, UpdateCommand, type QueryCommandInput } from "@aws-sdk/lib-dynamodb";
import { documentClient, tableName } from "../db/client";
import { db } from "../db/service";
import { isEarlierSeal } from "../appointment/sealed";
import { open, sealWith, versionOf } from "../pii/cipher";
import { unseal } from "../resident/secret";

/**
 * Where a county's sealed values live: each source lists its partitions (one Query each, no Scan),
 * pages through them, and names its sealed attributes with the field name they were sealed under.
 * A new entity with sealed fields adds a source here, or a rotation leaves it under the old key.
 */
export type Source = {
  name: string;
  partitions(countyId: string): Promise<string[]>;
  query(countyId: string, partition: string): { params(): object; go(o: object): Promise<Page> };
  recordId(item: Item): string;
  key(countyId: string, item: Item): Record<string, unknown>;
  fields: Record<string, string>;
  /** Values sealed by an earlier scheme that a rotation moves into the PII envelope, and how to open them. */
  earlier?: { is(value: string): boolean; open(countyId: string, value: string): string };
};
type Item = Record<string, unknown>;
type Page = { data: Item[]; cursor: string | null };

export const sources: Source[] = [
  {
    name: "intakeSubmission",
    async partitions(countyId) {
      const { data } = await db.entities.intakeForm.query.byCounty({ countyId, list: "forms" }).go({ pages: "all" });
      return data.map((form) => form.formId).sort();
    },
    query: (countyId, formId) => db.entities.intakeSubmission.query.byForm({ countyId, formId }) as never,
    recordId: (item) => String(item.submissionId),
    key: (countyId, item) =>
      keyOf(db.entities.intakeSubmission.get({ countyId, submissionId: String(item.submissionId) }).params()),
    fields: {
      nameSealed: "name",
      documentSealed: "document",
      phoneSealed: "phone",
      addressSealed: "address",
      extrasSealed: "extras",
    },
  },
  {
    name: "outbox",
    partitions: async () => [""],
    query: (countyId) => db.entities.outbox.query.byCounty({ countyId, list: "forms" }) as never,
    recordId: (item) => String(item.messageId),
    key: (countyId, item) =>
      keyOf(
        db.entities.outbox
          .get({ countyId, createdAt: Number(item.createdAt), messageId: String(item.messageId) })
          .params(),
      ),
    fields: { to: "outbox.to", body: "outbox.body" },
  },
  {
    name: "appointment",
    async partitions(countyId) {
      const { data } = await db.entities.officer.query.byId({ countyId }).go({ pages: "all" });
      return data.map((officer) => officer.officerId).sort();
    },
    query: (countyId, officerId) => db.entities.appointment.query.byOfficer({ countyId, officerId }) as never,
    recordId: (item) => String(item.appointmentId),
    key: (countyId, item) =>
      keyOf(db.entities.appointment.get({ countyId, appointmentId: String(item.appointmentId) }).params()),
    fields: { phoneSealed: "phone", addressSealed: "address" },
    earlier: { is: isEarlierSeal, open: unseal },
  },
];

function keyOf(params: object): Record<string, unknown> {
  return (params as { Key: Record<string, unknown> }).Key;
}

/** How many items a partition holds (a COUNT Query, paged): the re-wrap's total. */
export async function countPartition(source: Source, countyId: string, partition: string): Promise<number> {
  const input = source.query(countyId, partition).params() as QueryCommandInput;
  let count = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const out = await documentClient.send(new QueryCommand({ ...input, Select: "COUNT", ExclusiveStartKey: start }));
    count += out.Count ?? 0;
    start = out.LastEvaluatedKey;
  } while (start);
  return count;
}

/**
 * Re-seals an item's values that are not under `toVersion`: each opened with its own key and sealed
 * with the new one, written on condition that every value is still the one read. When a concurrent
 * write changed the item, it is read again and only what still needs it is re-sealed, so that write
 * is kept; an item deleted meanwhile is left deleted. Returns whether the item was rewritten.
 */
export async function rewrapItem(source: Source, countyId: string, read: Item, toVersion: string): Promise<boolean> {
  let item: Item | undefined = read;
  for (let attempt = 0; item && attempt < 5; attempt++) {
    const earlier = (value: string) => source.earlier?.is(value) ?? false;
    const stale = Object.keys(source.fields).filter((attribute) => {
      const value = item![attribute];
      if (typeof value !== "string") return false;
      return earlier(value) || (versionOf(value) !== undefined && versionOf(value) !== toVersion);
    });
    if (!stale.length) return false;
    const recordId = source.recordId(item);
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = {};
    const sets: string[] = [];
    const conditions: string[] = [];
    for (const [i, attribute] of stale.entries()) {
      const old = item[attribute] as string;
      const field = source.fields[attribute]!;
      const plaintext = earlier(old) ? source.earlier!.open(countyId, old) : await open(countyId, recordId, field, old);
      names[`#f${i}`] = attribute;
      values[`:o${i}`] = old;
      values[`:n${i}`] = await sealWith(toVersion, countyId, recordId, field, plaintext);
      sets.push(`#f${i} = :n${i}`);
      conditions.push(`#f${i} = :o${i}`);
    }
    const key = source.key(countyId, item);
    try {
      await documentClient.send(
        new UpdateCommand({
          TableName: tableName(),
          Key: key,
          UpdateExpression: `SET ${sets.join(", ")}`,
          ConditionExpression: conditions.join(" AND "),
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        }),
      );
      return true;
    } catch (error) {
      if ((error as Error).name !== "ConditionalCheckFailedException") throw error;
      const out = await documentClient.send(new GetCommand({ TableName: tableName(), Key: key, ConsistentRead: true }));
      item = out.Item;
    }
  }
  if (item) throw new Error(`The re-wrap of a ${source.name} item kept meeting concurrent writes`);
  return false;
}
