import { dayNumber, toIsoDate } from "../../date/calendar";
import type { Meeting, MeetingItem, MeetingsDocument, RelatedDocument } from "../../model/meetings.schema";
import { type DiagnosticCollector, importText } from "../shared/collector";
import { slugify } from "../shared/ids";
import { readableText } from "../shared/normalize";
import type { CommonImportOptions, ImportResult } from "../shared/result";
import {
  findDates,
  type HeaderDate,
  type HeaderLine,
  readHeaderFields,
  readHeaderLine,
  weekdayOf,
} from "./headerGrammar";
import {
  hasInlineCaseNumber,
  itemFromFields,
  sequentialSplit,
  splitItemFields,
  tidy,
  withLabelColon,
} from "./itemFields";
import {
  absenteesOf,
  comparable,
  coreTitle,
  isHeaderMaterial,
  isItemStart,
  isTitleOnly,
  municipalityOf,
  relatedKind,
  repairTitle,
  shortNamePrefix,
  UniqueIds,
} from "./meetingParts";
import { type Chunk, closingPattern, splitUnits, type Unit } from "./pageUnits";

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
 * Whether a text holds minutes or an agenda: a meeting's header line among its first 60 lines.
 * Cheap enough for format detection: it reads no further.
 *
 * @example
 * looksLikeMeetings("Landsbyudvalget REFERAT\nDato: Tirsdag den 8. oktober 2019"); // true
 */
export function looksLikeMeetings(text: string): boolean {
  let seen = 0;
  for (const line of text.split(/\r\n|\r|\n/, 200)) {
    const trimmed = line.trim().replace(/^\d{1,3}\s+/, "");
    if (trimmed === "") continue;
    // A plan's table row that mentions minutes ("8. maj\tReferat fra Økonomiudvalget …") is no header.
    if (!line.includes("\t") && readHeaderLine(trimmed) !== null) return true;
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
    const firstItem = chunks.findIndex((_, index) => isItemStart(chunks, index));
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
    const municipality =
      chunks.find((chunk) => chunk.municipality !== undefined)?.municipality ??
      municipalityOf(headerText.slice(0, 2000));
    const meeting: Meeting = {
      id: this.ids.take(`${slugify(header.body)}-${iso}${header.kind === "dagsorden" ? "-dagsorden" : ""}`),
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
    if (firstItem !== -1) {
      const prefix = shortNamePrefix(chunks.map((chunk) => chunk.text.slice(0, 300)).join(" "));
      const itemChunks = chunks.slice(firstItem).filter((chunk) => !chunk.repeatedHeader);
      meeting.items = this.readItems(itemChunks, header.body, meeting, prefix);
    }
    let inContents = false;
    for (const chunk of headerChunks) {
      if (/^Indholdsfortegnelse/i.test(chunk.text)) inContents = true;
      if (inContents && /^\d{1,3}\.?\s+\S/.test(chunk.text)) continue;
      if (!isHeaderMaterial(chunk.text) && tidy(chunk.text) !== header.body)
        this.collector.add("warning", "meetings.block-skipped", chunk.line, {}, chunk.text.slice(0, 500));
    }
    this.checkContents(headerText, meeting, headerChunks);
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
    if (year === undefined) return null;
    this.collector.add("info", "meetings.year-from-context", line, {
      year,
      source: fromBody === undefined ? "options.year" : "text",
    });
    return { ...found, year };
  }

  private readItems(
    chunks: readonly Chunk[],
    body: string,
    meeting: Meeting,
    prefix: string | undefined,
  ): MeetingItem[] {
    const items: MeetingItem[] = [];
    let index = 0;
    while (index < chunks.length) {
      const start = chunks[index] as Chunk;
      let end = index + 1;
      while (end < chunks.length && !isItemStart(chunks, end)) {
        const chunk = chunks[end] as Chunk;
        // In a transcript, the first page without the minutes' running head is an attachment.
        if (chunk.page !== undefined && !chunk.runningHead) break;
        end += 1;
      }
      const inline = hasInlineCaseNumber(start.text) || !isTitleOnly(start.text, chunks[index + 1]);
      const joined = (inline ? chunks.slice(index, end) : chunks.slice(index + 1, end))
        .map((chunk) => withLabelColon(chunk.text))
        .join(" ");
      const closing = closingPattern.exec(joined);
      if (closing && Number(closing[1]) < 24 && Number(closing[2]) < 60)
        meeting.end = `${(closing[1] ?? "").padStart(2, "0")}:${closing[2]}`;
      const text = closing
        ? joined.slice(0, closing.index) + joined.slice(closing.index + closing[0].length)
        : joined;
      const { before, fields } = splitItemFields(text);
      const rawTitle = inline ? before : tidy(start.text);
      const numbered = /^(?:Punkt\s+)?(\d{1,3})[.):]?\s+(.+)$/i.exec(rawTitle);
      let title = numbered ? (numbered[2] ?? "") : rawTitle;
      const repaired = repairTitle(title, prefix);
      if (repaired !== title) {
        this.collector.add("info", "meetings.title-repaired", start.line, { title: repaired }, title);
        title = repaired;
      }
      if (title === "") title = `Punkt ${items.length + 1}`;
      items.push(itemFromFields(numbered?.[1] ?? String(items.length + 1), title, fields, body));
      index = end;
      if (end < chunks.length && !isItemStart(chunks, end)) {
        const last = chunks.at(-1) as Chunk;
        this.collector.add(
          "info",
          "meetings.attachment-pages-skipped",
          chunks[end]?.line,
          {
            fromPage: chunks[end]?.page ?? 0,
            toPage: last.page ?? 0,
            toLine: last.line,
          },
          chunks[end]?.text.slice(0, 200),
        );
        break;
      }
    }
    return items;
  }

  /** The table of contents lists the items: an item it does not list, or an entry with no item, is reported. */
  private checkContents(headerText: string, meeting: Meeting, chunks: readonly Chunk[]): void {
    const tocAt = headerText.search(/Indholdsfortegnelse/i);
    if (tocAt === -1 || meeting.items.length === 0) return;
    const toc = headerText.slice(tocAt + "Indholdsfortegnelse".length);
    const line = chunks.find((chunk) => /Indholdsfortegnelse/i.test(chunk.text))?.line;
    const normalizedToc = comparable(toc);
    for (const item of meeting.items) {
      if (!normalizedToc.includes(comparable(coreTitle(item.title))))
        this.collector.add("warning", "meetings.item-not-in-toc", line, { title: item.title });
    }
    const entries = sequentialSplit(tidy(toc.replace(/\.{2,}\s*\d+/g, " "))).filter((entry) => entry !== "");
    if (entries.length < 2) return;
    const titles = meeting.items.map((item) => comparable(coreTitle(item.title)));
    for (const entry of entries) {
      const wanted = comparable(coreTitle(entry));
      if (!titles.some((title) => title.includes(wanted) || wanted.includes(title)))
        this.collector.add("warning", "meetings.toc-item-missing", line, { title: entry });
    }
  }

  /** A text beside the meetings: a meeting item without its meeting, or a related document. */
  private readOther(unit: Unit): void {
    const first = unit.chunks[0];
    if (first === undefined) return;
    const text = unit.chunks.map((chunk) => chunk.text).join("\n");
    const title = tidy(first.text.slice(0, 400)).slice(0, 200);
    const dates = findDates(text.slice(0, 2000)).filter((date) => date.year !== undefined);
    const municipality =
      unit.chunks.find((chunk) => chunk.municipality !== undefined)?.municipality ??
      municipalityOf(text.slice(0, 2000));
    // An item's excerpt is a snippet: its heading stands at the start.
    const excerpt =
      /(\p{Lu}[\p{L}-]*(?:udvalg(?:et)?|bestyrelsen|rådet))\s+(\d{2})-(\d{2})-(\d{4})\s+(?:Side\s+\d+\s+)?(.{3,200}?)\s+Sagsnr\.?\s*:/u.exec(
        text.slice(0, 3000),
      );
    let related: RelatedDocument;
    if (excerpt) {
      related = {
        title: tidy(excerpt[5] ?? title),
        kind: "mødepunkt",
        date: `${excerpt[4]}-${excerpt[3]}-${excerpt[2]}`,
        ...(municipality ? { municipality } : {}),
      };
      this.collector.add("info", "meetings.item-without-meeting", first.line, {
        body: excerpt[1] ?? "",
        title: related.title,
      });
      this.related.push(related);
      return;
    } else {
      const date = dates[0];
      related = {
        title,
        kind: relatedKind(title, text.slice(0, 2000)),
        ...(municipality ? { municipality } : {}),
        ...(date?.year === undefined ? {} : { date: toIsoDate(dayNumber(date.year, date.month, date.day)) }),
      };
    }
    this.collector.add("info", "meetings.related-document", first.line, {
      title: related.title,
      kind: related.kind,
    });
    this.related.push(related);
  }
}
