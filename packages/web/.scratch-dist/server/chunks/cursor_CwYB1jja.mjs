import { I as InputError } from './errors_MfzDXNyI.mjs';

function checkCursor(cursor, params) {
  if (!cursor) return void 0;
  const partition = params.ExpressionAttributeValues?.[":pk"];
  let key;
  try {
    key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    key = void 0;
  }
  const values = key && typeof key === "object" ? Object.values(key) : [];
  if (partition === void 0 || !values.includes(partition) || !values.every((value) => typeof value === "string")) {
    throw new InputError("input.invalid_cursor", "This page link is not valid; start from the first page", {
      cursor: ["This page link is not valid; start from the first page"]
    });
  }
  return cursor;
}

export { checkCursor as c };
