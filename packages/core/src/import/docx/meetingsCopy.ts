// A meetings paper edited in Word whose file still carries milepael's copy of the document: the
// pages say what the meetings are (the edit included), the copy what no page shows.

import type { Meeting, MeetingsDocument } from "../../model/meetings.schema";
import { meetingKey } from "../meetings/blockMeetings";
import { TakenInOrder, UniqueIds } from "../meetings/meetingParts";
import { madeUpMetadata } from "../meetings/meetingsPaper";

/**
 * The meetings read from edited pages with what the paper cannot show taken from the file's copy:
 * the document's year and organisation where the pages give only what the reader makes up (the
 * paper prints them; one typed over on the pages is theirs), and each meeting's id where the copy
 * has a meeting of the same body, kind and day (in order, when several share them). A meeting the
 * copy does not have keeps the id made from its heading; ids stay unique.
 *
 * @example
 * withCopyFields(pages, copy).meetings[0]?.id; // the copy's id of that meeting
 */
export function withCopyFields(pages: MeetingsDocument, copy: MeetingsDocument): MeetingsDocument {
  const keyOf = (meeting: Meeting) => meetingKey(meeting.body, meeting.kind, meeting.date);
  const copyMeetings = new TakenInOrder(copy.meetings, keyOf);
  const ids = new UniqueIds();
  const madeUp = madeUpMetadata(pages.meetings[0], pages.metadata.date ?? "");
  const printed = <K extends "year" | "organisation">(key: K) =>
    pages.metadata[key] !== madeUp[key] ? pages.metadata[key] : copy.metadata[key];
  const [year, organisation] = [printed("year"), printed("organisation")];
  const { year: _year, organisation: _organisation, ...shown } = pages.metadata;
  return {
    ...pages,
    metadata: {
      ...shown,
      ...(year === undefined ? {} : { year }),
      ...(organisation === undefined ? {} : { organisation }),
    },
    meetings: pages.meetings.map((meeting) => ({
      ...meeting,
      id: ids.take(copyMeetings.take(keyOf(meeting))?.id ?? meeting.id),
    })),
  };
}
