/**
 * Splits an edit into what to set and what to remove: undefined leaves a field alone, an empty
 * string clears it (or is stored as such for the `required` fields, which cannot be removed).
 */
export function setAndRemove<T extends Record<string, unknown>>(changes: T, required: Array<keyof T> = []) {
  const set: Record<string, unknown> = {};
  const remove: string[] = [];
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    if (value === "" && !required.includes(key)) remove.push(key);
    else set[key] = value;
  }
  return { set: set as Partial<T>, remove: remove as Array<keyof T & string> };
}
