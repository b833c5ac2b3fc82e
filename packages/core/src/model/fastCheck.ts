import type * as z from "zod";

/** `true`: the schema accepts the value. `false`: perhaps not; ask the schema itself. */
export type FastCheck = (value: unknown) => boolean;

/** The parts of a zod 4 schema definition this compiler reads (`schema._zod.def`). */
interface Definition {
  type: string;
  checks?: readonly { _zod: { def: { check: string; minimum?: unknown } } }[];
  shape?: Readonly<Record<string, z.ZodType>>;
  catchall?: z.ZodType;
  innerType?: z.ZodType;
  element?: z.ZodType;
  entries?: Readonly<Record<string, unknown>>;
  values?: readonly unknown[];
}

/** The definition keys each compiled kind may have; any other key (a format, a coercion) is left to zod. */
const knownKeys: Readonly<Record<string, readonly string[]>> = {
  string: ["type", "checks"],
  number: ["type", "checks"],
  boolean: ["type"],
  enum: ["type", "entries"],
  literal: ["type", "values"],
  optional: ["type", "innerType"],
  array: ["type", "element"],
  object: ["type", "shape", "catchall"],
};

/**
 * A fast "is valid" check compiled from a zod schema's definition: strict objects, arrays,
 * optionals, strings (with a minimum length), finite numbers, booleans, enums and literals are
 * checked by plain code; any other part (formats, refinements, unions, number bounds) by its own
 * `safeParse`. The check accepts nothing the schema refuses, and is at most as strict, so
 * `false` means only "ask zod": the schema's own issues and messages stay the ones users see,
 * while a valid document (the common case) is checked without zod's per-node bookkeeping.
 *
 * @example
 * const isValid = compileFastCheck(budgetFollowUpSchema);
 * isValid(document) || budgetFollowUpSchema.safeParse(document).success;
 */
export function compileFastCheck(schema: z.ZodType): FastCheck {
  const def = schema._zod.def as unknown as Definition;
  const delegate: FastCheck = (value) => schema.safeParse(value).success;
  const allowed = knownKeys[def.type];
  if (allowed === undefined || Object.keys(def).some((key) => !allowed.includes(key))) return delegate;
  switch (def.type) {
    case "string": {
      const minimum = stringMinimum(def);
      if (minimum === undefined) return delegate;
      return (value) => typeof value === "string" && value.length >= minimum;
    }
    case "number":
      if ((def.checks ?? []).length > 0) return delegate;
      return (value) => typeof value === "number" && Number.isFinite(value);
    case "boolean":
      return (value) => typeof value === "boolean";
    case "enum": {
      const values = Object.values(def.entries ?? {});
      if (!values.every((value) => typeof value === "string")) return delegate;
      const set = new Set<unknown>(values);
      return (value) => set.has(value);
    }
    case "literal": {
      const set = new Set(def.values ?? []);
      return (value) => set.has(value);
    }
    case "optional": {
      const inner = compileFastCheck(def.innerType as z.ZodType);
      return (value) => value === undefined || inner(value);
    }
    case "array": {
      const element = compileFastCheck(def.element as z.ZodType);
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (let index = 0; index < value.length; index += 1) if (!element(value[index])) return false;
        return true;
      };
    }
    case "object":
      return compileStrictObject(def, delegate);
    default:
      return delegate;
  }
}

/** The minimum length of a string schema whose only checks are minimum lengths; `undefined` for any other. */
function stringMinimum(def: Definition): number | undefined {
  let minimum = 0;
  for (const check of def.checks ?? []) {
    const { check: kind, minimum: value } = check._zod.def;
    if (kind !== "min_length" || typeof value !== "number") return undefined;
    minimum = Math.max(minimum, value);
  }
  return minimum;
}

/**
 * A field a strict object's check reads. A string field (optional or not: the check sees only
 * values that are not `undefined`) is checked in the object's loop itself, by its minimum length:
 * most fields of a document are strings, and a call to a closure per field was most of the check.
 * So is an enum field (a status, a kind), by its set of values.
 */
interface Field {
  key: string;
  optional: boolean;
  /** The minimum length of a string field checked in place; -1 for any other. */
  minimum: number;
  /** The values of an enum field checked in place (a status, a kind); `undefined` for any other. */
  values: ReadonlySet<unknown> | undefined;
  check: FastCheck;
}

function compileField(key: string, field: z.ZodType): Field {
  const def = field._zod.def as unknown as Definition;
  const optional = def.type === "optional";
  const value = optional ? ((def.innerType as z.ZodType)._zod.def as unknown as Definition) : def;
  const only = (definition: Definition, kind: string) =>
    Object.keys(definition).every((name) => (knownKeys[kind] as readonly string[]).includes(name));
  // The same definitions `compileFastCheck` checks by a string's length, and no other.
  const inPlace =
    value.type === "string" && only(value, "string") && (!optional || only(def, "optional"))
      ? stringMinimum(value)
      : undefined;
  const entries = Object.values(value.entries ?? {});
  const values =
    value.type === "enum" &&
    only(value, "enum") &&
    (!optional || only(def, "optional")) &&
    entries.every((entry) => typeof entry === "string")
      ? new Set<unknown>(entries)
      : undefined;
  return { key, optional, minimum: inPlace ?? -1, values, check: compileFastCheck(field) };
}

function compileStrictObject(def: Definition, delegate: FastCheck): FastCheck {
  // Only strict objects: unknown keys refused, so every key read is one of the shape's.
  if (def.catchall === undefined || (def.catchall._zod.def as unknown as Definition).type !== "never")
    return delegate;
  const fields = Object.entries(def.shape ?? {}).map(([key, field]) => compileField(key, field));
  return (value) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
    // Plain objects only (parsed JSON, literals): anything else is zod's to judge.
    const prototype = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) return false;
    const record = value as Record<string, unknown>;
    let known = 0;
    for (let index = 0; index < fields.length; index += 1) {
      const { key, optional, minimum, values, check } = fields[index] as Field;
      const field = record[key];
      if (field === undefined) {
        // An absent optional field is fine. One written as `undefined` is zod's to judge, as before,
        // without a look-up here: for…in below counts it among the keys but not among the known
        // fields (a non-enumerable one it misses, zod accepts as absent too).
        if (!optional) return false;
      } else if (
        minimum >= 0
          ? typeof field !== "string" || field.length < minimum
          : values !== undefined
            ? !values.has(field)
            : !check(field)
      )
        return false;
      else known += 1;
    }
    // Every key the record has (for…in: its own enumerable ones, and any an altered prototype adds)
    // is one of the shape's exactly when there are no more of them than shape fields it has: counted,
    // not looked up one by one.
    let keys = 0;
    for (const _key in record) keys += 1;
    return keys === known;
  };
}
