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
      let minimum = 0;
      for (const check of def.checks ?? []) {
        const { check: kind, minimum: value } = check._zod.def;
        if (kind !== "min_length" || typeof value !== "number") return delegate;
        minimum = Math.max(minimum, value);
      }
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

function compileStrictObject(def: Definition, delegate: FastCheck): FastCheck {
  // Only strict objects: unknown keys refused, so every key read is one of the shape's.
  if (def.catchall === undefined || (def.catchall._zod.def as unknown as Definition).type !== "never")
    return delegate;
  const entries = Object.entries(def.shape ?? {}).map(([key, field]) => ({
    key,
    optional: (field._zod.def as unknown as Definition).type === "optional",
    check: compileFastCheck(field),
  }));
  return (value) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
    // Plain objects only (parsed JSON, literals): anything else is zod's to judge.
    const prototype = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) return false;
    const record = value as Record<string, unknown>;
    let known = 0;
    for (const { key, optional, check } of entries) {
      const field = record[key];
      if (field === undefined) {
        // An optional field written as `undefined` is zod's to judge; an absent one is fine.
        if (!optional || key in record) return false;
      } else if (!check(field)) return false;
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
