import { InputError } from "../util/errors";

/**
 * ElectroDB's cursors are the last key read, base64url-encoded. A cursor is accepted only for the
 * partition being read (of the table or of an index), so a crafted one cannot point a query
 * anywhere else, and a malformed one is a field error rather than a fault.
 */
export function checkCursor(
  cursor: string | undefined,
  params: { ExpressionAttributeValues?: Record<string, unknown> },
) {
  if (!cursor) return undefined;
  const partition = params.ExpressionAttributeValues?.[":pk"];
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    key = undefined;
  }
  const values = key && typeof key === "object" ? Object.values(key as Record<string, unknown>) : [];
  if (partition === undefined || !values.includes(partition) || !values.every((value) => typeof value === "string")) {
    throw new InputError("input.invalid_cursor", "This page link is not valid; start from the first page", {
      cursor: ["This page link is not valid; start from the first page"],
    });
  }
  return cursor;
}
