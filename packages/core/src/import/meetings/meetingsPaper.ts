// milepael's own meetings paper read back (its Word export whose copy Word dropped, or its report
// printed to PDF, as the Word and PDF readers write them out): a heading per meeting ("## Referat:
// Byrådet, 3. januar 2017"), its facts as a list, its items as a table, each item's longer fields
// under its heading, the related documents as a table. report/meetingsReport.ts writes it; real
// minutes are read by importMeetingsText's own reader.

import type { Meeting, MeetingItem, MeetingsDocument, RelatedDocument } from "../../model/meetings.schema";
import type { DocumentMetadata } from "../../model/metadata.schema";
import { meetingsPaperText as words } from "../../report/meetingsPaperText";
import { type DiagnosticCollector, importText } from "../shared/collector";
import { sourceLines } from "../shared/lines";
import { normalizeInput, readableText } from "../shared/normalize";
import type { ImportResult } from "../shared/result";
import { reportUnreadCells } from "../shared/rowReports";
import { importMeetingsText, type MeetingsImportOptions } from "./importMeetingsText";
import { meetingIdOf, outcomeWords, UniqueIds } from "./meetingParts";
import {
  both,
  cellText,
  headingOf,
  ItemsByNumber,
  itemRow,
  readFact,
  readMetadataLine,
  relatedRow,
} from "./meetingsPaperLines";

const tableHeaders = [
  ...both(words.meetingColumns).map((columns) => ({ kind: "items", columns }) as const),
  ...both(words.relatedColumns).map((columns) => ({ kind: "related", columns }) as const),
];

/** A table of the paper and its columns' names, the paper's own first: a header row may have more added in Word. */
interface PaperTable {
  kind: "items" | "related";
  columns: string[];
  /** Each column's name while the paper reads it, null for one added in Word (its cells are reported). */
  read: (string | null)[];
}

/**
 * The table a header row of the paper opens, or null for any other line: its cells bold as the Word
 * reader writes them, or plain as a PDF's layout reads the printed paper's.
 */
function tableOf(content: string): PaperTable | null {
  if (!content.includes("\t")) return null;
  const columns = content.split("\t").map((cell) => cell.replace(/<\/?strong>/g, ""));
  const header = tableHeaders.find((table) => table.columns.every((name, index) => columns[index] === name));
  if (header === undefined) return null;
  return {
    kind: header.kind,
    columns,
    read: columns.map((name, index) => (index < header.columns.length ? name : null)),
  };
}

const relatedHeading = new Set(both(words.relatedDocuments).map((heading) => `## ${heading}`));
type ItemField = keyof typeof words.itemFields.da;
/** The fields printed under an item's heading, by their bold label in either language. */
const itemFieldByLabel = new Map<string, ItemField>(
  both(words.itemFields).flatMap((labels) =>
    Object.entries(labels).map(([field, label]) => [`**${label}**`, field as ItemField] as const),
  ),
);

/**
 * Reads the meetings of a Word file's pages or a PDF's: milepael's own paper by its layout
 * (`readMeetingsPaper`), any other minutes or agenda with `importMeetingsText`. The Word and PDF
 * readers' alone, so the text entry does not carry the paper's reader.
 *
 * @example
 * importMeetingsPages(lines.join("\n")).document?.meetings[0]?.items[1]?.summary;
 */
export function importMeetingsPages(
  text: string,
  options: MeetingsImportOptions = {},
): ImportResult<MeetingsDocument> {
  if (!isMeetingsPaper(normalizeInput(text).text)) return importMeetingsText(text, options);
  return importText(text, options, (collector) => ({
    read: () => readMeetingsPaper(readableText(text, collector), collector),
    partial: () => null,
  }));
}

/**
 * Whether a heading's text is one of the paper's second-level headings: a meeting's ("Referat:
 * Byrådet, 3. januar 2017") or the related documents'.
 *
 * @example
 * isPaperSection("Andre dokumenter"); // true
 */
export function isPaperSection(heading: string): boolean {
  return relatedHeading.has(`## ${heading}`) || headingOf(`## ${heading}`) !== null;
}

/**
 * Whether a text is milepael's meetings paper: more of its second-level headings and table header
 * rows are the paper's (a meeting's heading, "Referat: Byrådet, 3. januar 2017", the related
 * documents' heading, the items' table) than not, so a heading added in Word leaves it the paper,
 * and minutes staff wrote in Word with a heading of that form among their own are not. Linear.
 *
 * @example
 * isMeetingsPaper("# Møder\n## Referat: Byrådet, 3. januar 2017"); // true
 */
export function isMeetingsPaper(text: string): boolean {
  let meetings = 0;
  let paper = 0;
  let other = 0;
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    if (headingOf(trimmed) !== null) meetings += 1;
    else if (relatedHeading.has(trimmed) || tableOf(trimmed) !== null) paper += 1;
    else if (trimmed.startsWith("## ")) other += 1;
  }
  return meetings > 0 && meetings + paper > other;
}

/**
 * Reads milepael's meetings paper. Meeting ids are made as for any minutes (body, day, kind); the
 * organisation and the year, where the paper prints none, from the first meeting's municipality
 * and the date; a line the paper does not write is reported (`meetings.block-skipped`) with its line.
 *
 * @example
 * readMeetingsPaper(text, collector)?.meetings[0]?.items[1]?.summary; // "Kommunalbestyrelsen besluttede …"
 */
export function readMeetingsPaper(text: string, collector: DiagnosticCollector): MeetingsDocument | null {
  const metadata: Partial<DocumentMetadata> = {};
  const meetings: Meeting[] = [];
  const related: RelatedDocument[] = [];
  const ids = new UniqueIds();
  const outcomes = outcomeWords();
  let table: PaperTable | null = null;
  let inRelated = false;
  let item: MeetingItem | undefined;
  let field: ItemField | undefined;
  let headings: ItemsByNumber | undefined;
  const skip = (line: number, raw: string) =>
    collector.add("warning", "meetings.block-skipped", line, {}, raw.slice(0, 500));
  for (const { number: line, text: written } of sourceLines(text)) {
    const content = written.trim();
    if (content === "") continue;
    const meeting = meetings.at(-1);
    const heading = headingOf(content);
    if (heading !== null) {
      meetings.push({ id: ids.take(meetingIdOf(heading)), ...heading, absent: [], items: [] });
      [table, inRelated, item, field] = [null, false, undefined, undefined];
      continue;
    }
    if (relatedHeading.has(content)) {
      [table, inRelated, item, field] = [null, true, undefined, undefined];
      continue;
    }
    const opened = tableOf(content);
    if (opened !== null) {
      table = opened;
      continue;
    }
    if (table !== null && content.includes("\t")) {
      const cells = written.split("\t").map((cell) => cellText(cell.trim()));
      if (table.kind === "related") related.push(relatedRow(cells));
      else if (meeting !== undefined)
        meeting.items.push(
          itemRow(cells, outcomes, (value, outcome) =>
            collector.add("warning", "meetings.paper-unknown-outcome", line, { value, outcome }, value),
          ),
        );
      reportUnreadCells({ cells, line }, table.columns, table.read, collector);
      continue;
    }
    table = null;
    if (meeting === undefined || inRelated) {
      if (content.startsWith("# ") && metadata.title === undefined) metadata.title = content.slice(2);
      else if (!readMetadataLine(content, metadata)) skip(line, content);
      continue;
    }
    if (content.startsWith("### ")) {
      if (headings?.meeting !== meeting) headings = new ItemsByNumber(meeting);
      item = headings.take(content.slice(4));
      field = undefined;
      if (item === undefined) skip(line, content);
      continue;
    }
    const labelled = itemFieldByLabel.get(content);
    if (labelled !== undefined && item !== undefined) {
      field = labelled;
      if (field !== "attachments") item[field] = "";
      continue;
    }
    if (item !== undefined && field !== undefined) {
      if (field === "attachments" && content.startsWith("- ")) item.attachments.push(content.slice(2));
      else if (field !== "attachments") item[field] = item[field] ? `${item[field]}\n${content}` : content;
      else skip(line, content);
      continue;
    }
    if (item === undefined && readFact(content, meeting)) continue;
    skip(line, content);
  }
  if (meetings.length === 0) {
    collector.add("error", "meetings.no-meetings", undefined);
    return null;
  }
  collector.add("info", "meetings.paper-read", undefined);
  return assemble(metadata, meetings, related);
}

function assemble(
  metadata: Partial<DocumentMetadata>,
  meetings: Meeting[],
  relatedDocuments: RelatedDocument[],
): MeetingsDocument {
  const first = meetings[0] as Meeting;
  const date = metadata.date ?? first.date;
  const madeUp = madeUpMetadata(first, date);
  return {
    schemaVersion: 2,
    type: "meetings",
    metadata: {
      ...metadata,
      title: metadata.title ?? first.body,
      date,
      year: metadata.year ?? madeUp.year,
      ...(metadata.organisation === undefined && madeUp.organisation !== undefined
        ? { organisation: madeUp.organisation }
        : {}),
    },
    meetings,
    relatedDocuments,
  };
}

/**
 * The year and organisation the paper's reader makes up where the paper prints none: the year of
 * the document's date, and the first meeting's municipality as "<municipality> Kommune".
 *
 * @example
 * madeUpMetadata({ municipality: "Lejre" }, "2017-01-03"); // { year: 2017, organisation: "Lejre Kommune" }
 */
export function madeUpMetadata(
  first: Pick<Meeting, "municipality"> | undefined,
  date: string,
): { year: number; organisation: string | undefined } {
  return {
    year: Number(date.slice(0, 4)),
    organisation: first?.municipality ? `${first.municipality} Kommune` : undefined,
  };
}
