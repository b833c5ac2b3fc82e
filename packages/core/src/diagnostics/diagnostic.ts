import type { DiagnosticParamsArgument } from "./params";

/** How bad a diagnostic is: errors make a document invalid; warnings and info do not. */
export type DiagnosticLevel = "error" | "warning" | "info";

/** Every code milepael reports. Messages for people come from the catalogue (`formatDiagnostic`). */
export const diagnosticCodes = [
  // Reading a document as JSON against the schema
  "schema.not-json",
  "schema.invalid-type",
  "schema.missing",
  "schema.invalid-value",
  "schema.unknown-key",
  "schema.too-small",
  "schema.too-big",
  "schema.invalid-format",
  "schema.invalid",
  "schema.unsupported-version",
  "schema.version-missing",
  "schema.upgraded",
  "schema.unknown-type",
  // Status rules
  "rules.economy-level-undefined",
  "rules.assessed-before-cut-off",
  "rules.overdue",
  "rules.duplicate-id",
  "rules.unknown-round",
  "rules.unknown-track",
  "rules.duplicate-round-assessment",
  // Importing documents' text and tables
  "import.empty-input",
  "import.input-too-large",
  "import.internal-error",
  "import.unknown-format",
  "import.no-title",
  "import.year-inferred",
  "import.unrecognized-line",
  "import.row-outside-initiative",
  "import.unknown-kind",
  "import.unknown-smiley",
  "import.smiley-guessed",
  "import.round-cut-off-assumed",
  "import.round-cut-off-unknown",
  "import.html-removed",
  "import.note-split",
  "import.list-items-split",
  "import.header-repeated",
  "import.paper-heading",
  "import.row-joined",
  "import.date-not-understood",
  "import.document-date-not-read",
  "import.activity-without-date",
  "import.no-table",
  "import.missing-column",
  "import.unknown-column",
  "import.unclosed-quote",
  "import.extra-cells",
  "import.invalid-value",
  "import.cell-ignored",
  "import.row-without-initiative",
  "import.milestone-without-round",
  // Nothing silently lost (issue #15): bytes, encodings, normalised text, empty results
  "import.binary-file",
  "import.text-encoding",
  "import.text-normalized",
  "import.columns-recovered",
  "import.nothing-understood",
  "import.no-milestones",
  "import.no-economy",
  "import.wingdings-smiley",
  "import.duplicate-rows",
  "import.csv-header-repeated",
  "import.file-type-not-accepted",
  // Round trips of milepael's own CSV (wt-exports)
  "import.date-columns-disagree",
  // Word (.docx) and PDF files (issue #17)
  "import.smiley-read",
  "import.docx-unknown-picture",
  "import.docx-damaged",
  "import.docx-not-word",
  "import.docx-old-word",
  "import.xml-dtd",
  "import.zip-bomb",
  "import.encrypted",
  "import.pdf-damaged",
  "import.pdf-active-content",
  "import.scanned-pdf",
  "import.docx-copy-used",
  "import.docx-copy-differs",
  "import.docx-copy-unreadable",
  // A milepael export whose tagged controls were edited into no follow-up: read as text, and said so
  "import.docx-tags-unreadable",
  // A milepael export whose value control Word removed, its text left on the page: read as text
  "import.docx-controls-removed",
  // Text typed in Word beside a value control in a paragraph of milepael's paper: the tags kept, the text shown
  "import.docx-typed-beside",
  // milepael's own Word file read as what it is, though another format was given; or a Word or PDF
  // file read as the format given, though it looks like another document
  "import.format-not-used",
  // A Word or PDF file given a format only text can have (CSV, JSON): refused, the formats that fit named
  "import.format-not-for-file",
  // Hardening: input that would freeze or crash a reader (issue #15, linear time and stack safety)
  "import.markup-too-deep",
  "import.cell-too-long",
  // Assessing a follow-up round (issue #20): the reading guide checked when a status is set
  "assessment.invalid-entry",
  "assessment.unknown-initiative",
  "assessment.unknown-milestone",
  "assessment.no-economy-line",
  "assessment.no-open-round",
  "assessment.round-published",
  "assessment.early",
  "assessment.level-not-on-scale",
  "assessment.note-required",
  "assessment.note-required-for-jump",
  "assessment.round-already-open",
  "assessment.round-already-published",
  "assessment.another-round-open",
  "assessment.earlier-rounds-closed",
  "assessment.round-not-open",
  "assessment.not-assessed-at-publish",
  "assessment.reopen-not-latest",
  "assessment.reason-required",
  "assessment.several-open-rounds",
  "assessment.history-unknown-reference",
  "assessment.time-before-history",
  "assessment.duplicate-round-label",
  // Keeping documents in a store (issue #20)
  "store.conflict",
  "store.full",
  "store.unavailable",
  "store.not-a-backup",
  "store.invalid-entry",
  "store.import-kept-existing",
  // Meetings: minutes and agendas (issue #18)
  "meetings.no-meetings",
  "meetings.date-missing",
  "meetings.weekday-mismatch",
  "meetings.time-invalid",
  "meetings.end-before-start",
  "meetings.year-from-context",
  "meetings.title-repaired",
  "meetings.item-not-in-toc",
  "meetings.toc-item-missing",
  "meetings.attachment-pages-skipped",
  "meetings.block-skipped",
  "meetings.related-document",
  "meetings.item-without-meeting",
  "meetings.furniture-removed",
  "meetings.paper-read",
  "meetings.paper-unknown-outcome",
  // a follow-up CSV's repeated cells that differ between an initiative's rows
  "import.repeated-cell-differs",
  // follow-up text hardening
  "import.economy-rows-merged",
  // A header row with very many unknown columns: one finding, not one per column
  "import.unknown-columns",
  // follow-up text: the text before the first section (a note, the reading guide), never dropped silently
  "import.preamble-ignored",
  "import.reading-guide-standard",
  // A follow-up CSV's Id under two sections: two initiatives, the second renamed
  "import.id-in-two-sections",
  // Meetings CSV (wt-mcsv): milepael's decision list read back as meetings
  "meetings.csv-missing-column",
  "meetings.csv-unknown-columns",
  "meetings.csv-extra-cells",
  "meetings.csv-date-invalid",
  "meetings.csv-title-missing",
  "meetings.csv-body-missing",
  "meetings.csv-unknown-kind",
  "meetings.csv-unknown-outcome",
  "meetings.csv-nothing-read",
  "meetings.csv-block-unmatched",
  // CSV rich text (wt-html): a plan CSV's Start or Slut cell that is no day
  "import.day-column-invalid",
  "import.date-from-day-columns",
] as const;
export type DiagnosticCode = (typeof diagnosticCodes)[number];

export type DiagnosticPath = (string | number)[];

/**
 * Where in a Word or PDF file a finding is, 1-based: a table's row and cell, a paragraph outside
 * tables, or a page's line.
 */
export interface SourceLocation {
  table?: number;
  row?: number;
  cell?: number;
  paragraph?: number;
  page?: number;
  line?: number;
}

/** A finding about a document, as data: a code, where, and the values its message needs. */
export interface Diagnostic {
  level: DiagnosticLevel;
  code: DiagnosticCode;
  /** Where in the document: `["sections", 0, "initiatives", 2, "economy", "status"]`. */
  path: DiagnosticPath;
  params: Record<string, string | number>;
  /** 1-based line in the source text, for importers. */
  line?: number;
  /** Where in a Word or PDF file, for importers of those (they have no lines of their own). */
  location?: SourceLocation;
  /** The source text that could not be placed, so that nothing is lost silently. */
  raw?: string;
}

/**
 * Builds a diagnostic.
 *
 * @example
 * diagnostic("error", "rules.duplicate-id", ["sections", 0, "initiatives", 1, "id"], { id: "5.03" });
 */
export function diagnostic<C extends DiagnosticCode>(
  level: DiagnosticLevel,
  code: C,
  path: DiagnosticPath,
  ...[params]: DiagnosticParamsArgument<C>
): Diagnostic {
  return { level, code, path, params: (params ?? {}) as Record<string, string | number> };
}

/**
 * Whether a list of diagnostics holds an error.
 *
 * @example
 * hasErrors(validateDocument(json).diagnostics); // false for a valid document
 */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((finding) => finding.level === "error");
}
