import { parseIsoDate, toIsoDate } from "../../date/calendar";
import { decisionOutcomeLabels } from "../../i18n/decisionOutcomeLabels";
import type { MeetingsDocument } from "../../model/meetings.schema";
import { meetingsMetadataRows } from "../csvMetadata/write";
import {
  escapeText as escapeIcsText,
  type IcsExportOptions,
  icsDate,
  icsText,
  startCalendar,
} from "../ics/write";
import { type CsvExportOptions, toCsv } from "../shared/csv";
import { meetingCsvColumns, meetingCsvHeaders } from "./csvColumns";

/**
 * The items of every meeting as CSV, one row each, for Danish Excel: body, kind, date, number,
 * title, case number, outcome in words, the decision as written, the recommendation's clauses
 * (one per line) and attachments; a meeting without items as one row without item cells. Below
 * the table, after an empty row, the metadata block carries what the rows do not (the document's
 * metadata, each meeting's id, time, place and absentees, the related documents), so that
 * `importMeetingsCsv` reads the document back.
 *
 * @example
 * exportMeetingItemsCsv(meetings); // "\uFEFFUdvalg;Type;Dato;Punkt;Titel;Sagsnr.;Udfald;..."
 */
export function exportMeetingItemsCsv(document: MeetingsDocument, options: CsvExportOptions = {}): string {
  const locale = options.locale ?? "da";
  const rows = document.meetings.flatMap((meeting) =>
    meeting.items.length === 0
      ? [[meeting.body, meeting.kind, meeting.date]]
      : meeting.items.map((item) => [
          meeting.body,
          meeting.kind,
          meeting.date,
          item.number,
          item.title,
          item.caseNumber ?? "",
          decisionOutcomeLabels[locale][item.outcome],
          item.decision ?? "",
          (item.recommendation ?? []).join("\n"),
          item.decisionAuthority ?? "",
          item.attachments.join("\n"),
        ]),
  );
  const header = meetingCsvColumns.map((column) => meetingCsvHeaders[locale][column]);
  return toCsv([header, ...rows, ...meetingsMetadataRows(document)], options.delimiter);
}

/**
 * The meetings as an iCalendar file (RFC 5545): a timed event for a meeting with a start time
 * (floating local time, as printed; one hour when no end is given), an all-day event otherwise.
 * Each UID is the meeting's id, unique in the document, at the document's stable id
 * (`documentId`), so that importing the file again updates the events instead of doubling them
 * and another document's meetings never overwrite these. `DTSTAMP` is `now` (core reads no clock).
 *
 * @example
 * exportMeetingsIcs(meetings, { now: new Date() }).split("BEGIN:VEVENT").length - 1; // 8
 */
export function exportMeetingsIcs(document: MeetingsDocument, options: IcsExportOptions = {}): string {
  const calendar = startCalendar(document, options);
  for (const meeting of document.meetings) {
    const day = parseIsoDate(meeting.date);
    const next = day === null ? meeting.date : toIsoDate(day + 1);
    const when =
      meeting.start === undefined
        ? [`DTSTART;VALUE=DATE:${icsDate(meeting.date)}`, `DTEND;VALUE=DATE:${icsDate(next)}`]
        : [
            `DTSTART:${icsDate(meeting.date)}T${meeting.start.replace(":", "")}00`,
            `DTEND:${icsDate(meeting.date)}T${(meeting.end ?? oneHourAfter(meeting.start)).replace(":", "")}00`,
          ];
    const items = meeting.items.map(
      (item) => `${item.number}. ${item.title}${item.decision ? ` – ${item.decision}` : ""}`,
    );
    calendar.lines.push(
      "BEGIN:VEVENT",
      `UID:${encodeURIComponent(meeting.id)}@${calendar.domain}`,
      `DTSTAMP:${calendar.stamp}`,
      ...when,
      `SUMMARY:${escapeIcsText(`${meeting.kind === "referat" ? "Referat" : "Dagsorden"}: ${meeting.body}`)}`,
      ...(meeting.place ? [`LOCATION:${escapeIcsText(meeting.place)}`] : []),
      ...(items.length > 0 ? [`DESCRIPTION:${escapeIcsText(items.join("\n"))}`] : []),
      `CATEGORIES:${escapeIcsText(meeting.body)}`,
      "STATUS:CONFIRMED",
      "END:VEVENT",
    );
  }
  return icsText(calendar);
}

function oneHourAfter(start: string): string {
  const [hours = 0, minutes = 0] = start.split(":").map(Number);
  // A meeting late in the evening ends at midnight at the latest: the event stays on its day.
  const end = Math.min(hours * 60 + minutes + 60, 23 * 60 + 59);
  return `${String(Math.floor(end / 60)).padStart(2, "0")}:${String(end % 60).padStart(2, "0")}`;
}
