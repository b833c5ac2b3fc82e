import type {
  DecisionOutcome,
  Meeting,
  MeetingItem,
  MeetingKind,
  MeetingsDocument,
} from "../../model/meetings.schema";
import type { DocumentMetadata } from "../../model/metadata.schema";
import { type CsvSheet, importCsv } from "../csvMetadata/sheet";
import { ownValue } from "../shared/cells";
import { type DiagnosticCollector, reportDuplicateRows } from "../shared/collector";
import { firstColumnIndexes, headerColumns, rowCell } from "../shared/csvColumns";
import { isoDayOf } from "../shared/dayCell";
import type { CommonImportOptions, ImportResult } from "../shared/result";
import { cappedRaw } from "../shared/rowReports";
import { meetingKey, nameMeetings } from "./blockMeetings";
import {
  isMeetingsCsvHeader,
  type MeetingCsvColumn,
  meetingCsvColumnByHeader,
  meetingItemCsvColumns,
} from "./csvColumns";
import { reportIgnoredCells, reportUnknownHeaders } from "./csvFindings";
import { decisionOutcome, outcomeOfUnknownWord } from "./decisionOutcome";
import { kindByWord, outcomeWords } from "./meetingParts";

export interface MeetingsCsvImportOptions extends CommonImportOptions {
  /** Column delimiter; detected from the header when not given. */
  delimiter?: "," | ";" | "\t";
  /**
   * The document's metadata. Default: what the CSV's metadata block says (milepael's export
   * writes one), else the first meeting's kind and body as title, its date and year.
   */
  metadata?: DocumentMetadata;
}

/** The body of a row that names none. */
const noBody = "Uden udvalg";

/**
 * Reads milepael's meetings CSV (what `exportMeetingItemsCsv` writes: one row per agenda item with
 * Udvalg, Type, Dato, Punkt, Titel, Sagsnr., Udfald, Beslutning, Indstilling,
 * Beslutningskompetence, Bilag, or the English headers) back into a `meetings` document, as
 * Excel saves it too: comma or semicolon, UTF-8 or Windows-1252 (decoded by `decodeText`), CRLF,
 * padded empty rows, headers in any case, dates re-written as `DD-MM-YYYY`. Rows group into
 * meetings by body, kind and date wherever they stand, in the order the file's block lists them
 * (a sheet sorted in Excel keeps its meetings' order; without the block, the order their first
 * rows come in); items keep the order of their rows. Outcome words of either language map back to the
 * outcome; an unknown word is reported and kept as the decision when the row has none. A row
 * without item cells is a meeting without items. The metadata block below the table gives back
 * the document's metadata, each meeting's id, municipality, time, place and absentees (matched by
 * body, kind and date) and the related documents; without it (a sheet made by hand, the decision
 * log's CSV) ids are made as the text importer makes them (body, date, "-dagsorden"). Unknown
 * columns and their cells, extra cells and rows without a date or title are reported with their
 * line; a file without a date or title column fails. Never throws.
 *
 * What the CSV does not carry: an item's summary and case text; an empty recommendation list or
 * an empty text (read as none); a line break inside a recommendation clause or an attachment name
 * (it splits it); two meetings of one body, kind and date (read as one).
 *
 * @example
 * const { document } = importMeetingsCsv(exportMeetingItemsCsv(meetings));
 * document?.meetings[0]?.items[1]?.outcome; // "approved"
 */
export function importMeetingsCsv(
  text: string,
  options: MeetingsCsvImportOptions = {},
): ImportResult<MeetingsDocument> {
  return importCsv(text, options, isMeetingsCsvHeader, (collector) => {
    // `build` may run twice: at the end of `read`, and again for what was read should an unexpected
    // error stop it there. The meetings get their ids once.
    let named = false;
    const meetings: Meeting[] = [];
    const build = ({ block, sheetTitle }: CsvSheet): MeetingsDocument | null => {
      const first = meetings[0];
      if (first === undefined) return null;
      if (!named) nameMeetings(meetings, block, collector);
      named = true;
      const metadata = options.metadata ??
        block.metadata ?? {
          title: sheetTitle ?? `${first.kind === "referat" ? "Referat" : "Dagsorden"} ${first.body}`,
          date: first.date,
          year: Number(first.date.slice(0, 4)),
        };
      const relatedDocuments = block.relatedDocuments ?? [];
      return { schemaVersion: 2, type: "meetings", metadata, meetings, relatedDocuments };
    };
    return {
      read: (sheet) => {
        const { header, body } = sheet;
        if (header === undefined) return nothingRead(collector);
        const columns = headerColumns(header.cells, meetingCsvColumnByHeader);
        reportUnknownHeaders(header, columns, collector);
        const missing = (["date", "title"] as const).filter((column) => !columns.includes(column));
        for (const column of missing)
          collector.add("error", "meetings.csv-missing-column", header.line, { column });
        if (missing.length > 0) return null;
        reportDuplicateRows(body, collector);
        const columnIndex = firstColumnIndexes(columns);
        const byKey = new Map<string, Meeting>();
        const outcomeByWord = outcomeWords();
        for (const row of body) {
          // Values are kept as written (spaces too); trimming only decides what is empty.
          const cell = rowCell(row, columnIndex, "");
          const rowText = () => cappedRaw(row.cells.join(";"));
          reportIgnoredCells(row, header.cells, columns, collector);
          const dateText = cell("date").trim();
          const date = isoDayOf(dateText);
          if (date === undefined) {
            collector.add("warning", "meetings.csv-date-invalid", row.line, { value: dateText }, rowText());
            continue;
          }
          const bodyBlank = cell("body").trim() === "";
          const bodyText = bodyBlank ? noBody : cell("body");
          if (bodyBlank && columnIndex.has("body"))
            collector.add("warning", "meetings.csv-body-missing", row.line, {}, rowText());
          const kind = readKind(cell("kind"), row.line, collector);
          const key = meetingKey(bodyText, kind, date);
          let meeting = byKey.get(key);
          if (meeting === undefined) {
            // Its id comes from the metadata block, or is made from body and date (nameMeetings).
            meeting = {
              id: "",
              kind,
              body: bodyText,
              date,
              absent: [],
              items: [],
            };
            byKey.set(key, meeting);
            meetings.push(meeting);
          }
          if (meetingItemCsvColumns.every((column) => cell(column).trim() === "")) continue;
          if (cell("title").trim() === "") {
            collector.add("warning", "meetings.csv-title-missing", row.line, {}, rowText());
            continue;
          }
          meeting.items.push(readItem(cell, meeting.items.length, row.line, outcomeByWord, collector));
        }
        if (meetings.length === 0) return nothingRead(collector);
        return build(sheet);
      },
      build,
    };
  });
}

/** One item from its row's cells; `position` numbers an item whose number cell is empty. */
function readItem(
  cell: (column: MeetingCsvColumn) => string,
  position: number,
  line: number,
  outcomeByWord: ReadonlyMap<string, DecisionOutcome>,
  collector: DiagnosticCollector,
): MeetingItem {
  const optional = <Key extends keyof MeetingItem>(column: MeetingCsvColumn, key: Key) =>
    cell(column) === "" ? {} : { [key]: cell(column) };
  const lines = (column: MeetingCsvColumn) => (cell(column) === "" ? [] : cell(column).split("\n"));
  let decision = cell("decision") === "" ? undefined : cell("decision");
  const word = cell("outcome").trim();
  let outcome = word === "" ? decisionOutcome(decision) : outcomeByWord.get(word.toLowerCase());
  if (outcome === undefined) {
    outcome = outcomeOfUnknownWord(word, decision);
    const kept = decision === undefined ? "decision" : "message";
    decision ??= cell("outcome");
    collector.add("warning", "meetings.csv-unknown-outcome", line, { value: word, outcome, kept }, word);
  }
  const recommendation = lines("recommendation");
  return {
    number: cell("number").trim() === "" ? String(position + 1) : cell("number"),
    title: cell("title"),
    ...optional("caseNumber", "caseNumber"),
    ...(recommendation.length === 0 ? {} : { recommendation }),
    ...optional("decisionAuthority", "decisionAuthority"),
    ...(decision === undefined ? {} : { decision }),
    outcome,
    attachments: lines("attachments"),
  };
}

function readKind(text: string, line: number, collector: DiagnosticCollector): MeetingKind {
  const word = text.trim();
  const kind = ownValue(kindByWord, word.toLowerCase());
  if (kind !== undefined) return kind;
  if (word !== "") collector.add("warning", "meetings.csv-unknown-kind", line, { value: word });
  return "referat";
}

function nothingRead(collector: DiagnosticCollector): null {
  collector.add("error", "meetings.csv-nothing-read", undefined);
  return null;
}
