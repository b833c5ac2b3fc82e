import type { Meeting, MeetingKind } from "../../model/meetings.schema";
import type { CsvMetadata } from "../csvMetadata/read";
import type { DiagnosticCollector } from "../shared/collector";
import { IdAllocator } from "../shared/ids";
import { meetingIdOf } from "./meetingParts";

// The meetings CSV's block names each meeting's fields that the table's rows do not carry: which
// of the rows' meetings is which, in what order, and which the rows no longer match.

/**
 * Gives each meeting the fields the metadata block keeps for it (id, municipality, time, place,
 * absentees), matched by body, kind and date in order; a meeting the block does not name (rows
 * added or re-dated in Excel, or a file without a block) gets an id made from its body and date
 * as the text importer makes it. Ids stay unique.
 *
 * @example
 * nameMeetings(meetings, block, collector); // meetings[0].id: "17-4-udvalget-2017-01-03", as the block says
 */
export function nameMeetings(meetings: Meeting[], block: CsvMetadata, collector: DiagnosticCollector): void {
  // Per body, kind and date: the block's meetings in order (with their place in it), and how many
  // were matched so far.
  const fromBlock = new Map<
    string,
    { found: { meeting: Omit<Meeting, "items">; place: number }[]; next: number }
  >();
  for (const [place, meeting] of (block.meetings ?? []).entries()) {
    const key = meetingKey(meeting.body, meeting.kind, meeting.date);
    const same = fromBlock.get(key) ?? { found: [], next: 0 };
    same.found.push({ meeting, place });
    fromBlock.set(key, same);
  }
  const ids = new IdAllocator();
  const unnamed: Meeting[] = [];
  // Where each meeting goes: the block's order (a sheet sorted in Excel keeps its meetings' order),
  // then the meetings the block does not name, in the order their rows came.
  const places = new Map<Meeting, number>();
  meetings.forEach((meeting, index) => {
    const same = fromBlock.get(meetingKey(meeting.body, meeting.kind, meeting.date));
    const found = same?.found[same.next];
    if (same !== undefined) same.next += 1;
    if (found === undefined) {
      unnamed.push(meeting);
      places.set(meeting, (block.meetings?.length ?? 0) + index);
      return;
    }
    const named = { ...found.meeting, id: ids.take(found.meeting.id), items: meeting.items };
    meetings[index] = named;
    places.set(named, found.place);
  });
  // A meeting of the block that no rows match (its rows renamed, re-dated or deleted): its fields
  // are not lost without a word.
  for (const same of fromBlock.values())
    for (const { meeting } of same.found.slice(same.next))
      collector.add("warning", "meetings.csv-block-unmatched", undefined, {
        id: meeting.id,
        body: meeting.body,
        date: meeting.date,
      });
  for (const meeting of unnamed) meeting.id = ids.take(meetingIdOf(meeting));
  meetings.sort((a, b) => (places.get(a) ?? 0) - (places.get(b) ?? 0));
}

/**
 * What tells a meeting's rows and its block row belong together: its body, kind and date.
 *
 * @example
 * meetingKey("Byrådet", "referat", "2017-01-03") === meetingKey("Byrådet", "referat", "2017-01-03"); // true
 */
export function meetingKey(body: string, kind: MeetingKind, date: string): string {
  return `${body}\u0000${kind}\u0000${date}`;
}
