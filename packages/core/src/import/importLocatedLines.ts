import { type Diagnostic, diagnostic, type SourceLocation } from "../diagnostics/diagnostic";
import type { MilepaelDocument } from "../model/document.schema";
import { type ImportDocumentOptions, importDocumentWith } from "./importDocument";
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
  // Without the meetings CSV reader: a Word table or a PDF page is no milepael CSV export.
  const result = importDocumentWith(lines.map((line) => line.text).join("\n"), options, {
    readPlan: (text, planOptions) => readPlanText(text, planOptions ?? {}, { wholeRows }),
    ...(readMeetings === undefined ? {} : { readMeetings }),
  });
  return { document: result.document, diagnostics: result.diagnostics.map((found) => locate(found, lines)) };
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
