import { dayNumber, daysInMonth, toIsoDate } from "../../date/calendar";
import { monthName } from "../../date/monthName";
import { parseDanishDate } from "../../date/parseDanishDate";
import { normalizeDateText } from "../../date/tokenize";
import type { DateFailureReason } from "../../date/types";
import type { DocumentMetadata } from "../../model/metadata.schema";
import { cellText, ownValue, reportPlainCellMarkup } from "./cells";
import type { DiagnosticCollector } from "./collector";
import type { SourceLine } from "./lines";
import { cappedRaw } from "./rowReports";

const headerFields: Record<string, keyof DocumentMetadata | "dateText"> = {
  dato: "dateText",
  "tlf. dir.": "phone",
  "tlf.": "phone",
  tlf: "phone",
  telefon: "phone",
  "e-mail": "email",
  email: "email",
  mail: "email",
  kontakt: "contactPerson",
  kontaktperson: "contactPerson",
  sagsid: "caseId",
  "sags-id": "caseId",
  sagsnr: "caseId",
  "sagsnr.": "caseId",
  afsender: "organisation",
  organisation: "organisation",
  kommune: "organisation",
  år: "year",
};

/** Why a header's "Dato:" line is not the document's date. */
export type HeaderDateReason = DateFailureReason | "not-a-day" | "second-date";

/** A header's "Dato:" line: its value, and its day when it names one with its year. */
export interface HeaderDateLine {
  line: SourceLine;
  value: string;
  day: string | null;
  /** Why the value is no day: unset when it is one. */
  reason?: DateFailureReason | "not-a-day" | undefined;
}

export interface DocumentHeader {
  metadata: Omit<DocumentMetadata, "title"> & { title?: string };
  /** Lines the header used, so that body readers skip them. */
  used: Set<number>;
  /** Index into the lines of the first line after the title. */
  bodyStart: number;
  /**
   * The title as written (heading marks taken off) and its line, when the title is its plain
   * text: for the importer to report the markup that reading removed (`reportPlainCellMarkup`).
   */
  titleSource?: SourceLine;
  /**
   * The "Dato:" lines, in the order of the text: `metadata.date` is the first day among them that
   * names its year. The field is the header's, so nothing else reads a line: `headerDate` settles
   * the document's date and reports the lines it is not (a day without its year when no year is
   * given, a value that is no day, a second, other day).
   */
  dateLines: HeaderDateLine[];
}

const englishMonths = Array.from({ length: 12 }, (_, index) => monthName(index + 1, "en"));
/** "27 October 2017": the day milepael's English paper prints beside its Danish "Dato". */
const englishDay = new RegExp(`^(\\d{1,2}) (${englishMonths.join("|")}) (\\d{4})$`);

/** The ISO day of a date as milepael's English paper prints it (`formatReportDate`), or `null`. */
function englishPaperDay(value: string): string | null {
  const match = englishDay.exec(value);
  if (match === null) return null;
  const year = Number(match[3]);
  const month = englishMonths.indexOf(match[2] as string) + 1;
  const day = Number(match[1]);
  // A day the month does not have ("31 April 2017") is no day.
  return day >= 1 && day <= daysInMonth(year, month) ? toIsoDate(dayNumber(year, month, day)) : null;
}

/**
 * Reads the header every municipal document carries ("Dato:", "Kontakt:", "Sagsid:" ..., and "År:"
 * as milepael's paper prints the year its dates belong to) and
 * the title: the first line of text that is neither a header field nor a table row.
 *
 * @example
 * readHeader(sourceLines("Dato: 4. maj 2017\n\n# Implementeringsplan")).metadata.title; // "Implementeringsplan"
 */
export function readHeader(
  lines: readonly SourceLine[],
  titleBefore?: (line: SourceLine) => boolean,
): DocumentHeader {
  const metadata: DocumentHeader["metadata"] = {};
  const used = new Set<number>();
  const dateLines: HeaderDateLine[] = [];
  const fieldOf = (line: SourceLine) =>
    readField(line.text.trim(), line.text.trimEnd().includes("\t"), metadata, (date) =>
      dateLines.push({ line, ...date }),
    );
  let bodyStart = 0;
  let titleSource: SourceLine | undefined;
  for (const [index, line] of lines.entries()) {
    const text = line.text.trim();
    if (text === "") continue;
    // A line whose only tabs close it (a Word table's empty last cells) is one cell, no table row.
    const row = line.text.trimEnd().includes("\t");
    if (fieldOf(line)) {
      used.add(line.number);
      continue;
    }
    if (titleBefore?.(line) || row || /^[-*•–·▪\uF0B7]\s/.test(text)) {
      bodyStart = index;
      break;
    }
    const heading = text.replace(/^#+\s*/, "").replace(/^\*\*(.*)\*\*$/, "$1");
    // A title is plain text: when markup removal leaves nothing, the line as written is the title.
    const plain = cellText(heading);
    const title = plain || heading.trim();
    if (title !== "") metadata.title = title;
    if (plain !== "") titleSource = { number: line.number, text: heading };
    used.add(line.number);
    bodyStart = index + 1;
    // The fields may follow the title, as a paper printed from HTML lays them out under it.
    for (let next = index + 1; next < lines.length; next += 1) {
      const after = lines[next] as SourceLine;
      const afterText = after.text.trim();
      if (afterText !== "" && !fieldOf(after)) break;
      if (afterText !== "") used.add(after.number);
      bodyStart = next + 1;
    }
    break;
  }
  return titleSource === undefined
    ? { metadata, used, bodyStart, dateLines }
    : { metadata, used, bodyStart, titleSource, dateLines };
}

/**
 * Reads the header fields among `lines` into the header, each field's line then `used`; other lines
 * are passed over. For fields printed apart from the header, as milepael's follow-up paper prints
 * the organisation and the year under "Om dokumentet".
 *
 * @example
 * readHeaderFields(head.slice(paperFrontMatterStart(head)), header); // header.metadata.year 2018
 */
export function readHeaderFields(lines: readonly SourceLine[], header: DocumentHeader): void {
  for (const line of lines) {
    const text = line.text.trim();
    const dateLine = (date: Omit<HeaderDateLine, "line">) => header.dateLines.push({ line, ...date });
    if (text !== "" && readField(text, line.text.trimEnd().includes("\t"), header.metadata, dateLine))
      header.used.add(line.number);
  }
}

/**
 * What reading the header has to say of its title: missing (read as "Uden titel"), or the markup
 * reading it removed.
 *
 * @example
 * reportHeader(readHeader(lines), collector); // warning import.no-title for a text without one
 */
export function reportHeader(header: DocumentHeader, collector: DiagnosticCollector): void {
  if (header.metadata.title === undefined) collector.add("warning", "import.no-title", undefined);
  // The title is plain text: what reading it removed is reported, as for a plain cell.
  if (header.titleSource !== undefined)
    reportPlainCellMarkup(header.titleSource.text, header.titleSource.number, collector);
}

/**
 * The document's date: the first of the header's "Dato:" lines that names a day, one without its
 * year ("Dato: 27. oktober") read in the `year` given (an option, or "År:"), never in one guessed
 * from the text: a document is often dated the year before the one it plans. Each other "Dato:"
 * line is reported with its text (`import.document-date-not-read`): the line is the header's, so
 * nothing else reads it, and without a word its value was gone. The same day twice is one date.
 *
 * @example
 * headerDate(readHeader(sourceLines("Dato: 27. oktober\nPlan 2017")), 2017, collector); // "2017-10-27"
 */
export function headerDate(
  header: DocumentHeader,
  year: number | undefined,
  collector: DiagnosticCollector,
): string | undefined {
  let date: string | undefined;
  for (const { line, value, day, reason } of header.dateLines) {
    let read = day;
    let why: HeaderDateReason | undefined = reason;
    if (read === null && reason === "missing-year" && year !== undefined) {
      const parsed = parseDanishDate(value, { year });
      if (parsed.ok && parsed.kind === "day") read = parsed.start;
      else why = parsed.ok ? "not-a-day" : parsed.reason;
    }
    if (read !== null && (date === undefined || date === read)) {
      date = read;
      continue;
    }
    const raw = cappedRaw(line.text);
    collector.add(
      "warning",
      "import.document-date-not-read",
      line.number,
      {
        text: value,
        reason: read === null ? (why ?? "not-a-date") : "second-date",
      },
      raw,
    );
  }
  return date;
}

/**
 * The year of dates written without one: given, else the year the text names ("aktiviteter i
 * 2017", "budget 2017", "Kommunikationsplan 2017"), else the document's own date. Reported as info so a reader can check.
 *
 * @example
 * inferYear("Plan for kommunikationsaktiviteter i 2017", "2016-12-21", undefined, collector); // 2017
 */
export function inferYear(
  text: string,
  documentDate: string | undefined,
  given: number | undefined,
  collector: DiagnosticCollector,
): number | undefined {
  if (given !== undefined) return given;
  const counts = new Map<number, number>();
  // The words that first named each year, shown as the source.
  const phrases = new Map<number, string>();
  // "aktiviteter i 2017", "budget 2017", and a plan or programme named by its year ("Kommunikationsplan
  // 2017", "Handleplan 2017"). The name is matched only from a word's start: from every letter of a
  // long run of letters, the match would scan the rest of the run.
  const naming = /(?:\b(?:i|budget(?:året)?|for)|(?<![a-zæøå])[a-zæøå]*(?:plan|program|årshjul)) (\d{4})\b/g;
  for (const match of normalizeDateText(text).matchAll(naming)) {
    const year = Number(match[1]);
    counts.set(year, (counts.get(year) ?? 0) + 1);
    if (!phrases.has(year)) phrases.set(year, match[0]);
  }
  const named = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (named !== undefined) {
    collector.add("info", "import.year-inferred", undefined, {
      year: named,
      source: `"${phrases.get(named) ?? named}"`,
    });
    return named;
  }
  if (documentDate !== undefined) {
    const year = Number(documentDate.slice(0, 4));
    collector.add("info", "import.year-inferred", undefined, { year, source: documentDate });
    return year;
  }
  return undefined;
}

/**
 * Reads a header field's line into the metadata: "Dato: 4. maj 2017", or the label and value as a
 * table's two cells ("Dato\t4. maj 2017", a header laid out as a table), a date then only where it
 * is a day, so a table's header row ("Dato\tAktivitet") stays the table's. False for no field.
 */
function readField(
  text: string,
  row: boolean,
  metadata: DocumentHeader["metadata"],
  dateLine: (date: Omit<HeaderDateLine, "line">) => void,
): boolean {
  const field = row
    ? /^([A-Za-zÆØÅæøå.\- ]{2,20}):?\t+([^\t]*)$/.exec(text)
    : /^([A-Za-zÆØÅæøå.\- ]{2,20}):\s*(.*)$/.exec(text);
  const key = field ? ownValue(headerFields, (field[1] ?? "").trim().toLowerCase()) : undefined;
  if (key === undefined) return false;
  const value = (field?.[2] ?? "").trim();
  // Two field names side by side ("Kontakt\tTelefon") are a table's header row.
  if (row && ownValue(headerFields, value.toLowerCase()) !== undefined) return false;
  if (key === "year") {
    // Only a year: "År" over a table's column, or "År: 2018-2021", is no field.
    if (!/^\d{4}$/.test(value)) return false;
    metadata.year = Number(value);
  } else if (key === "dateText") {
    const parsed = parseDanishDate(value);
    const day = parsed.ok && parsed.kind === "day" ? parsed.start : englishPaperDay(value);
    // A table's header row ("Dato\tAktivitet") is the table's; a day without its year beside the
    // label ("Dato\t27. oktober", a header laid out as a table) is the header's.
    if (day === null && row && (parsed.ok || parsed.reason !== "missing-year")) return false;
    // An empty field ("Dato:" in a template) has nothing to lose.
    if (value === "") return true;
    dateLine(day === null ? { value, day, reason: parsed.ok ? "not-a-day" : parsed.reason } : { value, day });
    metadata.date ??= day ?? undefined;
  } else if (value !== "") {
    (metadata as Record<string, string>)[key] = value;
  }
  return true;
}
