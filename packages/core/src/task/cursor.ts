import { InputError } from "../util/errors";

/**
 * ElectroDB's cursors are the last key, base64url-encoded. A cursor is accepted only for the
 * partition being read, so a crafted one cannot point a query anywhere else.
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
  if (
    !key ||
    typeof key !== "object" ||
    (key as { pk?: unknown }).pk !== partition ||
    typeof (key as { sk?: unknown }).sk !== "string"
  ) {
    throw new InputError("task.invalid_cursor", "This page link is not valid; start from the first page");
  }
  return cursor;
}
