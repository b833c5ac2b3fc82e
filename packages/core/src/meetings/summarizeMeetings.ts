import type { DecisionOutcome, MeetingsDocument } from "../model/meetings.schema";

/** Meetings of one body in one year, and the outcomes of their items. */
export interface MeetingsSummaryRow {
  body: string;
  year: number;
  referater: number;
  dagsordener: number;
  items: number;
  outcomes: Record<DecisionOutcome, number>;
}

/**
 * Counts meetings per body per year (minutes and agendas apart) and their items' outcomes, in
 * order of body (as first met) and year.
 *
 * @example
 * summarizeMeetings(meetings)[0]; // { body: "17, 4-udvalget", year: 2017, referater: 2, dagsordener: 1, items: 5, outcomes: { approved: 3, ... } }
 */
export function summarizeMeetings(document: MeetingsDocument): MeetingsSummaryRow[] {
  const rows = new Map<string, MeetingsSummaryRow>();
  const bodies: string[] = [];
  for (const meeting of document.meetings) {
    const year = Number(meeting.date.slice(0, 4));
    const key = `${meeting.body}\u0000${year}`;
    let row = rows.get(key);
    if (row === undefined) {
      const outcomes: Record<DecisionOutcome, number> = {
        approved: 0,
        amended: 0,
        noted: 0,
        postponed: 0,
        rejected: 0,
        unknown: 0,
      };
      row = { body: meeting.body, year, referater: 0, dagsordener: 0, items: 0, outcomes };
      rows.set(key, row);
      if (!bodies.includes(meeting.body)) bodies.push(meeting.body);
    }
    if (meeting.kind === "referat") row.referater += 1;
    else row.dagsordener += 1;
    row.items += meeting.items.length;
    for (const item of meeting.items) row.outcomes[item.outcome] += 1;
  }
  return [...rows.values()].sort(
    (a, b) => bodies.indexOf(a.body) - bodies.indexOf(b.body) || a.year - b.year,
  );
}
