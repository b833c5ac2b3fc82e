import { parseIsoDate, toIsoDate } from "../../date/calendar";
import { formatDanishDate } from "../../date/formatDanishDate";
import { parseDanishDate } from "../../date/parseDanishDate";
import { documentId } from "../../export/documentId";
import type { MilepaelDocument } from "../../model/document.schema";
import type { Activity, PlanDocument } from "../../model/plan.schema";
import { richTextToPlainText } from "../../richText/richText";

export interface IcsExportOptions {
  /**
   * The moment the calendar is made, for every event's DTSTAMP (RFC 5545 requires one): a `Date`
   * or an ISO date-time. Core never reads the clock, so callers pass it (the CLI passes the time
   * of the export). Without it, or when it is not a date-time, the document's date at midnight
   * UTC is used.
   */
  now?: Date | string;
  /** The document's id in the UIDs; default `documentId(document)`. */
  documentId?: string;
}

export interface IcsExport {
  /** The iCalendar text, CRLF line endings, lines folded at 75 octets. */
  ics: string;
  /** Activities with no interval ("Løbende", dates not understood): no event can hold them. */
  skipped: Activity[];
}

/**
 * Escapes TEXT values (RFC 5545 §3.3.11). Every line break (CRLF, LF and a lone CR, which
 * Outlook also takes as one) becomes `\\n`, and other control characters are dropped, so no text
 * can end its content line and start a property or an event of its own.
 *
 * @example
 * escapeText("Møde; kl. 9, Rådhuset"); // "Møde\\; kl. 9\\, Rådhuset"
 */
export function escapeText(text: string): string {
  return (
    text
      .replace(/\\/g, "\\\\")
      .replace(/;/g, "\\;")
      .replace(/,/g, "\\,")
      .replace(/\r\n|\r|\n|\u2028|\u2029/g, "\\n")
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "")
  );
}

/**
 * The UTC moment as an iCalendar DATE-TIME, `YYYYMMDDTHHMMSSZ`; `null` when it is no date.
 *
 * @example
 * icsDateTime("2017-01-04T08:00:00.000Z"); // "20170104T080000Z"
 */
export function icsDateTime(moment: Date | string): string | null {
  const date = typeof moment === "string" ? new Date(moment) : moment;
  if (Number.isNaN(date.getTime())) return null;
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d+/, "");
}

/**
 * Folds a content line at 75 octets, never inside a UTF-8 character (RFC 5545 §3.1).
 *
 * @example
 * fold(`DESCRIPTION:${"x".repeat(100)}`).split("\r\n ").length; // 2
 */
export function fold(line: string): string {
  const parts: string[] = [];
  let current = "";
  let size = 0;
  for (const char of line) {
    const code = char.codePointAt(0) ?? 0;
    const bytes = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    const limit = parts.length === 0 ? 75 : 74;
    if (size + bytes > limit) {
      parts.push(current);
      current = "";
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/**
 * An ISO date as an iCalendar DATE, `YYYYMMDD`.
 *
 * @example
 * icsDate("2017-03-01"); // "20170301"
 */
export const icsDate = (iso: string) => iso.replace(/-/g, "");

/** A calendar being written: the stamp and UID domain its events share, and its lines so far. */
export interface IcsCalendar {
  /** DTSTAMP of every event. */
  stamp: string;
  /** What follows the `@` in every UID: the document's stable id, so a re-import updates events. */
  domain: string;
  /** The content lines, unfolded; the calendar's head first. */
  lines: string[];
}

/**
 * Starts the calendar of a document: DTSTAMP from `now` (else the document's date at midnight UTC),
 * the UID domain from its id, and the VCALENDAR head with its title. `icsText` ends it.
 *
 * @example
 * const calendar = startCalendar(plan, { now: new Date() });
 */
export function startCalendar(document: MilepaelDocument, options: IcsExportOptions): IcsCalendar {
  const stamp =
    (options.now === undefined ? null : icsDateTime(options.now)) ??
    `${icsDate(document.metadata.date ?? "1970-01-01")}T000000Z`;
  return {
    stamp,
    domain: `${options.documentId ?? documentId(document)}.milepael`,
    lines: [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//milepael//milepael//DA",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      `X-WR-CALNAME:${escapeText(document.metadata.title)}`,
    ],
  };
}

/**
 * Ends a calendar and writes it out: CRLF line endings, lines folded at 75 octets.
 *
 * @example
 * icsText(startCalendar(plan, {})).endsWith("END:VCALENDAR\r\n"); // true
 */
export function icsText(calendar: IcsCalendar): string {
  return `${[...calendar.lines, "END:VCALENDAR"].map(fold).join("\r\n")}\r\n`;
}

/**
 * A plan's activities as an iCalendar file (RFC 5545) for Outlook and phones: all-day events
 * over each interval, the author's date text first in the description ("Primo marts" is an
 * interval, not a day), fuzzy dates marked tentative, and one event per alternative of an
 * either-or date.
 *
 * @example
 * const { ics, skipped } = exportPlanIcs(plan, { now: new Date() });
 */
export function exportPlanIcs(document: PlanDocument, options: IcsExportOptions = {}): IcsExport {
  const calendar = startCalendar(document, options);
  const { domain, lines } = calendar;
  const uids = new Set<string>();
  // Ids are encoded so that no id can read as another id plus a suffix; a repeated id (a rule
  // break, reported by checkDocument) still gets a UID of its own.
  const uidOf = (activity: Activity, alternative: string) => {
    const base = `${encodeURIComponent(activity.id)}${alternative}`;
    let uid = `${base}@${domain}`;
    for (let copy = 2; uids.has(uid); copy += 1) uid = `${base}/${copy}@${domain}`;
    uids.add(uid);
    return uid;
  };
  const skipped: Activity[] = [];
  for (const activity of document.activities) {
    const { date } = activity;
    if (date.start === null || date.end === null) {
      skipped.push(activity);
      continue;
    }
    const intervals =
      date.eitherOr && date.alternatives ? date.alternatives : [{ start: date.start, end: date.end }];
    const parsed = parseDanishDate(
      date.text,
      document.metadata.year === undefined ? {} : { year: document.metadata.year },
    );
    const phrase = parsed.ok ? formatDanishDate(parsed) : date.text;
    const details = [
      `Dato: ${date.text}${phrase.toLowerCase() !== date.text.trim().toLowerCase() ? ` (${phrase})` : ""}`,
      activity.theme ? `Tema: ${activity.theme}` : "",
      activity.participants ? `Deltagere: ${activity.participants}` : "",
      activity.description ? richTextToPlainText(activity.description) : "",
    ].filter(Boolean);
    intervals.forEach((interval, index) => {
      const end = parseIsoDate(interval.end);
      // DTEND of an all-day event is exclusive: the day after the last.
      const endExclusive = end === null ? interval.end : toIsoDate(end + 1);
      const suffix = intervals.length > 1 ? ` (${index + 1}/${intervals.length})` : "";
      lines.push(
        "BEGIN:VEVENT",
        `UID:${uidOf(activity, intervals.length > 1 ? `/${index + 1}` : "")}`,
        `DTSTAMP:${calendar.stamp}`,
        `DTSTART;VALUE=DATE:${icsDate(interval.start)}`,
        `DTEND;VALUE=DATE:${icsDate(endExclusive)}`,
        `SUMMARY:${escapeText(`${activity.title}${suffix}`)}`,
        `DESCRIPTION:${escapeText(details.join("\n"))}`,
        ...(activity.theme ? [`CATEGORIES:${escapeText(activity.theme.replace(/\n/g, " "))}`] : []),
        `STATUS:${date.approximate || date.eitherOr ? "TENTATIVE" : "CONFIRMED"}`,
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
      );
    });
  }
  return { ics: icsText(calendar), skipped };
}
