import type { DecisionOutcome, MeetingKind, MeetingsDocument } from "../model/meetings.schema";

/** One item of one meeting, flat: a row of the decision log. */
export interface DecisionRow {
  /** `<meeting id>#<item number>`: unique in the document. */
  id: string;
  meetingId: string;
  body: string;
  kind: MeetingKind;
  municipality?: string;
  /** The meeting's date, `YYYY-MM-DD`. */
  date: string;
  year: number;
  number: string;
  title: string;
  caseNumber?: string;
  outcome: DecisionOutcome;
  decision?: string;
  recommendation: string[];
  decisionAuthority?: string;
  attachments: string[];
}

/**
 * Every item of every meeting as a flat row, in document order: what a decision log lists, filters
 * (body, outcome, year) and searches.
 *
 * @example
 * decisionRows(meetings).filter((row) => row.outcome === "approved").map((row) => row.title);
 */
export function decisionRows(document: MeetingsDocument): DecisionRow[] {
  return document.meetings.flatMap((meeting) =>
    meeting.items.map(
      (item): DecisionRow => ({
        id: `${meeting.id}#${item.number}`,
        meetingId: meeting.id,
        body: meeting.body,
        kind: meeting.kind,
        ...(meeting.municipality ? { municipality: meeting.municipality } : {}),
        date: meeting.date,
        year: Number(meeting.date.slice(0, 4)),
        number: item.number,
        title: item.title,
        ...(item.caseNumber ? { caseNumber: item.caseNumber } : {}),
        outcome: item.outcome,
        ...(item.decision ? { decision: item.decision } : {}),
        recommendation: item.recommendation ?? [],
        ...(item.decisionAuthority ? { decisionAuthority: item.decisionAuthority } : {}),
        attachments: item.attachments,
      }),
    ),
  );
}
