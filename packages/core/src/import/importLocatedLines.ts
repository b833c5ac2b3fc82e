import { type Diagnostic, diagnostic, type SourceLocation } from "../diagnostics/diagnostic";
import type { MilepaelDocument } from "../model/document.schema";
import { type ImportDocumentOptions, type ImportFormat, importDocumentWith } from "./importDocument";
import type { importMeetingsText } from "./meetings/importMeetingsText";
import { readPlanText } from "./planText/read";
import type { ImportResult } from "./shared/result";

/** A line of the text handed to the text importers, with where in the Word or PDF file it came from. */
export interface LocatedLine {
  text: string;
  location: SourceLocation;
  /** The cells of a table row as written into the line, to point a finding at one of them. */
  cells?: string[];
}

/**
 * Reads the located lines of a Word or PDF file with the text importers; each finding points at
 * where its line came from (and at the cell, where the finding names one), not at a line number.
 * `wholeRows`: the table rows are whole (Word's), none continued from the row above by a page break;
 * `readMeetings`: the reader of minutes in place of `importMeetingsText` (Word's and the PDF's, which
 * also know milepael's own meetings paper).
 *
 * @example
 * importLocatedLines([{ text: "Dato: 4. maj 2017", location: { paragraph: 1 } }]).diagnostics;
 */
export function importLocatedLines(
  lines: readonly LocatedLine[],
  options: ImportDocumentOptions = {},
  { wholeRows = false, readMeetings }: { wholeRows?: boolean; readMeetings?: typeof importMeetingsText } = {},
): ImportResult<MilepaelDocument> {
  const text = lines.map((line) => line.text).join("\n");
  // Without the meetings CSV reader: a Word table or a PDF page is no milepael CSV export.
  const result = importDocumentWith(text, options, {
    readPlan: (source, planOptions) => readPlanText(source, planOptions ?? {}, { wholeRows }),
    ...(readMeetings === undefined ? {} : { readMeetings }),
  });
  const located = result.diagnostics.map((found) => locate(found, lines));
  return { document: result.document, diagnostics: located };
}

/**
 * The refusal of a format only text can have (CSV, JSON) for a Word or PDF file, or `undefined`
 * when the format fits: such a file is a follow-up, a plan or meetings, and its lines read as a
 * CSV table made a plan of "missing columns" and as JSON a parse error, neither of which said why.
 *
 * @example
 * formatRefused("pdf", "csv")?.code; // "import.format-not-for-file"
 */
export function formatRefused(
  kind: "docx" | "pdf",
  format: ImportFormat | undefined,
): Diagnostic | undefined {
  if (format !== "csv" && format !== "json") return undefined;
  return diagnostic("error", "import.format-not-for-file", [], { kind, format });
}

function locate(found: Diagnostic, lines: readonly LocatedLine[]): Diagnostic {
  if (found.line === undefined) return found;
  const line = lines[found.line - 1];
  const { line: _line, ...rest } = found;
  if (line === undefined) return rest;
  const raw = found.raw?.trim();
  const cell = raw === undefined ? -1 : (line.cells?.findIndex((text) => text.trim() === raw) ?? -1);
  return { ...rest, location: cell >= 0 ? { ...line.location, cell: cell + 1 } : line.location };
}

/**
 * What a file reader returns when it failed where it should not: milepael's bug, reported as
 * `import.internal-error` with the error's message, never thrown at the caller.
 *
 * @example
 * try { ... } catch (error) { return internalError(error); }
 */
export function internalError(error: unknown): ImportResult<never> {
  return {
    document: null,
    diagnostics: [
      diagnostic("error", "import.internal-error", [], {
        detail: error instanceof Error ? error.message : String(error),
      }),
    ],
  };
}
