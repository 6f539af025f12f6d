import fc from "fast-check";
import { hostileValue } from "./hostile";

/** The subset of JSON Schema that zod's `toJSONSchema` emits for input schemas. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
}

/**
 * Values shaped like the schema, mostly valid, so that fuzzing reaches past the first validation
 * error into the procedure itself. Invalid values come from `nearlyValid` and `hostileValue`.
 */
export function valuesFor(
  schema: JsonSchema,
  defs: Record<string, JsonSchema> = schema.$defs ?? {},
  depth = 0,
): fc.Arbitrary<unknown> {
  if (depth > 6) return fc.constant(null);
  const next = (inner: JsonSchema) => valuesFor(inner, defs, depth + 1);
  if (schema.$ref) {
    const target = defs[schema.$ref.replace("#/$defs/", "")];
    return target ? next(target) : fc.jsonValue({ maxDepth: 2 });
  }
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives?.length) return fc.oneof(...alternatives.map(next));
  if (schema.allOf?.length) return next(schema.allOf[0]!);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case "string":
      return stringsFor(schema);
    case "integer":
      return fc.integer({
        min: Math.ceil(schema.minimum ?? schema.exclusiveMinimum ?? -1e6),
        max: Math.floor(schema.maximum ?? schema.exclusiveMaximum ?? 1e6),
      });
    case "number":
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true });
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array":
      return fc.array(schema.items ? next(schema.items) : fc.jsonValue({ maxDepth: 1 }), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 5, 5),
      });
    case "object": {
      const properties = schema.properties ?? {};
      const model = Object.fromEntries(Object.entries(properties).map(([key, inner]) => [key, next(inner)]));
      return fc.record(model, { requiredKeys: (schema.required ?? []).filter((key) => key in properties) });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function stringsFor(schema: JsonSchema): fc.Arbitrary<string> {
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.min(schema.maxLength ?? 64, 200);
  const fitting = (value: string) => value.length >= minLength && value.length <= maxLength;
  if (schema.pattern) return matching(schema.pattern).filter(fitting);
  if (schema.format === "email") return fc.emailAddress();
  if (schema.format === "uuid") return fc.uuid();
  return fc.oneof(fc.string({ minLength, maxLength }), fc.string({ unit: "grapheme", minLength, maxLength }));
}

/**
 * Strings matching a pattern. fast-check cannot generate from lookaheads, so those are dropped:
 * the strings then mostly match, and the rest are invalid input, which is fuzz too.
 */
function matching(pattern: string): fc.Arbitrary<string> {
  try {
    return fc.stringMatching(new RegExp(pattern));
  } catch {
    return fc.stringMatching(new RegExp(pattern.replace(/\(\?<?[=!](?:[^()\\]|\\.)*\)/g, "")));
  }
}

/** A valid-looking value with one part broken: a field replaced by a hostile value, dropped, or added. */
export function nearlyValid(schema: JsonSchema): fc.Arbitrary<unknown> {
  return fc
    .tuple(valuesFor(schema), hostileValue(), fc.nat(), fc.constantFrom("replace", "drop", "add"))
    .map(([value, hostile, pick, how]) => {
      if (!value || typeof value !== "object" || Array.isArray(value)) return hostile;
      const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
      const keys = Object.keys(copy);
      const key = keys.length ? keys[pick % keys.length]! : "unexpected";
      if (how === "drop") delete copy[key];
      else if (how === "add") copy[`extra${pick % 3}`] = hostile;
      else copy[key] = hostile;
      return copy;
    });
}
