import type { Target } from "../targets";

export type Fields = Record<string, string | string[]>;
/** One write an attacker sends: form fields (urlencoded, or multipart with a file), or raw bytes for a PUT. */
export type FormPost = {
  path: string;
  fields?: Fields;
  method?: "POST" | "PUT";
  file?: { field: string; name: string; text: string };
};

/**
 * A form door: a page route that handles writes and, for pages that dispatch on it, the `intent`
 * value. `public`: a resident's page, tried with county B's ids under county A's address only (a
 * reference code is the resident's own key, so a county's own codes are no attack there).
 * `foreignCountyOnly`: tried with county B's ids only (e.g. sign-in: county A's own accounts share the
 * demo password, so signing in to county A would succeed and prove nothing).
 * `freshSession`: the door ends or replaces the caller's session, so it gets one of its own.
 * `refuses`: the door must answer every attacker with an error status (e.g. sign-in into county B).
 */
export type FormDoor = {
  route: string;
  intent?: string;
  public?: boolean;
  foreignCountyOnly?: boolean;
  freshSession?: boolean;
  refuses?: boolean;
  posts: (t: Target) => FormPost[];
};

export const first = (ids: string[] | undefined) => ids?.[0] ?? "missing";
/** A due date a few days ahead. */
export const soon = () => new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);

/** Doors for one route, one per intent, each posting `fields(t, intent)` with the intent added. */
export function intents(
  route: string,
  path: (t: Target) => string,
  byIntent: Record<string, (t: Target) => Fields>,
): FormDoor[] {
  return Object.entries(byIntent).map(([intent, fields]) => ({
    route,
    intent,
    posts: (t) => [{ path: path(t), fields: { intent, ...fields(t) } }],
  }));
}
