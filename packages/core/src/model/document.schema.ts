import * as z from "zod";
import { type Diagnostic, diagnostic, hasErrors } from "../diagnostics/diagnostic";
import { defaultMaxInputLength } from "../limits";
import { type BudgetFollowUp, budgetFollowUpSchema } from "./budgetFollowUp.schema";
import { compileFastCheck, type FastCheck } from "./fastCheck";
import { type MeetingsDocument, meetingsDocumentSchema } from "./meetings.schema";
import { migrateAssessmentHistory } from "./migrateAssessmentHistory";
import { meetingsV1ToV2 } from "./migrations/meetingsV1ToV2";
import { type PlanDocument, planDocumentSchema } from "./plan.schema";
import { makeRichTextSafe } from "./safeRichText";

/** The schema version this release writes, and the newest it reads. */
export const currentSchemaVersion = 2;

/** Any milepael document: a plan, a budget follow-up or meetings, told apart by `type`. */
export const milepaelDocumentSchema = z.discriminatedUnion("type", [
  planDocumentSchema,
  budgetFollowUpSchema,
  meetingsDocumentSchema,
]);
export type MilepaelDocument = z.infer<typeof milepaelDocumentSchema>;
export type DocumentType = MilepaelDocument["type"];

export interface DocumentResult<T> {
  /** The valid document, or `null` when an error kept it from being one. */
  document: T | null;
  diagnostics: Diagnostic[];
}

const schemasByType = {
  plan: planDocumentSchema,
  "budget-follow-up": budgetFollowUpSchema,
  meetings: meetingsDocumentSchema,
} as const;

/** Each type's fast "is valid" check, compiled from its schema at its first use. */
const fastChecks = new Map<DocumentType, FastCheck>();

function fastCheck(type: DocumentType): FastCheck {
  let check = fastChecks.get(type);
  if (check === undefined) {
    check = compileFastCheck(schemasByType[type]);
    fastChecks.set(type, check);
  }
  return check;
}

/** One step of schema evolution: a document of version n in, the same document as n + 1 out. */
export type SchemaMigration = (document: Record<string, unknown>) => Record<string, unknown>;

/**
 * The steps from each older schema version to the next: `schemaMigrations[1]` turns a version 1
 * document into version 2. A release that raises
 * `currentSchemaVersion` adds its step here and freezes documents of the old version under
 * `test/schema-versions/` (a test fails until both exist), so every file ever written still loads.
 */
export const schemaMigrations: Readonly<Record<number, SchemaMigration>> = {
  // Version 2: the assessment history of follow-ups (issue #20) and the meetings document type
  // (issue #18), one step.
  1: (document) => meetingsV1ToV2(migrateAssessmentHistory(document)),
};

/**
 * Brings a document written by an older schema version up to `current`, step by step, and says
 * so in an info diagnostic. A document without a version is read as version 1 (hand-written
 * JSON often leaves it out), with a warning. Newer and malformed versions are left for the
 * caller and the schema to refuse.
 *
 * @example
 * upgradeDocument({ type: "plan", activities: [] }).diagnostics[0]?.code; // "schema.version-missing"
 */
export function upgradeDocument(
  input: Record<string, unknown>,
  migrations: Readonly<Record<number, SchemaMigration>> = schemaMigrations,
  current: number = currentSchemaVersion,
): { data: Record<string, unknown>; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let version = input.schemaVersion;
  let data = input;
  if (version === undefined) {
    diagnostics.push(diagnostic("warning", "schema.version-missing", ["schemaVersion"], { assumed: 1 }));
    version = 1;
    data = { ...input, schemaVersion: 1 };
  }
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1 || version >= current) {
    return { data, diagnostics };
  }
  const from = version;
  for (let step = from; step < current; step += 1) {
    const migrate = migrations[step];
    if (!migrate) {
      diagnostics.push(
        diagnostic("error", "schema.unsupported-version", ["schemaVersion"], {
          version: from,
          supported: current,
        }),
      );
      return { data, diagnostics };
    }
    data = { ...migrate(data), schemaVersion: step + 1 };
  }
  diagnostics.push(diagnostic("info", "schema.upgraded", ["schemaVersion"], { from, to: current }));
  return { data, diagnostics };
}

/**
 * Validates unknown data (parsed JSON) as a milepael document. Never throws: what is wrong comes
 * back as diagnostics with the path and the values a message needs, in Danish or English through
 * `formatDiagnostic`.
 *
 * @example
 * const { document, diagnostics } = validateDocument(JSON.parse(text));
 * if (document === null) console.error(diagnostics.map((d) => formatDiagnostic(d, "da")).join("\n"));
 */
export function validateDocument(input: unknown): DocumentResult<MilepaelDocument> {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return {
      document: null,
      diagnostics: [
        diagnostic("error", "schema.invalid-type", [], { expected: "object", received: typeOf(input) }),
      ],
    };
  }
  const { type, schemaVersion } = input as { type?: unknown; schemaVersion?: unknown };
  if (typeof schemaVersion === "number" && schemaVersion > currentSchemaVersion) {
    return {
      document: null,
      diagnostics: [
        diagnostic("error", "schema.unsupported-version", ["schemaVersion"], {
          version: schemaVersion,
          supported: currentSchemaVersion,
        }),
      ],
    };
  }
  if (type !== "plan" && type !== "budget-follow-up" && type !== "meetings") {
    return {
      document: null,
      diagnostics: [
        diagnostic(
          "error",
          "schema.unknown-type",
          ["type"],
          // A text, number or truth value is shown as written; anything else (an object, or a
          // BigInt from IndexedDB, which JSON.stringify throws on) by its kind.
          type === undefined
            ? {}
            : {
                type: ["string", "number", "boolean"].includes(typeof type)
                  ? JSON.stringify(type)
                  : typeOf(type),
              },
        ),
      ],
    };
  }
  const upgraded = upgradeDocument(input as Record<string, unknown>);
  if (hasErrors(upgraded.diagnostics)) return { document: null, diagnostics: upgraded.diagnostics };
  // The schemas only check (no defaults, no transforms): zod's output is a deep copy of the valid
  // input, the input is returned instead, so a 100,000-initiative document is not held twice.
  // A document the fast check passes is valid; any other goes through zod, whose issues are reported.
  if (fastCheck(type)(upgraded.data))
    return { document: upgraded.data as MilepaelDocument, diagnostics: upgraded.diagnostics };
  const result = schemasByType[type].safeParse(upgraded.data);
  if (result.success)
    return { document: upgraded.data as MilepaelDocument, diagnostics: upgraded.diagnostics };
  return {
    document: null,
    diagnostics: [
      ...upgraded.diagnostics,
      ...result.error.issues.map((issue) => issueToDiagnostic(issue, upgraded.data)),
    ],
  };
}

/**
 * Reads a milepael document from JSON text. Never throws; text longer than `maxInputLength`
 * characters (default 32 Mi, as the importers) is refused before parsing, so a huge download
 * cannot freeze the page.
 *
 * @example
 * const { document, diagnostics } = parseDocumentJson(await file.text());
 */
export function parseDocumentJson(
  text: string,
  options: { maxInputLength?: number | undefined } = {},
): DocumentResult<MilepaelDocument> {
  const limit = options.maxInputLength ?? defaultMaxInputLength;
  if (text.length > limit) {
    return {
      document: null,
      diagnostics: [diagnostic("error", "import.input-too-large", [], { size: text.length, limit })],
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return {
      document: null,
      diagnostics: [diagnostic("error", "schema.not-json", [], { detail: (error as Error).message })],
    };
  }
  const result = validateDocument(data);
  // The parsed data is ours: its rich text is made safe where it is, for apps that show it as HTML.
  if (result.document === null) return result;
  return {
    document: result.document,
    diagnostics: [...result.diagnostics, ...makeRichTextSafe(result.document)],
  };
}

/**
 * The JSON Schema (draft 2020-12) of a document type, or of any document, so that apps in other
 * languages can validate the same files.
 *
 * @example
 * writeFileSync("budget-follow-up.schema.json", JSON.stringify(documentJsonSchema("budget-follow-up")));
 */
export function documentJsonSchema(type?: DocumentType): Record<string, unknown> {
  const schema = type === undefined ? milepaelDocumentSchema : schemasByType[type];
  return z.toJSONSchema(schema, { target: "draft-2020-12", io: "input" }) as Record<string, unknown>;
}

export type { BudgetFollowUp, MeetingsDocument, PlanDocument };

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function issueToDiagnostic(issue: z.core.$ZodIssue, input: unknown): Diagnostic {
  const path = issue.path.filter((key): key is string | number => typeof key !== "symbol");
  const received = valueAt(input, issue.path);
  switch (issue.code) {
    case "invalid_type":
      return received === undefined
        ? diagnostic("error", "schema.missing", path, { expected: issue.expected })
        : diagnostic("error", "schema.invalid-type", path, {
            expected: issue.expected,
            received: typeOf(received),
          });
    case "invalid_value":
      return diagnostic("error", "schema.invalid-value", path, {
        expected: issue.values.map((value) => JSON.stringify(value)).join(", "),
        received: JSON.stringify(received) ?? "undefined",
      });
    case "unrecognized_keys":
      return diagnostic("error", "schema.unknown-key", path, { keys: issue.keys.join(", ") });
    case "too_small":
      return diagnostic("error", "schema.too-small", path, { minimum: Number(issue.minimum) });
    case "too_big":
      return diagnostic("error", "schema.too-big", path, { maximum: Number(issue.maximum) });
    case "invalid_format":
      return diagnostic("error", "schema.invalid-format", path, { format: issue.format });
    default:
      return diagnostic("error", "schema.invalid", path, { detail: issue.message });
  }
}
