import { dayNumber, daysInMonth, isoWeekday } from "../../date/calendar";
import { monthByWord } from "../../date/vocabulary";
import type { MeetingKind } from "../../model/meetings.schema";

/** A day as a meeting header writes it: the year may be missing ("tirsdag den 3. januar"). */
export interface HeaderDate {
  day: number;
  month: number;
  year?: number;
  /** The weekday as written ("tirsdag"), lower case. */
  weekday?: string;
  /** Where in the text the date was found. */
  index: number;
}

export const weekdays = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"] as const;

const weekdayPattern = `(?:(${weekdays.join("|")})\\s+)?`;
// "tirsdag den 3. januar 2017", "den 3. jan. 2017", "3. januar"
const namedMonthDate = new RegExp(
  `${weekdayPattern}(?:d(?:en|\\.)\\s+)?(\\d{1,2})\\.\\s*([a-zæøå]{3,9})\\.?(?:\\s+(\\d{4}))?`,
  "giu",
);
// "21-01-2019", "27.08.2013", "8/10 2019", "3/1-2017", "Tirsdag den 08.10.2019"
const numericDate = new RegExp(
  `${weekdayPattern}(?:d(?:en|\\.)\\s+)?(\\d{1,2})([-./])(\\d{1,2})(?:\\3|\\s|(?<=/\\d{1,2})-)(\\d{4})(?!\\d)`,
  "giu",
);
// "2017-01-03", as some systems print a meeting's date
const isoDate = new RegExp(
  `${weekdayPattern}(?:d(?:en|\\.)\\s+)?(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])`,
  "giu",
);

/**
 * Every date a text gives, in order: named months ("tirsdag den 3. januar 2017") and numeric
 * forms ("21-01-2019", "27.08.2013", "21/9 2017", "3/1-2017", "2017-01-03"). Impossible days are left out. Linear in the text.
 *
 * @example
 * findDates("Mødetidspunkt 21-01-2019 18:30")[0]; // { day: 21, month: 1, year: 2019, index: 14 }
 */
export function findDates(text: string): HeaderDate[] {
  const found: HeaderDate[] = [];
  for (const match of text.matchAll(namedMonthDate)) {
    const month = monthByWord.get((match[3] ?? "").toLowerCase());
    if (month === undefined) continue;
    const date = checked(Number(match[2]), month, match[4], match[1], match.index);
    if (date) found.push(date);
  }
  for (const match of text.matchAll(numericDate)) {
    const date = checked(Number(match[2]), Number(match[4]), match[5], match[1], match.index);
    if (date) found.push(date);
  }
  for (const match of text.matchAll(isoDate)) {
    const date = checked(Number(match[4]), Number(match[3]), match[2], match[1], match.index);
    if (date) found.push(date);
  }
  return found.sort((a, b) => a.index - b.index);
}

function checked(
  day: number,
  month: number,
  yearText: string | undefined,
  weekday: string | undefined,
  index: number,
): HeaderDate | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const year = yearText === undefined ? undefined : Number(yearText);
  if (day > daysInMonth(year ?? 2000, month)) return null;
  return {
    day,
    month,
    index,
    ...(year === undefined ? {} : { year }),
    ...(weekday === undefined ? {} : { weekday: weekday.toLowerCase() }),
  };
}

/**
 * The weekday of a day, in Danish, lower case.
 *
 * @example
 * weekdayOf(2017, 1, 3); // "tirsdag"
 */
export function weekdayOf(year: number, month: number, day: number): string {
  return weekdays[isoWeekday(dayNumber(year, month, day)) - 1] ?? "";
}

/** A meeting header line as the meeting systems print it. */
export interface HeaderLine {
  kind: MeetingKind;
  body: string;
}

const bodyWord = /udvalg|råd(?:et)?\b|byråd|bestyrelse|nævn|forum|komit[ée]|repræsentantskab|styregruppe/i;
const kindWords: Record<string, MeetingKind> = {
  referat: "referat",
  beslutningsprotokol: "referat",
  protokol: "referat",
  dagsorden: "dagsorden",
};
// "Referat 17, 4-udvalget tirsdag den 3. januar", "Dagsorden til møde i Økonomiudvalget",
// "Referat fra mødet i Udvalget for Kultur & Fritid den 3.5.2018"
const kindFirst =
  /^(referat|dagsorden|beslutningsprotokol)(?:\s+(?:fra|for|til|af)(?:\s+(?:det\s+)?(?:(?:ekstra)?ordinær[et]\s+)?møde[t]?)?(?:\s+i)?)?\s+(.{2,90}?)(?=\s*[-–,]?\s*(?:(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\b|den\s+\d|d\.\s*\d|\d{1,2}\.\s*[a-zæøå]{3}|\d{1,2}[-./]\d{1,2}[-./ ]\d{4}|\d{4}-\d{2}-\d{2}|mødetidspunkt|mødedato|dato\b|kl\.|for\s+mødet|$))/iu;
// "Landsbyudvalget REFERAT", "ØKONOMIUDVALGET REFERAT for mødet den 27.08.2013"
const bodyFirst = /^(.{2,90}?)\s*[-–:]?\s+(REFERAT|DAGSORDEN|Referat|Dagsorden|BESLUTNINGSPROTOKOL)(?=\s|$)/u;

/**
 * Reads the kind and the body from a line that opens a meeting's minutes or agenda, in the forms
 * municipal meeting systems print: kind first ("Referat Kernevelfærdsudvalget tirsdag den 4. april
 * 2017 Kl. 16:30", "Dagsorden til møde i Økonomiudvalget") or body first ("Landsbyudvalget
 * REFERAT", "ØKONOMIUDVALGET REFERAT for mødet den 27.08.2013"). `null` for any other line,
 * including a repeated "Referat tirsdag den 3. januar 2017" that names no body.
 *
 * @example
 * readHeaderLine("Referat 17, 4-udvalget tirsdag den 3. januar Kl. 16:30"); // { kind: "referat", body: "17, 4-udvalget" }
 */
export function readHeaderLine(line: string): HeaderLine | null {
  const text = line.slice(0, 300).trim();
  const first = kindFirst.exec(text);
  if (first) {
    const body = cleanBody(first[2] ?? "");
    const kind = kindWords[(first[1] ?? "").toLowerCase()];
    if (kind !== undefined && body !== "" && bodyWord.test(body)) return { kind, body };
  }
  const second = bodyFirst.exec(text);
  if (second) {
    const body = cleanBody(second[1] ?? "");
    const kind = kindWords[(second[2] ?? "").toLowerCase()];
    if (kind !== undefined && body !== "" && bodyWord.test(body) && !/[.:;]$/.test(body))
      return { kind, body };
  }
  return null;
}

const kindOnly = /^(?:Referat|REFERAT|Dagsorden|DAGSORDEN|Beslutningsprotokol|BESLUTNINGSPROTOKOL)$/;

/**
 * Reads a header that a Word document or a meeting system prints over two lines: the body above
 * the kind ("Byrådet" / "Dagsorden") or the kind above the body ("Referat" / "Økonomiudvalget").
 * `null` unless one of the two lines is the kind alone and together they name a body.
 *
 * @example
 * readHeaderOverTwoLines("Referat", "Økonomiudvalget"); // { kind: "referat", body: "Økonomiudvalget" }
 */
export function readHeaderOverTwoLines(previous: string, line: string): HeaderLine | null {
  if (kindOnly.test(line) && previous.length <= 90) return readHeaderLine(`${previous} ${line}`);
  if (kindOnly.test(previous)) return readHeaderLine(`${previous} ${line}`);
  return null;
}

function cleanBody(body: string): string {
  return (
    body
      .replace(/\s+/g, " ")
      .replace(/[\s,–-]+$/, "")
      // "Økonomiudvalgets møde", "Byrådets ekstraordinære møde": the body is the owner of the meeting.
      .replace(/(\p{L})s (?:(?:ekstra)?ordinære )?møde$/iu, "$1")
      .trim()
  );
}

/** Date, times and place read from a meeting's header block. */
export interface HeaderFields {
  date?: HeaderDate;
  start?: string;
  end?: string;
  place?: string;
  /** Times written where the start or end stands that are no time of day ("25:30", "16:75"). */
  invalidTimes?: string[];
}

const clock = (hours: string | undefined, minutes: string | undefined): string | undefined => {
  const h = Number(hours);
  const m = Number(minutes);
  if (hours === undefined || minutes === undefined || h > 23 || m > 59) return undefined;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
};

const headerLabels =
  "(?:Referat|Dagsorden|Afbud|Fraværende|Indholdsfortegnelse|Deltagere|Medlemmer|Mødeleder|Sekretær|Dato|Start|Slut|Mødetidspunkt|Mødedato|Bemærkninger|Til stede)\\b";
const fieldStop = `(?=\\s+${headerLabels}|\\s*\\n|\\s*$)`;
// A time's end after its start: "16:30-18:00", "16.30 – 18.00", "kl. 16.30 til kl. 18.00".
// A time after "kl.", its minutes left out when on the hour: "kl. 16.30", "kl. 16".
const clockTime = String.raw`(\d{1,2})(?:[:.](\d{2}))?(?!\d|[:.]\d)`;
const timeEnd = String.raw`(?:\s*(?:[-–]|til)\s*(?:ca\.\s*)?(?:kl\.?\s*)?${clockTime})?`;
// A time written alone, not part of a date such as 27.08.2013.
const bareTime = String.raw`(?<![\d.:/-])(\d{1,2})[:.](\d{2})(?![\d.:])`;
const startPatterns = [
  /\bStart(?:\s*kl\.?|tidspunkt)\s*:?\s*(\d{1,2})[:.](\d{2})/i,
  new RegExp(String.raw`\bKl\.?\s*:?\s*${clockTime}${timeEnd}`, "i"),
  new RegExp(
    String.raw`\b(?:Mødetid(?:spunkt)?|Tidspunkt|Tid)\s*:?\s*(?:\d{1,2}[-./]\d{1,2}[-./]\d{4}\s*,?\s*)?(?:kl\.?\s*)?(\d{1,2})[:.](\d{2})${timeEnd}`,
    "i",
  ),
  // Systems that print the range after the date without "kl.": "3. januar 2017 16:30-18:00".
  new RegExp(String.raw`${bareTime}\s*[-–]\s*(\d{1,2})[:.](\d{2})(?![\d.:])`),
];
const endPattern =
  /\b(?:Slut\s*kl\.?|Sluttidspunkt|Mødet\s+(?:hævet|sluttede|afsluttet)\s+kl\.?)\s*:?\s*(\d{1,2})[:.](\d{2})/i;
const placePatterns = [
  new RegExp(
    `\\b(?:(?:Sted|Mødested|Mødelokale|Lokale)(?:\\s*:|\\t)|Mødeafholdelse\\s*:?|Mødested|Mødet\\s+(?:afholdes|blev\\s+afholdt)\\s+(?:i|på)\\s)\\s*(?<place>.{2,120}?)${fieldStop}`,
    "iu",
  ),
  new RegExp(
    // Case-sensitive: a place after a comma starts with a capital ("kl. 16.30, Kantinen"), and a
    // lower-case word there ("kl. 16.30, hvorefter …") is a sentence, not a place.
    String.raw`(?:\b[Kk]l\.?\s*:?\s*${clockTime}|${bareTime})${timeEnd}(?:,?\s+(?:i|på)\s+|,\s*(?=\p{Lu})(?!${headerLabels}))(?<place>.{2,120}?)${fieldStop}`,
    "u",
  ),
];

/**
 * Reads date, start, end and place from a meeting's header block, whichever system printed it:
 * "tirsdag den 3. januar 2017 Kl. 16:30 i Mødelokale 1", "Mødetidspunkt 21-01-2019 18:30
 * Mødeafholdelse Rådssalen", "Sted: Borgerhuset Dato: Tirsdag den 8. oktober 2019 Start kl.:
 * 18:00 Slut kl.: 19:30", "for mødet den 27.08.2013, kl. 15:00 i Rådhuset".
 *
 * @example
 * readHeaderFields("Mødetidspunkt 17-12-2018 17:00\nMødeafholdelse Rådssalen").place; // "Rådssalen"
 */
export function readHeaderFields(text: string): HeaderFields {
  const fields: HeaderFields = {};
  const dated = /\b(?:Dato|Mødedato|Mødetidspunkt)\s*:?\s*/i.exec(text);
  const dates = findDates(text);
  const date = (dated ? dates.find((candidate) => candidate.index >= dated.index) : undefined) ?? dates[0];
  if (date) fields.date = date;
  /** The time of `hours` and `minutes`, or undefined; one that is no time of day is kept to be reported. */
  const time = (hours: string | undefined, minutes: string | undefined): string | undefined => {
    // "kl. 16": on the hour.
    const value = clock(hours, hours !== undefined && minutes === undefined ? "00" : minutes);
    if (value === undefined && hours !== undefined && minutes !== undefined) {
      fields.invalidTimes ??= [];
      fields.invalidTimes.push(`${hours}:${minutes}`);
    }
    return value;
  };
  for (const pattern of startPatterns) {
    const match = pattern.exec(text);
    if (!match) continue;
    const start = time(match[1], match[2]);
    if (start !== undefined) fields.start = start;
    const end = time(match[3], match[4]);
    if (end !== undefined) fields.end = end;
    break;
  }
  const end = endPattern.exec(text);
  if (end) {
    const value = time(end[1], end[2]);
    if (value !== undefined) fields.end = value;
  }
  for (const pattern of placePatterns) {
    const match = pattern.exec(text);
    const place = match?.groups?.place?.replace(/[\s,.]+$/, "").trim();
    if (place) {
      fields.place = place;
      break;
    }
  }
  return fields;
}
