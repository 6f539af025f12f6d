import fc from "fast-check";

/** Strings that have broken web services before: traversal, injection, control and odd Unicode, size. */
export const hostileStrings = [
  "",
  " ",
  "\u0000",
  "\t\n\r",
  "../../etc/passwd",
  "..%2f..%2fetc%2fpasswd",
  "<script>alert(1)</script>",
  "' OR '1'='1",
  '{"$ne":null}',
  "__proto__",
  "constructor",
  "prototype",
  "%",
  "%zz",
  "%c0%af",
  "\u202e\u0645\u0631\u062d\u0628\u0627",
  "\ud800",
  "🚓👮‍♀️🏘️",
  "博罗县西区社区",
  "Ｂｏｌｕｏ",
  "BOLUO",
  "boluo ",
  "-boluo",
  "boluo--xiqu",
  "en",
  "api",
  "console",
  "a".repeat(49),
  "x".repeat(5_000),
  "NaN",
  "-0",
  "1e309",
  "null",
  "undefined",
];

export function hostileString(): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...hostileStrings), weight: 3 },
    { arbitrary: fc.string({ unit: "grapheme", maxLength: 80 }), weight: 2 },
    { arbitrary: fc.string({ unit: "binary", maxLength: 80 }), weight: 1 },
  );
}

/** Any JSON value, including deep nesting, big numbers and prototype-named keys. */
export function hostileValue(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: hostileString(), weight: 4 },
    { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 3 },
    {
      arbitrary: fc.constantFrom(0, -1, 1.5, Number.MAX_SAFE_INTEGER, -Number.MAX_VALUE, true, false, null),
      weight: 2,
    },
    {
      arbitrary: fc.constant(JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{}}}') as unknown),
      weight: 1,
    },
    { arbitrary: fc.nat({ max: 60 }).map((depth) => nest(depth)), weight: 1 },
  );
}

function nest(depth: number): unknown {
  let value: unknown = "deep";
  for (let level = 0; level < depth; level++) value = level % 2 ? [value] : { value };
  return value;
}
