import type { DiagnosticCode } from "./diagnostic";

/** A value a message shows: text, or a number the catalogue formats for the locale. */
type Value = string | number;
/** The params of a code whose message needs none. */
type None = Record<string, never>;

/**
 * The params each diagnostic code carries, so that `diagnostic(...)` and `DiagnosticCollector.add(...)`
 * are checked by the compiler: a missing or misspelt param is a type error, not an empty gap in a
 * message. Every code in `diagnosticCodes` has an entry (checked below); new codes go to both places,
 * grouped the same way, and their messages to `messages.ts`.
 */
export interface DiagnosticParams {
  // Reading a document as JSON against the schema
  "schema.not-json": { detail: Value };
  "schema.invalid-type": { expected: Value; received: Value };
  "schema.missing": { expected: Value };
  "schema.invalid-value": { received: Value; expected: Value };
  "schema.unknown-key": { keys: Value };
  "schema.too-small": { minimum: Value };
  "schema.too-big": { maximum: Value };
  "schema.invalid-format": { format: Value };
  "schema.invalid": { detail: Value };
  "schema.unsupported-version": { version: Value; supported: Value };
  "schema.version-missing": { assumed: Value };
  "schema.upgraded": { from: Value; to: Value };
  "schema.unknown-type": { type: Value };
  // Status rules
  "rules.economy-level-undefined": { status: Value };
  "rules.assessed-before-cut-off": { round: Value; cutOff: Value };
  "rules.overdue": { round: Value; cutOff: Value };
  "rules.duplicate-id": { id: Value };
  "rules.unknown-round": { round: Value };
  "rules.unknown-track": { track: Value };
  "rules.duplicate-round-assessment": { round: Value };
  // Importing documents' text and tables
  "import.empty-input": None;
  "import.input-too-large": { size: number; limit: number; unit?: "bytes" | "pages" };
  "import.internal-error": { detail: Value };
  "import.unknown-format": None;
  "import.no-title": None;
  "import.year-inferred": { year: Value; source: Value };
  "import.unrecognized-line": None;
  "import.row-outside-initiative": None;
  "import.unknown-kind": { text: Value };
  "import.unknown-smiley": { symbol: Value };
  "import.smiley-guessed": { symbol: Value; chosen: Value };
  "import.round-cut-off-assumed": { round: Value; cutOff: Value };
  "import.round-cut-off-unknown": { round: Value; cutOff?: Value };
  // CSV rich text (wt-html): the column, where the importer knows it (the CSV importers)
  "import.html-removed": { elements: Value; column?: Value };
  "import.note-split": { text: Value };
  "import.list-items-split": None;
  "import.date-not-understood": { text: Value; reason: Value };
  "import.activity-without-date": None;
  "import.no-table": None;
  "import.missing-column": { column: Value };
  "import.unknown-column": { column: Value };
  "import.unclosed-quote": None;
  "import.extra-cells": { count: Value };
  "import.invalid-value": { value: Value; column: Value };
  "import.cell-ignored": { column: Value };
  "import.row-without-initiative": None;
  "import.milestone-without-round": None;
  // Nothing silently lost (issue #15): bytes, encodings, normalised text, empty results
  "import.binary-file": { kind: Value };
  "import.text-encoding": { encoding: Value; bom: Value };
  "import.text-normalized": { nbsp?: number; softHyphen?: number; zeroWidth?: number };
  "import.columns-recovered": { count: number };
  "import.nothing-understood": { kind: Value };
  "import.no-milestones": None;
  "import.no-economy": None;
  "import.wingdings-smiley": { letter: Value; symbol: Value };
  "import.duplicate-rows": { first: Value; count: number };
  "import.file-type-not-accepted": { name: Value; accepted: Value };
  // Round trips of milepael's own CSV (wt-exports)
  "import.date-columns-disagree": { start: Value; end: Value; text: Value };
  // Word (.docx) and PDF files (issue #17)
  "import.smiley-read": { status: Value; source: Value };
  "import.docx-unknown-picture": { name: Value };
  "import.docx-damaged": { detail: Value };
  "import.docx-not-word": { kind: Value };
  "import.docx-old-word": None;
  "import.xml-dtd": None;
  "import.zip-bomb": { entry: Value; size: number; packed: number };
  "import.encrypted": None;
  "import.pdf-damaged": { detail: Value };
  "import.pdf-active-content": { content: Value };
  "import.scanned-pdf": None;
  // Word export read back (wt-papers, issue #21)
  "import.docx-copy-used": None;
  "import.docx-copy-differs": None;
  "import.docx-copy-unreadable": { reason: "damaged" | "newer" };
  // Hardening: input that would freeze or crash a reader (issue #15, linear time and stack safety)
  "import.markup-too-deep": { depth: Value };
  "import.cell-too-long": { length: number; limit: number };
  // Assessing a follow-up round (issue #20): the reading guide checked when a status is set
  "assessment.invalid-entry": { field: Value };
  "assessment.unknown-initiative": { initiative: Value };
  "assessment.unknown-milestone": { initiative: Value; milestone: Value };
  "assessment.no-economy-line": { initiative: Value };
  "assessment.no-open-round": None;
  "assessment.round-published": { round: Value };
  "assessment.early": { round: Value; openRound: Value };
  "assessment.level-not-on-scale": { scale: Value; status: Value; levels: Value };
  "assessment.note-required": { status: Value };
  "assessment.note-required-for-jump": { from: Value; to: Value };
  "assessment.round-already-open": { round: Value };
  "assessment.round-already-published": { round: Value };
  "assessment.another-round-open": { round: Value };
  "assessment.earlier-rounds-closed": { rounds: Value };
  "assessment.round-not-open": { round: Value };
  "assessment.not-assessed-at-publish": { count: number; round: Value; milestones: Value };
  "assessment.reopen-not-latest": { latest: Value; round: Value };
  "assessment.reason-required": None;
  "assessment.several-open-rounds": { rounds: Value };
  "assessment.history-unknown-reference": { reference: Value };
  "assessment.time-before-history": { at: Value; latest: Value };
  "assessment.duplicate-round-label": { label: Value; round: Value };
  // Keeping documents in a store (issue #20)
  "store.conflict": { id: Value; expected: number; found: number; savedAt: Value };
  "store.full": { detail: Value };
  "store.unavailable": { detail: Value };
  "store.not-a-backup": None;
  "store.invalid-entry": { id: Value };
  "store.import-kept-existing": { id: Value };
  // Meetings: minutes and agendas (issue #18)
  "meetings.no-meetings": None;
  "meetings.date-missing": { body: Value };
  "meetings.weekday-mismatch": { weekday: Value; date: Value; actual: Value };
  "meetings.year-from-context": { year: Value; source: Value };
  "meetings.title-repaired": { title: Value };
  "meetings.item-not-in-toc": { title: Value };
  "meetings.toc-item-missing": { title: Value };
  "meetings.attachment-pages-skipped": { fromPage: Value; toPage: Value; toLine: Value };
  "meetings.block-skipped": None;
  "meetings.related-document": { title: Value; kind: Value };
  "meetings.item-without-meeting": { title: Value; body: Value };
  "meetings.furniture-removed": { count: Value };
  // a follow-up CSV's repeated cells that differ between an initiative's rows
  "import.repeated-cell-differs": {
    column: Value;
    first: Value;
    firstLine: Value;
    value: Value;
    kept: Value;
    // CSV rich text (wt-html): the value of the two compared that is not used
    notKept: Value;
  };
  // follow-up text hardening. economy-rows-merged names the row above by its text (a line number
  // was wrong for Word and PDF) and says what of the two rows was kept and what dropped.
  "import.economy-rows-merged": {
    above: Value;
    rowsAbove: number;
    status: Value;
    droppedStatus?: Value;
    amountAbove?: Value;
    amountHere?: Value;
  };
  // A header row with very many unknown columns: one finding, not one per column
  "import.unknown-columns": { count: Value };
  // follow-up text: the text before the first section (a note, the reading guide), never dropped silently
  "import.preamble-ignored": None;
  "import.reading-guide-standard": None;
  // A follow-up CSV's Id under two sections: two initiatives, the second renamed
  "import.id-in-two-sections": { id: Value; section: Value; kept: Value };
  // Meetings CSV (wt-mcsv): milepael's decision list read back as meetings
  "meetings.csv-missing-column": { column: Value };
  "meetings.csv-unknown-columns": { count: Value; columns: Value };
  "meetings.csv-extra-cells": { count: Value };
  "meetings.csv-date-invalid": { value: Value };
  "meetings.csv-title-missing": None;
  "meetings.csv-body-missing": None;
  "meetings.csv-unknown-kind": { value: Value };
  "meetings.csv-unknown-outcome": { value: Value; outcome: Value; kept: Value };
  "meetings.csv-nothing-read": None;
  // A meeting the block names that no rows match: its time, place and absentees are not read
  "meetings.csv-block-unmatched": { id: Value; body: Value; date: Value };
  // CSV rich text (wt-html): a plan CSV's Start or Slut cell that is no day
  "import.day-column-invalid": { column: Value; value: Value; text: Value };
  // A plan CSV row with an empty Dato cell but its days in Start and Slut
  "import.date-from-day-columns": { text: Value; start: Value; end?: Value };
}

/** The params argument of a code: optional when the code needs none. */
export type DiagnosticParamsArgument<C extends DiagnosticCode> =
  Record<string, never> extends DiagnosticParams[C]
    ? [params?: DiagnosticParams[C]]
    : [params: DiagnosticParams[C]];

// Every code has params and every params entry is a code: a compile error here names the odd one out.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const everyCodeHasParams: Same<keyof DiagnosticParams, DiagnosticCode> = true;
