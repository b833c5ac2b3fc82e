import { diagnostic } from "../diagnostics/diagnostic";
import { type MilepaelDocument, parseDocumentJson } from "../model/document.schema";
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
  // milepael's own CSV export of a follow-up was taken for the follow-up's text.
  const header = headerCells(trimmed);
  // milepael's meetings CSV names a date and a title too: told before a plan's table.
  if (isMeetingsCsv(trimmed)) return "meetings";
  const known = header.filter((cell) => planColumnOf(cell) !== undefined).length;
  if (known >= 2 || hasCsvHeader(trimmed, isFollowUpCsvHeader)) return "csv";
  if (hasTitleRowsAboveTable(trimmed)) return "csv";
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
  const format = options.format ?? detectFormat(text);
  const meetingsCsv = (): ImportResult<MilepaelDocument> =>
    readMeetingsCsv ? readMeetingsCsv(text, options) : importPlanCsv(text, options);
  switch (format) {
    case "json":
      return parseDocumentJson(text);
    case "followup":
      return importFollowUpText(text, options);
    case "plan":
      return readPlan(text, options);
    case "meetings":
      return isMeetingsCsv(readableStart(text)) ? meetingsCsv() : readMeetings(text, options);
    case "csv": {
      const start = readableStart(text);
      if (isMeetingsCsv(start)) return meetingsCsv();
      return hasCsvHeader(start, isFollowUpCsvHeader)
        ? importFollowUpCsv(text, options)
        : importPlanCsv(text, options);
    }
    case null:
      return { document: null, diagnostics: [diagnostic("error", "import.unknown-format", [])] };
    default:
      return format satisfies never;
  }
}

/** A text as the importers read it, from its first line that is not blank. */
function readableStart(text: string): string {
  return normalizeInput(text).text.trimStart();
}

/** The row milepael's meetings CSV writes in its block to say what it is (`#milepael;type;meetings`). */
const meetingsTypeRow = /^"?#milepael"?[;,\t]"?type"?[;,\t]"?meetings"?[;,\t]*$/m;

/** milepael's meetings CSV: its header where `hasCsvHeader` finds one, or its block's own row saying so. */
function isMeetingsCsv(text: string): boolean {
  if (hasCsvHeader(text, isMeetingsCsvHeader)) return true;
  return text.includes("#milepael") && meetingsTypeRow.test(text);
}

/**
 * Whether a CSV's header, on the first line or below a sheet's title rows and Excel's empty padded
 * rows (within the first ten lines, as the CSV importers look for it), is one `isHeader` accepts.
 */
function hasCsvHeader(text: string, isHeader: (cells: readonly string[]) => boolean): boolean {
  for (const line of text.split(/\r\n|\r|\n/, 10)) {
    const cells = headerCells(line);
    if (isHeader(cells)) return true;
    // Two cells or more that are not that header: some other table's header.
    if (cells.filter((cell) => cell !== "").length >= 2) return false;
  }
  return false;
}

/** The cells of a CSV text's first line, unquoted and trimmed. */
function headerCells(text: string): string[] {
  const firstLine = text.split(/\r\n|\r|\n/, 1)[0] ?? "";
  return firstLine.split(detectDelimiter(firstLine)).map((cell) => cell.trim().replace(/^"|"$/g, "").trim());
}

/**
 * A sheet saved from Excel with its title in the rows above the table ("Kommunikationsplan 2017;;"):
 * every line before the header holds the delimiter or is blank, and the header names two columns.
 */
function hasTitleRowsAboveTable(text: string): boolean {
  const lines = text.split(/\r\n|\r|\n/, 10);
  const delimiter = detectDelimiter(lines[0] ?? "");
  if (delimiter === "\t" || !(lines[0] ?? "").includes(delimiter)) return false;
  for (const line of lines.slice(1)) {
    const cells = line.split(delimiter).map((cell) => cell.trim().replace(/^"|"$/g, "").trim().toLowerCase());
    if (cells.filter((cell) => planColumnOf(cell) !== undefined).length >= 2) return true;
    if (line.trim() !== "" && !line.includes(delimiter)) return false;
  }
  return false;
}
