import fc from "fast-check";

// Invalid and hostile inputs for the bad-input proof, derived from a procedure's valid input:
// one field at a time replaced, removed or joined by an extra one, or the whole input replaced.

const SQL = [
  "' OR '1'='1",
  "'; DROP TABLE persons; --",
  "1; SELECT pg_sleep(5)--",
  "' UNION SELECT id, email, password_hash FROM users --",
  "\\'; DELETE FROM users WHERE ''='",
  "%' OR '%'='",
  "$1",
];
const HTML = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "<svg onload=alert(document.cookie)>",
  "javascript:alert(1)",
  "{{constructor.constructor('alert(1)')()}}",
  "${process.exit(1)}",
  '=HYPERLINK("http://evil.example")',
];
const UNICODE = [
  "\u202Egnp.exe\u202C",
  "a\u200Bb\u200Cc\u200Dd\uFEFF",
  "👩‍👩‍👧‍👦🏳️‍🌈🇩🇪",
  "\u0000",
  "nul\u0000byte",
  "\uD800 lone surrogate",
  "ẞtraße Ωmega ﷽",
  "\r\n\t\u0085\u2028",
  "",
  " ",
];
const HUGE = ["x".repeat(100_000), "ä".repeat(100_000), "🙂".repeat(50_000)];
const NUMBERS = [
  -1,
  0,
  -0,
  0.5,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  -(2 ** 31) - 1,
  2 ** 53,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.MIN_VALUE,
];
const DATES: unknown[] = [
  new Date(Number.NaN),
  new Date(8.64e15),
  new Date(-8.64e15),
  "2026-02-30",
  "2026-13-01",
  "0000-00-00",
  "9999-12-31",
  "24.11.2026",
  "2026-11-24T25:61:00Z",
  "1900-01-01",
  "0000-01-01",
  "+275760-09-13T00:00:00.000Z",
];

const cursor = (parts: unknown) => Buffer.from(JSON.stringify(parts)).toString("base64url");
const ZERO_ID = "00000000-0000-0000-0000-000000000000";
/** Page cursors a client made up: well-formed on the outside, impossible inside. */
export const CURSORS = [
  cursor(["2026-13-45T99:99:99Z", ZERO_ID]),
  cursor(["0000-01-01T00:00:00Z", ZERO_ID]),
  cursor(["9999-12-31 23:59:59.999999+14:00", ZERO_ID]),
  cursor(["2026-11-24T09:00:00Z", "' OR 1=1 --"]),
  cursor(["x".repeat(500), "y"]),
  cursor([1e308, -1, null]),
  cursor({ at: "2026-11-24T09:00:00Z" }),
  cursor(["2026-11-24", "2026-11-24", ZERO_ID, "a", "b"]),
  "%%%not-base64%%%",
];

function deeplyNested(depth: number): unknown {
  let value: unknown = "tief";
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? { a: value } : [value];
  return value;
}

/** Values of the wrong kind, also those superjson carries over the wire. */
const ODD: unknown[] = [
  null,
  undefined,
  true,
  false,
  [],
  {},
  [1, "2", null],
  { $gt: "" },
  { __proto__: { isAdmin: true } },
  BigInt("123456789012345678901234567890"),
  new Map([["a", 1]]),
  new Set([1, 2]),
  /.*/,
  deeplyNested(500),
];

/** One hostile value: a string attack, a strange number or date, or a value of another kind. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...SQL),
  fc.constantFrom(...HTML),
  fc.constantFrom(...UNICODE),
  fc.constantFrom(...HUGE),
  fc.constantFrom(...NUMBERS),
  fc.constantFrom(...DATES),
  fc.constantFrom(...ODD),
  fc.constantFrom(...CURSORS),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.double(),
  fc.integer(),
  fc.uuid(),
);

type Path = (string | number)[];

/** Every place in a value that can be replaced: the value itself, and each field and item. */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const paths: Path[] = [prefix];
  if (Array.isArray(value)) {
    value.forEach((item, i) => paths.push(...pathsOf(item, [...prefix, i])));
  } else if (isPlainObject(value)) {
    for (const [key, field] of Object.entries(value))
      paths.push(...pathsOf(field, [...prefix, key]));
  }
  return paths;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype
  );
}

/** A copy with the value at `path` replaced (or removed with `remove`). */
export function changedAt(value: unknown, path: Path, next: unknown, remove = false): unknown {
  if (path.length === 0) return next;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent = copy;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (remove && Array.isArray(parent)) parent.splice(last as number, 1);
  else if (remove) delete parent[last];
  else parent[last] = next;
  return copy;
}

const EXTRA_KEYS = [
  "__proto__",
  "constructor",
  "cityId",
  "role",
  "isAdmin",
  "organisationId",
  "id",
];

export type Mutation = { what: string; input: unknown };

/** The bad inputs of one procedure, from its valid input. */
export function badInputs(valid: unknown): fc.Arbitrary<Mutation> {
  const paths = pathsOf(valid).filter((p) => p.length > 0);
  const fieldPaths = paths.length > 0 ? paths : [[]];
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc.tuple(fc.constantFrom(...fieldPaths), hostile).map(([path, value]) => ({
        what: `${path.join(".") || "(input)"} = ${describe(value)}`,
        input: changedAt(valid, path, value),
      })),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(...fieldPaths).map((path) => ({
        what: `without ${path.join(".")}`,
        input: changedAt(valid, path, undefined, true),
      })),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.constantFrom(...EXTRA_KEYS), hostile).map(([key, value]) => {
        const input = isPlainObject(valid) ? structuredClone(valid) : {};
        Object.defineProperty(input, key, { value, enumerable: true, configurable: true });
        return { what: `extra ${key} = ${describe(value)}`, input };
      }),
    },
    {
      weight: 1,
      arbitrary: fc
        .oneof(
          hostile,
          fc.anything({
            maxDepth: 3,
            withBigInt: true,
            withDate: true,
            withMap: true,
            withSet: true,
            withNullPrototype: true,
          }),
        )
        .map((input) => ({ what: `input = ${describe(input)}`, input })),
    },
  );
}

/** A short description of a value for the failure message. */
export function describe(value: unknown): string {
  if (typeof value === "string") {
    return value.length > 40
      ? `string(${value.length}) ${JSON.stringify(value.slice(0, 20))}…`
      : JSON.stringify(value);
  }
  if (typeof value === "bigint") return `${value}n`;
  if (value instanceof Date)
    return `Date(${Number.isNaN(value.getTime()) ? "invalid" : value.toISOString()})`;
  if (value instanceof Map || value instanceof Set) return value.constructor.name;
  try {
    const text = JSON.stringify(value);
    return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 60)}…` : text;
  } catch {
    return String(value);
  }
}
