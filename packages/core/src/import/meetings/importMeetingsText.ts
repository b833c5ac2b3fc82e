import { dayNumber, daysInMonth, toIsoDate } from "../../date/calendar";
import type { Meeting, MeetingsDocument, RelatedDocument } from "../../model/meetings.schema";
import { type DiagnosticCollector, importText } from "../shared/collector";
import { readableText } from "../shared/normalize";
import type { CommonImportOptions, ImportResult } from "../shared/result";
import {
  findDates,
  type HeaderDate,
  type HeaderLine,
  readHeaderFields,
  readHeaderLine,
  readHeaderOverTwoLines,
  weekdayOf,
} from "./headerGrammar";
import { tidy } from "./itemFields";
import { checkTableOfContents, firstPlainItem, readMeetingItems, readPlainItems } from "./meetingItems";
import {
  isHeaderMaterial,
  isItemStart,
  isSectionHeading,
  meetingIdOf,
  municipalityOf,
  paperMeetingHeading,
  shortNamePrefix,
  UniqueIds,
} from "./meetingParts";
import { type Chunk, plainLine, splitUnits, type Unit } from "./pageUnits";
import {
  absenteesOf,
  continuesAbsentees,
  isAbsenteeListLabel,
  isAbsenteeListLine,
  opensAbsentees,
} from "./readAbsentees";
import { readRelatedDocument } from "./relatedDocument";

export type MeetingsImportOptions = CommonImportOptions;

/**
 * Reads minutes (referater) and agendas (dagsordener) as municipal meeting systems print them, and
 * the texts published beside them, into a `meetings` document. The header grammar is general
 * (kind first or body first; "tirsdag den 3. januar 2017 Kl. 16:30 i …", "Mødetidspunkt
 * 21-01-2019 18:30", "Dato: … Start kl.: 18:00 Slut kl.: 19:30", "for mødet den 27.08.2013, kl.
 * 15:00"); items are read from their labels (Sagsnr., Resumé, Indstilling, Beslutningskompetence,
 * Beslutning, Sagsfremstilling, Bilag). Page furniture is dropped and counted, the table of contents
 * checks the items found, and what is not a meeting becomes a related document, never a forced
 * meeting. Never throws; linear in the text; every skipped block is a diagnostic with its line.
 *
 * @example
 * const { document, diagnostics } = importMeetingsText(text);
 * document?.meetings[0]?.items[1]?.decision; // "Gert Fabrin blev valgt som næstformand."
 */
export function importMeetingsText(
  text: string,
  options: MeetingsImportOptions = {},
): ImportResult<MeetingsDocument> {
  return importText(text, options, (collector) => {
    const reader = new MeetingsReader(collector, options);
    return { read: () => reader.read(readableText(text, collector)), partial: () => reader.assemble() };
  });
}

/**
 * Whether a text holds minutes or an agenda: a meeting's header line among its first 60 lines, or
 * the heading milepael's paper gives a meeting.
 * Cheap enough for format detection: it reads no further.
 *
 * @example
 * looksLikeMeetings("Landsbyudvalget REFERAT\nDato: Tirsdag den 8. oktober 2019"); // true
 */
export function looksLikeMeetings(text: string): boolean {
  let seen = 0;
  let previous = "";
  for (const line of text.split(/\r\n|\r|\n/, 200)) {
    const trimmed = plainLine(line).replace(/^\d{1,3}\s+/, "");
    if (trimmed === "") continue;
    if (paperMeetingHeading.test(line.trim())) return true;
    // A plan's table row that mentions minutes ("8. maj\tReferat fra Økonomiudvalget …") is no header.
    const tabled = line.trimEnd().includes("\t");
    if (!tabled && (readHeaderLine(trimmed) ?? readHeaderOverTwoLines(previous, trimmed)) !== null)
      return true;
    previous = tabled ? "" : trimmed;
    seen += 1;
    if (seen >= 60) return false;
  }
  return false;
}

class MeetingsReader {
  private readonly meetings: Meeting[] = [];
  private readonly related: RelatedDocument[] = [];
  private readonly ids = new UniqueIds();
  private title = "";

  constructor(
    private readonly collector: DiagnosticCollector,
    private readonly options: MeetingsImportOptions,
  ) {}

  read(text: string): MeetingsDocument | null {
    const { units, furniture, title } = splitUnits(text);
    this.title = title;
    for (const unit of units) {
      if (unit.header !== null) this.readMeeting(unit, unit.header);
      else this.readOther(unit);
    }
    if (furniture > 0)
      this.collector.add("info", "meetings.furniture-removed", undefined, { count: furniture });
    return this.assemble();
  }

  assemble(): MeetingsDocument | null {
    if (this.meetings.length === 0) {
      this.collector.add("error", "meetings.no-meetings", undefined);
      return null;
    }
    const first = this.meetings[0] as Meeting;
    const document: MeetingsDocument = {
      schemaVersion: 2,
      type: "meetings",
      metadata: {
        title: this.title || `${first.kind === "referat" ? "Referat" : "Dagsorden"} ${first.body}`,
        date: first.date,
        year: Number(first.date.slice(0, 4)),
        ...(first.municipality ? { organisation: `${first.municipality} Kommune` } : {}),
      },
      meetings: this.meetings,
      relatedDocuments: this.related,
    };
    return document;
  }

  private readMeeting(unit: Unit, header: HeaderLine & { date?: HeaderDate; yearLine?: number }): void {
    const { chunks } = unit;
    const labelledItem = chunks.findIndex((_, index) => isItemStart(chunks, index));
    // Minutes or an agenda written without field labels: numbered lines in sequence are the items.
    const firstItem = labelledItem === -1 ? firstPlainItem(chunks) : labelledItem;
    const headerChunks = firstItem === -1 ? chunks : chunks.slice(0, firstItem);
    const headerText = headerChunks.map((chunk) => chunk.text).join("\n");
    const fields = readHeaderFields(headerText);
    const line = chunks[0]?.line ?? 1;
    const date = this.meetingDate(header.date ?? fields.date, headerText, chunks, line);
    if (date === null) {
      this.collector.add("warning", "meetings.date-missing", line, { body: header.body }, chunks[0]?.text);
      this.readOther(unit);
      return;
    }
    if (header.yearLine !== undefined)
      this.collector.add("info", "meetings.year-from-context", line, { year: date.year, source: "text" });
    const iso = toIsoDate(dayNumber(date.year, date.month, date.day));
    if (date.weekday !== undefined) {
      const actual = weekdayOf(date.year, date.month, date.day);
      if (actual !== date.weekday)
        this.collector.add("warning", "meetings.weekday-mismatch", line, {
          weekday: date.weekday,
          date: iso,
          actual,
        });
    }
    for (const written of fields.invalidTimes ?? [])
      this.collector.add("warning", "meetings.time-invalid", line, { time: written });
    // "18:00" and "17:30" compare as times of day: both are two-digit hours and minutes.
    if (fields.start !== undefined && fields.end !== undefined && fields.end < fields.start)
      this.collector.add("warning", "meetings.end-before-start", line, {
        start: fields.start,
        end: fields.end,
      });
    const municipality =
      chunks.find((chunk) => chunk.municipality !== undefined)?.municipality ??
      municipalityOf(headerText.slice(0, 2000));
    const meeting: Meeting = {
      id: this.ids.take(meetingIdOf({ body: header.body, date: iso, kind: header.kind })),
      kind: header.kind,
      body: header.body,
      ...(municipality ? { municipality } : {}),
      date: iso,
      ...(fields.start ? { start: fields.start } : {}),
      ...(fields.end ? { end: fields.end } : {}),
      ...(fields.place ? { place: fields.place } : {}),
      absent: absenteesOf(headerText),
      items: [],
    };
    const itemChunks = chunks
      .slice(firstItem)
      .filter((chunk) => !chunk.repeatedHeader && !isSectionHeading(chunk.text));
    if (labelledItem !== -1) {
      const prefix = shortNamePrefix(chunks.map((chunk) => chunk.text.slice(0, 300)).join(" "));
      meeting.items = readMeetingItems(itemChunks, header.body, meeting, prefix, this.collector);
    } else if (firstItem !== -1) meeting.items = readPlainItems(itemChunks, meeting);
    let inContents = false;
    let inAbsentees = false;
    let absenteesLine: string | undefined;
    for (const [index, chunk] of headerChunks.entries()) {
      if (/^Indholdsfortegnelse/i.test(chunk.text)) inContents = true;
      if (inContents && /^\d{1,3}\.?\s+\S/.test(chunk.text)) continue;
      // People listed one a line under "Afbud:" were read as absentees.
      inAbsentees = isAbsenteeListLine(inAbsentees, chunk.text);
      if (inAbsentees) continue;
      inAbsentees = isAbsenteeListLabel(chunk.text);
      // People after "Afbud: …" going on in the next lines were read as absentees too.
      if (continuesAbsentees(absenteesLine, chunk.text, headerChunks[index + 1]?.text)) {
        absenteesLine = chunk.text;
        continue;
      }
      absenteesLine = opensAbsentees(chunk.text) ? chunk.text : undefined;
      if (!isHeaderMaterial(chunk.text) && tidy(chunk.text) !== header.body)
        this.collector.add("warning", "meetings.block-skipped", chunk.line, {}, chunk.text.slice(0, 500));
    }
    checkTableOfContents(headerText, meeting, headerChunks, this.collector);
    this.meetings.push(meeting);
  }

  /** The header's date with its year; a year the header leaves out comes from the text around it. */
  private meetingDate(
    found: HeaderDate | undefined,
    headerText: string,
    chunks: readonly Chunk[],
    line: number,
  ): (HeaderDate & { year: number }) | null {
    if (found === undefined) return null;
    if (found.year !== undefined) return { ...found, year: found.year };
    const sameDay = findDates(headerText).find(
      (date) => date.year !== undefined && date.day === found.day && date.month === found.month,
    );
    const fromBody =
      sameDay ??
      chunks
        .slice(0, 40)
        .flatMap((chunk) => findDates(chunk.text.slice(0, 2000)))
        .find((date) => date.year !== undefined);
    const year = fromBody?.year ?? this.options.year;
    // "29. februar" passed as a day of some year; in a year without it, it is no date, not 1 March.
    if (year === undefined || found.day > daysInMonth(year, found.month)) return null;
    this.collector.add("info", "meetings.year-from-context", line, {
      year,
      source: fromBody === undefined ? "options.year" : "text",
    });
    return { ...found, year };
  }

  /** A text beside the meetings: a meeting item without its meeting, or a related document. */
  private readOther(unit: Unit): void {
    const related = readRelatedDocument(unit, this.collector);
    if (related !== null) this.related.push(related);
  }
}
