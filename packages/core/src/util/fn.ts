import * as z from "zod";
import { unavailableOr } from "../db/unavailable";
import { InputError } from "./errors";

/**
 * An async verb that validates its input with its own schema. The schema is exposed as `.schema` so a
 * router reuses it instead of writing a second one. `before` runs first: data a schema validates
 * against and that loads on first use (the region codes).
 */
export function fn<Schema extends z.ZodType, Result>(
  schema: Schema,
  callback: (input: z.output<Schema>) => Promise<Result>,
  options: { before?: () => Promise<void> } = {},
) {
  const verb = async (input: z.input<Schema>): Promise<Result> => {
    await options.before?.();
    const parsed = schema.safeParse(input);
    if (!parsed.success) throw inputErrorFrom(parsed.error);
    return run(parsed.data);
  };
  // Throttling and outages that outlast the SDK's retries become a visible "unavailable" (503).
  const run = async (input: z.output<Schema>): Promise<Result> => {
    try {
      await options.before?.();
      return await callback(input);
    } catch (error) {
      throw unavailableOr(error);
    }
  };
  verb.schema = schema;
  verb.force = run;
  return verb;
}

export function inputErrorFrom(error: z.ZodError) {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const path = issue.path.length ? issue.path.join(".") : "_";
    (fieldErrors[path] ??= []).push(issue.message);
  }
  return new InputError("input.invalid", "The input is invalid", fieldErrors);
}
