import { type Diagnostic, diagnostic } from "../diagnostics/diagnostic";
import { type MilepaelDocument, parseDocumentJson } from "../model/document.schema";
import { sheetHead } from "./csvMetadata/sheet";
import { type FollowUpCsvImportOptions, importFollowUpCsv, isFollowUpCsvHeader } from "./followUpCsv/read";
import { type FollowUpImportOptions, importFollowUpText } from "./followUpText/read";
import { isMeetingsCsvHeader } from "./meetings/csvColumns";
import { importMeetingsText, looksLikeMeetings } from "./meetings/importMeetingsText";
import { importMeetingsCsv } from "./meetings/readCsv";
import { importPlanCsv, type PlanCsvImportOptions } from "./planCsv/read";
import { planColumnOf } from "./planText/columns";
import { importPlanText, type PlanImportOptions } from "./planText/read";
import { refuseInput } from "./shared/collector";
import { detectDelimiter } from "./shared/delimited";
import { normalizeInput } from "./shared/normalize";
import type { ImportResult } from "./shared/result";

export const importFormats = ["followup", "plan", "csv", "json", "meetings"] as const;
export type ImportFormat = (typeof importFormats)[number];

/** The document type each format that names one reads. */
export const typeOfFormat: Partial<Record<ImportFormat, MilepaelDocument["type"]>> = {
  followup: "budget-follow-up",
  plan: "plan",
  meetings: "meetings",
};

export type ImportDocumentOptions = FollowUpImportOptions &
  PlanImportOptions &
  Omit<PlanCsvImportOptions, "columns"> &
  FollowUpCsvImportOptions & {
    /** Skip detection and read the text as this format. */
    format?: ImportFormat | undefined;
  };

/**
 * Tells what a text is: milepael JSON, a follow-up's text, minutes or agendas (as text, or milepael's
 * meetings CSV: "meetings"), a plan's text, or a CSV/TSV table (a first line of known column names: a
 * plan's activity table or a follow-up's milestone rows).
 * `null` when it is none of them.
 *
 * @example
 * detectFormat("Dato;Aktivitet\n8. maj;Møde"); // "csv"
 */
export function detectFormat(text: string): ImportFormat | null {
  // Told on the text as the importers read it (see normalizeInput), columns recovered if need be.
  const readable = normalizeInput(text).text;
  return formatOf(readable) ?? formatOf(normalizeInput(readable, { recoverColumns: true }).text);
}

/**
 * "Kort beskrivelse af indsatsen" starting a cell (spaces, bold marks and tags before it allowed), or
 * a row labelled "Milepæl". Only spaces before the words: a run of tabs is not scanned from each tab.
 */
const followUpRow =
  /(?:^|[\t|])[ *]*(?:<[a-z]+>[ *]*)*Kort beskrivelse af indsatsen|^(?:<p>)?Milepæl(?:<\/p>)?\t/im;

function formatOf(text: string): ImportFormat | null {
  const trimmed = text.trimStart();
  if (trimmed.startsWith("{")) return "json";
  // A CSV's header first: its cells (a description, a milestone) may quote a follow-up's words, so
  // milepael's own CSV export of a follow-up was taken for the follow-up's text. Looked for in the
  // rows the CSV importers look in (below a sheet's title rows, padded rows, a block), read as they read them.
  const head = sheetHead(text);
  // milepael's meetings CSV names a date and a title too: told before a plan's table.
  if (isMeetingsCsv(head.rows, text)) return "meetings";
  const known = headerCells(trimmed).filter((cell) => planColumnOf(cell) !== undefined).length;
  if (known >= 2 || head.rows.some(isFollowUpCsvHeader)) return "csv";
  if (hasTitleRowsAboveTable(head)) return "csv";
  // The initiative table's header cell, or a milestone row: at the start of a cell, not inside a text.
  if (followUpRow.test(trimmed)) return "followup";
  if (looksLikeMeetings(trimmed)) return "meetings";
  // Only blanks within the line around a pipe row: `\s*` would run across every following empty
  // line at each line start, and 100,000 newlines took 22 s.
  if (/\t|^[^\S\n\r\u2028\u2029]*\|.*\|[^\S\n\r\u2028\u2029]*$/m.test(trimmed)) return "plan";
  return null;
}

/**
 * Reads any text milepael knows into a document: detects the format unless told, then runs the
 * matching importer. Never throws.
 *
 * @example
 * const { text } = decodeText(new Uint8Array(await file.arrayBuffer())); // not file.text(): see decodeText
 * const { document, diagnostics } = importDocument(text ?? "", { sadFace: "yellow" });
 */
export function importDocument(
  text: string,
  options: ImportDocumentOptions = {},
): ImportResult<MilepaelDocument> {
  return importDocumentWith(text, options, { readMeetingsCsv: importMeetingsCsv });
}

/**
 * `importDocument` with the meetings CSV reader given, or none: the Word and PDF readers pass none,
 * so their entries do not carry it (a table with a meetings CSV's header is then read as a plan's
 * table, as before that reader). `readPlan` reads a plan's text in place of `importPlanText`
 * (the Word reader's, whose table rows are whole), `readMeetings` minutes in place of
 * `importMeetingsText` (the Word reader's, which also knows milepael's own meetings paper).
 *
 * @example
 * importDocumentWith(lines.join("\n"), options); // what importDocument gives, but a meetings CSV
 */
export function importDocumentWith(
  text: string,
  options: ImportDocumentOptions = {},
  {
    readMeetingsCsv,
    readPlan = importPlanText,
    readMeetings = importMeetingsText,
  }: {
    readMeetingsCsv?: typeof importMeetingsCsv;
    readPlan?: typeof importPlanText;
    readMeetings?: typeof importMeetingsText;
  } = {},
): ImportResult<MilepaelDocument> {
  const refused = refuseInput(text, options);
  if (refused) return refused;
  const meetingsCsv = (): ImportResult<MilepaelDocument> =>
    readMeetingsCsv ? readMeetingsCsv(text, options) : importPlanCsv(text, options);
  const readAs = (format: ImportFormat | null): ImportResult<MilepaelDocument> => {
    switch (format) {
      case "json":
        return parseDocumentJson(text);
      case "followup":
        return importFollowUpText(text, options);
      case "plan":
        return readPlan(text, options);
      case "meetings": {
        const readable = normalizeInput(text).text;
        return isMeetingsCsv(sheetHead(readable, options.delimiter).rows, readable)
          ? meetingsCsv()
          : readMeetings(text, options);
      }
      case "csv": {
        const readable = normalizeInput(text).text;
        const { rows } = sheetHead(readable, options.delimiter);
        if (isMeetingsCsv(rows, readable)) return meetingsCsv();
        return rows.some(isFollowUpCsvHeader)
          ? importFollowUpCsv(text, options)
          : importPlanCsv(text, options);
      }
      case null:
        return { document: null, diagnostics: [diagnostic("error", "import.unknown-format", [])] };
      default:
        return format satisfies never;
    }
  };
  const result = readAs(options.format ?? detectFormat(text));
  const looked = lookedLike(text, options.format);
  return looked.length === 0 ? result : { ...result, diagnostics: [...looked, ...result.diagnostics] };
}

/**
 * The user chose the format, so the text is read as that; but when it looks like another document
 * (`--format plan` on a follow-up), a warning says what it looks like, so that an odd result is not
 * taken for the file's content. For pasted text as for a Word or PDF file's lines.
 */
function lookedLike(text: string, format: ImportFormat | undefined): Diagnostic[] {
  if (format === undefined || typeOfFormat[format] === undefined) return [];
  const detected = detectFormat(text);
  const found = detected === null ? undefined : typeOfFormat[detected];
  if (found === undefined || found === typeOfFormat[format]) return [];
  return [diagnostic("warning", "import.format-not-used", [], { format, found, readAs: "format" })];
}

/** The row milepael's meetings CSV writes in its block to say what it is (`#milepael;type;meetings`). */
const meetingsTypeRow = /^"?#milepael"?[;,\t]"?type"?[;,\t]"?meetings"?[;,\t]*$/m;

/** milepael's meetings CSV: its header among the rows `sheetHead` gives, or its block's own row saying so. */
function isMeetingsCsv(head: readonly string[][], text: string): boolean {
  if (head.some(isMeetingsCsvHeader)) return true;
  return text.includes("#milepael") && meetingsTypeRow.test(text);
}

/** The cells of a CSV text's first line, unquoted and trimmed. */
function headerCells(text: string): string[] {
  const firstLine = text.split(/\r\n|\r|\n/, 1)[0] ?? "";
  return firstLine.split(detectDelimiter(firstLine)).map((cell) => cell.trim().replace(/^"|"$/g, "").trim());
}

/**
 * A sheet saved from Excel with its title (or milepael's block) in the rows above the table
 * ("Kommunikationsplan 2017;;"): a row names two of a plan's columns, and every row above it held
 * the delimiter (a text's title lines do not). Not for tabs: a tab-separated text with a title is
 * a plan's text.
 */
function hasTitleRowsAboveTable({ delimiter, rows }: { delimiter: string; rows: string[][] }): boolean {
  if (delimiter === "\t") return false;
  for (const cells of rows) {
    if (cells.filter((cell) => planColumnOf(cell.trim()) !== undefined).length >= 2) return true;
    if (cells.length < 2) return false;
  }
  return false;
}
