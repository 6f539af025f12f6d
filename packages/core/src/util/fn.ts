import * as z from "zod";
import { assertAdmitted, scopeUnder, withScope, type Access } from "../access";
import { currentActor, useActor, type Actor } from "../actor";
import { unavailableOr } from "../db/unavailable";
import { InputError } from "./errors";

/**
 * A verb: who may call it and how far each caller reaches (`who`), the schema its input must pass,
 * and its body. Every door (tRPC procedure, console page, public form) calls the verb, so the
 * declaration holds whatever the transport; the body reads the caller's scope with `useScope()`.
 * The schema is exposed as `.schema` and the declaration as `.who`, so a router reuses both. `before`
 * runs first: data a schema validates against and that loads on first use (the region codes).
 */
export function fn<Schema extends z.ZodType, Result>(
  who: Access,
  schema: Schema,
  callback: (input: z.output<Schema>) => Promise<Result>,
  options: { before?: () => Promise<void> } = {},
): Verb<Schema, Result> {
  const verb = async (input: z.input<Schema>): Promise<Result> => {
    const scope = assertAdmitted(who, useActor());
    await options.before?.();
    const parsed = schema.safeParse(input);
    if (!parsed.success) throw inputErrorFrom(parsed.error);
    // Throttling and outages that outlast the SDK's retries become a visible "unavailable" (503).
    try {
      return await withScope(scope, () => callback(parsed.data));
    } catch (error) {
      throw unavailableOr(error);
    }
  };
  verb.schema = schema;
  verb.who = who;
  return verb;
}

export type Verb<Schema extends z.ZodType, Result> = ((input: z.input<Schema>) => Promise<Result>) & {
  schema: Schema;
  who: Access;
};

/** Whether the actor (by default the current one) may call the verb: pages offer only what this admits. */
export function allows(verb: { who: Access }, actor: Actor | undefined = currentActor()): boolean {
  return !!actor && scopeUnder(verb.who, actor) !== undefined;
}

export function inputErrorFrom(error: z.ZodError) {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const path = issue.path.length ? issue.path.join(".") : "_";
    (fieldErrors[path] ??= []).push(issue.message);
  }
  return new InputError("input.invalid", "The input is invalid", fieldErrors);
}
